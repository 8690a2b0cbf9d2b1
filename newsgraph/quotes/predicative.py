"""Statements that call something something: "Georgetown called the moves a direct threat to
its territorial integrity", "une consultation que le gouvernement avait qualifiée de menace
directe pour sa sécurité", "a gesture the White House described as a sign of good faith".

A verb of ``predicative_cues`` with the predicate its entry names (a dependency label such as
``oprd``, or the preposition that opens it: "as", "de", "comme") says what its object is: the
statement runs from the verb to the end of that predicate. A predicate in quotation marks is a
direct quote already ("called the sanctions “a continuation of …”"), and is left to it.
"""

from __future__ import annotations

from .inverted import cue_span
from .layout import Found, Layout, Token
from .roles import nationality
from .speakers import SUBJECTS, subject

#: Fewest words in the predicate.
WORDS = 2
#: Tags of a wh-word object ("what they called …").
WH = frozenset({"WP", "WDT"})
#: Words of the noun phrases that may follow the predicate and still belong to it.
PHRASAL = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})


def predicative(layout: Layout, verb: Token) -> Found | None:
    """The statement of ``verb`` when it calls its object something, else None."""
    if layout.in_quote(verb.i):
        return None
    markers = layout.lexicon.predicative_cues.get(verb.lemma_.lower())
    if not markers or any(c.tag_ in WH for c in verb.children):
        return None  # "what they called innovative ways": a manner of speaking
    if _describes_noun(verb):
        return None
    predicate = _predicate(layout, verb, markers)
    if predicate is None or _measure(layout, verb, predicate):
        return None
    _, sentence_end = layout.sentence(verb.idx)
    start, _ = cue_span(layout, verb)
    end = min(layout.token_end(_last(layout, verb, predicate)), sentence_end)
    span = layout.tokens(start, end)
    if any(layout.in_quote(i) for i in span):
        return None
    return Found(start, end, False, cue_span(layout, verb), subject(layout, verb))


def _predicate(layout: Layout, verb: Token, markers: frozenset[str]) -> Token | None:
    """The predicate ``verb`` gives its object: a dependent with a label of ``markers``, or
    one opened by a preposition of ``markers`` ("described as a sign", "qualifiée de
    menace"), of ``WORDS`` words or more."""
    for child in layout.children(verb):
        if child.i < verb.i:
            continue
        if child.dep_ in markers:
            found = child
        elif child.lower_ in markers and child.dep_ == "prep":
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif any(c.dep_ == "case" and c.lower_ in markers for c in child.children):
            found = child
        else:
            continue
        if found is not None and found.pos_ in ("NOUN", "ADJ", "PROPN"):
            words = range(found.left_edge.i, found.right_edge.i + 1)
            if sum(1 for i in words if layout.doc[i].is_alpha) >= WORDS:
                return found
    return None


def _measure(layout: Layout, verb: Token, predicate: Token) -> bool:
    """Whether ``predicate`` is the object of ``verb`` and names a measure of
    ``measure_nouns``, itself or through a noun of ``measure_quantities`` (« a évoqué un
    nouveau paquet de sanctions »): the speaker brandishes the measure and states nothing, so
    the sentence gives no statement (and no event). A measure a state's adjective or name
    ties to that state (« la riposte israélienne ») is one the speaker talks about."""
    if predicate.head.i != verb.i or predicate.dep_ not in ("obj", "dobj"):
        return False
    lexicon = layout.lexicon
    nouns = [predicate]
    if _word(predicate) & lexicon.measure_quantities:
        nouns += [c for c in predicate.children if c.dep_ == "nmod" and c.i > predicate.i]
    measure = next((n for n in nouns if _word(n) & lexicon.measure_nouns), None)
    return measure is not None and not _of_a_state(layout, measure)


def _of(noun: Token) -> bool:
    """Whether ``noun`` is opened by « de », a possessor, not « contre » a target."""
    return any(c.dep_ == "case" and c.lemma_.lower() == "de" for c in noun.children)


def _word(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _of_a_state(layout: Layout, noun: Token) -> bool:
    """Whether an adjective of nationality or a proper noun hung on ``noun`` ties it to a
    state (« les sanctions américaines », « la riposte de Washington »)."""
    for child in noun.children:
        if child.dep_ == "amod" and nationality(layout, child.i):
            return True
        if child.dep_ == "nmod" and child.pos_ == "PROPN" and _of(child):
            return True
    return False


def _describes_noun(verb: Token) -> bool:
    """Whether ``verb`` is a participle that describes the noun it hangs on, with no subject
    of its own: a description of a thing, not a statement ("un rapport de 2019 évoquant la
    réforme du système")."""
    return bool(
        verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and "Part" in verb.morph.get("VerbForm")
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def _last(layout: Layout, verb: Token, predicate: Token) -> int:
    """The last token of the predicate, with the noun phrases right after it that the parser
    may hang elsewhere ("qualifiée de menace grave pour la région"), and a noun phrase
    coordinated to it after a comma that the parser hung on the verb ("évoque une hausse des
    tarifs, voire la fermeture de la frontière")."""
    last = int(predicate.right_edge.i)
    _, end = layout.sentence(verb.idx)
    doc = layout.doc
    while last + 1 < len(doc) and doc[last + 1].idx < end and doc[last + 1].pos_ in PHRASAL:
        last += 1
    for child in layout.children(verb):
        if child.i > last and _conjunct_after(layout, last, child):
            last = max(last, int(child.right_edge.i))
    return min(last, len(doc) - 1)


def _conjunct_after(layout: Layout, last: int, child: Token) -> bool:
    """Whether ``child`` is a noun phrase right after token ``last`` and a comma, opened by a
    coordinating conjunction: one more conjunct of the predicate (", voire l'instauration")."""
    doc = layout.doc
    words = range(last + 1, child.left_edge.i)
    return bool(
        child.pos_ == "NOUN"
        and [doc[i].text for i in words] == [","]
        and doc[child.left_edge.i].pos_ == "CCONJ"
    )
