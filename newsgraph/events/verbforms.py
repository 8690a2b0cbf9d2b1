"""Verb forms read from the parser's morphological features, for :mod:`.syntax`."""

from __future__ import annotations

from .grammar import Syntax
from .parse import Token, morph


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
