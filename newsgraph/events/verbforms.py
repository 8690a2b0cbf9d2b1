"""Verb forms read from the parser's morphological features, for :mod:`.syntax`."""

from __future__ import annotations

from .grammar import Syntax
from .parse import MAX_DEPTH, VERBAL, Token, finite_auxiliary, morph


def infinitive(token: Token) -> bool:
    """An infinitive, present ("signer") or past, a participle with an infinitive auxiliary
    ("avoir détruit", "être parti")."""
    if morph(token, "VerbForm") == "Inf":
        return True
    return any(c.pos_ == "AUX" and morph(c, "VerbForm") == "Inf" for c in token.children)


def prospective_form(word: Token) -> bool:
    """A future or conditional form by the parser's features ("prendra", "pourrait")."""
    return morph(word, "Tense") == "Fut" or morph(word, "Mood") == "Cnd"


def detached_participle(token: Token, syntax: Syntax) -> bool:
    """Whether ``token`` is a bare past participle set off before its clause, as an
    adverbial clause: a passive, done to the clause's subject by its agent ("Reçu hier par
    le ministre algérien, l'ambassadeur d'Espagne s'est vu assurer …": the minister
    received the ambassador; "Negotiated by the U.S. envoy, the text provides …"). Not a
    compound tense ("ayant négocié"), a clause with a subject or a conjunction of its own
    ("après avoir signé", "once approved"), nor a participle after the subject, which the
    parser may hang on the verb but which qualifies that noun ("le commerce, déjà très
    affecté par la fermeture, en souffrirait")."""
    own = syntax.aux | syntax.subject | syntax.passive_subject | syntax.mark
    return (
        token.dep_ in syntax.adverbial
        and morph(token, "VerbForm") == "Part"
        and morph(token, "Tense") == "Past"
        and not any(c.dep_ in own for c in token.children)
        and bool(clause_subjects(token, syntax))
    )


def clause_subjects(token: Token, syntax: Syntax) -> list[Token]:
    """The subjects of the clause a word is an adverbial of that come after the word:
    "l'ambassadeur" in "Reçu par le ministre, l'ambassadeur s'est vu assurer …", what a
    detached past participle (:func:`detached_participle`) is done to. Empty for the
    clause's root."""
    if token.head == token or token.dep_ not in syntax.adverbial:
        return []
    subjects = syntax.subject | syntax.passive_subject
    return [c for c in token.head.children if c.dep_ in subjects and c.i > token.i]


def bare_coordinated_participle(token: Token, syntax: Syntax) -> bool:
    """Whether ``token`` is a past participle coordinated by a conjunction of its own, with
    no auxiliary nor subject of its own, active or passive: "averti" in "a condamné des
    activités et averti que …", which borrows the auxiliary and subject of a verb before it
    (:func:`auxiliary_partner`, ``Tree._shared_auxiliary``). Not "et a averti", nor "et Kiev
    informé" where the parser gave the participle a (passive) subject of its own."""
    own = syntax.aux | syntax.subject | syntax.passive_subject
    return (
        token.dep_ in syntax.conj
        and morph(token, "VerbForm") == "Part"
        and morph(token, "Tense") == "Past"
        and any(c.pos_ == "CCONJ" for c in token.children)
        and not any(c.dep_ in own for c in token.children)
    )


def auxiliary_partner(token: Token, syntax: Syntax) -> Token | None:
    """The verb in a compound tense whose auxiliary and subject a bare past participle
    shares when the parser coordinated the participle with an infinitive below that verb:
    an infinitive has no auxiliary to lend, so "a accusé Kigali de vouloir la guerre et
    prévenu que …" and "a exhorté la police à revoir sa décision et averti que …" are
    the accuser's warning, not Kigali's nor the army's. The infinitive must have a
    complement of its own (not an auxiliary the parser misread, "d'avoir ignoré"); the
    verb is the nearest one above it, before the participle, with a finite auxiliary. None
    otherwise."""
    head = token.head
    if not (
        bare_coordinated_participle(token, syntax)
        and morph(head, "VerbForm") == "Inf"
        and any(c.dep_ in syntax.object | syntax.oblique | syntax.complement for c in head.children)
    ):
        return None
    current = head
    for _ in range(MAX_DEPTH):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in VERBAL and current.i < token.i and finite_auxiliary(current, syntax):
            return current
    return None
