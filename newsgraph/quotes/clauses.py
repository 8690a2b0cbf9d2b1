"""Which dependents of a reporting verb are what it reports, and whether that is a statement.

A reported clause is a ``ccomp`` of the verb, or a dependent clause a complementizer opens
("a déclaré que …", "warned that …"), wherever the parser hung it ("a déclaré la semaine
dernière qu'il …"); not a relative clause ("…, which Belgrade still refuses to recognise"), a
question ("si …", "whether …") or a clause coordinated to the sentence ("…, et le Premier
ministre doit …"). It is a statement unless the cue is a demand or the clause is in the
subjunctive; a claim in the infinitive ("a affirmé respecter …") has no subject of its own.
:mod:`.reported` builds the statements' spans from these.
"""

from __future__ import annotations

from collections.abc import Iterator

from .layout import OBJECTS, Layout, Token

#: Dependents of a reporting verb that are its reported clause when a complementizer opens
#: them (the parser's label for a "que" clause varies).
LOOSE = frozenset(
    {"obj", "dobj", "xcomp", "advcl", "dep", "obl", "parataxis", "acl", "acl:relcl", "relcl"}
)

#: Relations from a relative pronoun up to the head of the clause it opens: an argument, an
#: argument's complement, a verb's infinitive.
ARGUMENT_PATH = frozenset(
    {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "nmod", "obl", "prep", "xcomp"}
)


def dependents_after(layout: Layout, verb: Token) -> Iterator[Token]:
    """The dependents after ``verb``, and theirs when they are nouns or the predicate of the
    verb's subject ("a déclaré la semaine dernière qu'il …", "s'est dite convaincue que …")."""
    for child in layout.children(verb):
        if child.i > verb.i:
            yield child
            if child.pos_ in ("NOUN", "PROPN") or _predicative(child):
                yield from (c for c in layout.children(child) if c.i > child.i)


def content_noun(layout: Layout, token: Token) -> bool:
    """Whether ``token`` is a noun of ``content_nouns``, whose clause states its own content
    (« a rejeté l'idée que … », "rejected a claim that …", « au motif que … »): another's
    claim or a reason, which the verb before the noun judges or gives, not a statement it
    reports."""
    lemmas = (token.lemma_.lower(), token.lower_)
    return token.pos_ == "NOUN" and any(w in layout.lexicon.content_nouns for w in lemmas)


def others_claim(layout: Layout, verb: Token, noun: Token) -> bool:
    """Whether ``noun``, a noun of content ``verb`` governs, holds another's claim, which the
    verb judges: not when a possessive pronoun before it stands for the verb's subject ("its
    claim that …", « son accusation que … ») or the verb restates it (``restating_verbs``:
    "reiterated the claim that …", « a renouvelé l'accusation que … »): that is the subject's
    own claim, a statement it reports."""
    if not content_noun(layout, noun) or verb.lemma_.lower() in layout.lexicon.restating_verbs:
        return False
    return not any(
        c.i < noun.i and c.pos_ in ("PRON", "DET") and "Yes" in c.morph.get("Poss")
        for c in noun.children
    )


def states_content(layout: Layout, verb: Token, clause: Token) -> bool:
    """Whether ``clause``, a clause after ``verb``, is the content of another's claim
    (:func:`others_claim`) rather than what the verb reports: it hangs on the noun ("rejected a
    claim that …") or, hung on the verb, follows right after the noun that is the verb's
    object (« a rejeté l'idée que la Russie préparait … »)."""
    if clause.head.i != verb.i:
        return others_claim(layout, verb, clause.head)
    at = clause.left_edge.i - 1
    before = layout.doc[at] if at > verb.i else None
    return (
        before is not None
        and before.head.i == verb.i
        and before.dep_ in OBJECTS
        and others_claim(layout, verb, before)
    )


def _predicative(token: Token) -> bool:
    """An adjective or a participle that says what the subject is ("convaincue", "certain")."""
    return bool(
        token.dep_ in ("xcomp", "acomp", "oprd")
        and (token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm"))
    )


def reported_clause(layout: Layout, token: Token) -> bool:
    """Whether ``token`` heads a reported clause: a ``ccomp``, or a clause opened by a
    complementizer."""
    complementizers = layout.lexicon.complementizers
    relatives = layout.lexicon.relative_pronouns
    subjects = [c for c in _subject_holders(token) if c.dep_.startswith(("nsubj", "csubj", "expl"))]
    if not subjects or any(_relative_subject(c, token, relatives) for c in subjects):
        return False  # "a campaign it says is aimed at …", "the rebels, who seized …"
    if _relative(token, complementizers):
        return False  # "…, which Belgrade still refuses to recognise", "…, dont la livraison …"
    marks = [c for c in token.children if c.dep_ == "mark" and c.i < token.i]
    if any(m.lower_ not in complementizers for m in marks):
        return False  # "si …", "whether …": not a statement
    if _opens_with_conjunction(token) or any(
        c.dep_ == "cc" and c.i < token.i for c in token.children
    ):
        return False  # "…, et le Premier ministre doit …": a coordinated clause
    if token.dep_ == "ccomp" and token.head.pos_ in ("VERB", "AUX"):
        return True
    opened = token.lower_ in complementizers or bool(marks)
    return bool(opened and token.dep_ in LOOSE)


def _subject_holders(token: Token) -> list[Token]:
    """The dependents of ``token`` and, where the parser hung the subject of a nominal
    predicate on its copula (« l'agence/nsubj ne sera/cop plus en mesure »), the copula's."""
    copulas = [c for c in token.children if c.dep_ == "cop"]
    return [*token.children, *(c for cop in copulas for c in cop.children)]


def _relative_subject(subject: Token, clause: Token, relatives: frozenset[str]) -> bool:
    """Whether ``subject`` is a relative pronoun before ``clause``: not the demonstrative the
    tagger tells apart from it ("said that would permit …": ``DT``, not ``WDT``)."""
    return bool(subject.lower_ in relatives and subject.i < clause.i and subject.tag_ != "DT")


def _opens_with_conjunction(clause: Token) -> bool:
    """Whether ``clause`` opens with a coordinating conjunction ("…, and the minister must
    …"), not with the first word of a correlative pair inside its subject: "said neither Russia
    nor China had been consulted" reports its clause (a ``preconj``: neither, either, both)."""
    first = clause.left_edge
    return bool(first.pos_ == "CCONJ" and first.dep_ != "preconj")


def _relative(clause: Token, complementizers: frozenset[str]) -> bool:
    """Whether ``clause`` is a relative clause: a relative pronoun before its head stands for
    one of its arguments ("…, which Belgrade still refuses to recognise", "…, dont la
    livraison n'est pas attendue"), not for a clause inside it. "What" heads a clause of its
    own ("what he called a brazen breach"), and a complementizer the tagger takes for a
    relative ("warned others that tariffs would follow") is none, unless the parser made it the
    clause's object: then it is the relative pronoun "que" standing for the object ("…
    Fethullah Gülen, qu'Ankara tient pour responsable", "une somme que Tbilissi récuse")."""
    for word in clause.subtree:
        if word.i < clause.i and _relative_object(word, clause, complementizers):
            return True
        if word.i >= clause.i or word.pos_ != "PRON" or word.lower_ in complementizers:
            continue
        if word.tag_ == "WP" or ("Rel" not in word.morph.get("PronType") and word.tag_ != "WDT"):
            continue
        node = word
        while node.i != clause.i and node.dep_ in ARGUMENT_PATH:
            node = node.head
        if node.i == clause.i:
            return True
    return False


def _relative_object(word: Token, clause: Token, complementizers: frozenset[str]) -> bool:
    """Whether ``word``, a complementizer, is the pronoun object of ``clause``: a clause has
    no object before its verb but a relative pronoun ("qu'Ankara tient pour responsable").
    The tagger's "that" (``WDT``) is no such pronoun: it takes complementizers for relatives
    ("warned others that tariffs would follow"). It may be the object of a verb the parser
    hung on ``clause`` before its head (:func:`_opens_clause_before`)."""
    if not (
        word.lower_ in complementizers
        and word.pos_ == "PRON"
        and word.tag_ != "WDT"
        and word.dep_ in OBJECTS
    ):
        return False
    if _opens_clause_before(word.head, clause):
        return True
    return word.head.i == clause.i and not _after_circumstance(word, clause)


def _opens_clause_before(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` heads a clause hung on ``clause`` before its head, which the parser
    runs on into it: « une somme que Tbilissi récuse : une enquête n'a établi que … », where
    « que Tbilissi récuse » is read as a circumstance of « reconnu »."""
    return bool(
        verb.head.i == clause.i and verb.i < clause.i and verb.dep_ in ("advcl", "acl", "dep")
    )


def antecedent_predicate(layout: Layout, verb: Token, clause: Token) -> bool:
    """Whether ``clause`` is a relative clause the parser took for a complement of ``verb``:
    its verb gives its object a predicate (``object_predicate_verbs``: « présenter comme »,
    « juger ») but has no object, is active, and its complementizer follows a noun, a comma
    between at most, that ``verb`` does not govern: the complementizer is the relative pronoun
    standing for that noun (« une attaque que Douchanbé a présentée comme une riposte », « ce
    protocole, qu'il considère comme caduc »). « a annoncé mardi que le projet serait
    présenté » (a passive) and « a indiqué aux élus que la commission jugerait » (a listener)
    report their clause."""
    if layout.lemma(clause) not in layout.lexicon.object_predicate_verbs:
        return False
    if any(c.dep_ in ("obj", "dobj", "ccomp", "csubj") for c in clause.children):
        return False
    if any(c.dep_ in ("aux:pass", "auxpass") for c in clause.children):
        return False  # « que le projet serait présenté »: its subject is what it presents
    complementizers = layout.lexicon.complementizers
    opening = [c for c in clause.children if c.i < clause.i and c.lower_ in complementizers]
    if not opening or opening[0].i == 0:
        return False
    before = clause.doc[opening[0].i - 1]
    if before.text == "," and before.i > 0:
        before = clause.doc[before.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and not _governed(before, verb, clause)


def _governed(noun: Token, verb: Token, clause: Token) -> bool:
    """Whether ``noun`` is a circumstance, a listener or an object of the cue ``verb``, not the
    antecedent of a relative pronoun: « a indiqué aux familles que … », « a annoncé mardi que
    … ». An object the parser hung the clause on (« a lancé une attaque que … ») may be one."""
    if noun.head.i != verb.i:
        return False
    if noun.dep_ in OBJECTS:
        return bool(clause.head.i != noun.i)
    return bool(noun.dep_.startswith(("obl", "iobj", "dative", "npadvmod", "nmod:tmod")))


def object_relative(layout: Layout, verb: Token) -> bool:
    """Whether the reporting verb ``verb`` heads a relative clause its complementizer opens as
    its own object's relative pronoun: « le scrutin que la présidente a promis
    de convoquer » names what was promised, it reports no claim; « la ministre, qui affirme
    avoir préparé la réforme » (a subject) and « l'accord que Luc Favre affirme avoir signé »
    (a perfect infinitive's object, which the claim is about) do. The parser may read the
    pronoun as a complementizer (``mark``) of the relative clause."""
    first = verb.left_edge
    return bool(
        verb.dep_ in ("acl:relcl", "relcl")
        and first.i < verb.i
        and first.lower_ in layout.lexicon.complementizers
        and first.head.i == verb.i
        and (first.dep_ in OBJECTS or (first.dep_ == "mark" and not _perfect(verb)))
    )


def _perfect(verb: Token) -> bool:
    """Whether ``verb`` has a perfect infinitive, which states a fact the relative pronoun
    stands in (« l'accord que Luc Favre affirme avoir signé »), not a plan it names."""
    return any(
        c.dep_ == "xcomp" and any(a.dep_.startswith("aux") for a in c.children)
        for c in verb.children
    )


def _after_circumstance(word: Token, clause: Token) -> bool:
    """Whether ``word`` comes right after a circumstance of the verb ``clause`` complements,
    which no relative pronoun takes up: « a estimé en mars 2024 que le Chili ne pouvait pas … »,
    where the parser reads « que » as a relative object after « 2024 »."""
    if clause.dep_ != "ccomp" or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    node = before
    while node.head.i != node.i and node.head.i != clause.head.i:
        node = node.head
    return bool(node.head.i == clause.head.i and node.dep_.startswith(("obl", "advmod")))


def asserted(layout: Layout, verb: Token, clause: Token) -> bool:
    """Whether the clause ``verb`` reports is a statement: not a demand ("Bakou exige que
    l'Arménie modifie sa Constitution"), nor a clause in the subjunctive, which asserts nothing
    ("a déploré que l'Iran n'ait pas répondu"), unless ``verb`` denies it ("a nié que des
    agents soient montés à bord"); nor a relative clause the parser took for it
    (:func:`antecedent_predicate`)."""
    lexicon = layout.lexicon
    cue = layout.cue_of(verb)
    lemma = layout.lemma(cue) if cue is not None else ""
    if lemma in lexicon.directive_cues or antecedent_predicate(layout, verb, clause):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_.startswith("aux"))]
    subjunctive = any("Sub" in token.morph.get("Mood") for token in verbs)
    return not subjunctive or lemma in lexicon.subjunctive_cues


def coordinated(layout: Layout, token: Token) -> bool:
    """Whether ``token`` heads a clause coordinated to a reported one ("…, mais qu'il …")."""
    complementizers = layout.lexicon.complementizers
    return token.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ in complementizers for c in token.children
    )


def nonfinite_claim(clause: Token) -> bool:
    """Whether ``clause`` is a claim without a subject of its own: an infinitive ("affirme
    respecter"), a past one or a predicate after an infinitive auxiliary or copula ("affirme
    avoir libéré", "a déclaré être prêt à"), or a gerund ("admitted having")."""
    forms = clause.morph.get("VerbForm")
    if "Inf" in forms or "Ger" in forms or clause.tag_ == "VBG":
        return True
    return any(
        c.dep_.startswith(("aux", "cop")) and "Inf" in c.morph.get("VerbForm")
        for c in clause.children
    )


def timed(layout: Layout, verb: Token) -> list[Token]:
    """The clauses hung on a time word of ``layout.lexicon.time_words`` that follows
    ``verb`` as one of its dependents ("en fin d'après-midi avoir ouvert …")."""
    times = layout.lexicon.time_words
    return [
        clause
        for child in layout.children(verb)
        if child.i > verb.i and child.lower_ in times
        for clause in child.children
        if clause.i > child.i and clause.dep_ == "acl"
    ]


def conjunction(layout: Layout, mark: Token) -> bool:
    """Whether the ``mark`` opens a conjunction that ends with a complementizer (« avant
    que », « afin que », « bien que »): the complementizer follows it or is fixed to it. Another
    mark opens no such clause (« a affirmé lundi, comme souvent, que … »)."""
    complementizers = layout.lexicon.complementizers
    following = layout.doc[mark.i + 1] if mark.i + 1 < len(layout.doc) else None
    if following is not None and following.lower_ in complementizers:
        return True
    return any(c.dep_ == "fixed" and c.lower_ in complementizers for c in mark.children)
