"""Mending a past participle the tagger reads as an adverb after a lone auxiliary.

In a subjunctive or a rarer form of "avoir" the tagger may lose the compound tense: « a nié que
ses navires aient délibérément violé les eaux » comes out with « violé » an adverb of
« nié » and « aient » the head of the clause, so no reader finds the act denied. A word with a
past participle ending (``participles`` in ``newsgraph/lang/<code>/parse.json``), tagged an
adverb or adjective right after an auxiliary form of that data (adverbs between aside)
that heads its clause alone, is made the participle again:

- it takes the auxiliary's place in the tree, the auxiliary becomes its ``aux:tense``;
- the auxiliary's other dependents (subject, complementizer) are its dependents;
- the adverbs between them are its ``advmod``, a noun phrase right after it its ``obj``.

The lemma becomes the form itself, as for a verb form the lemmatiser does not know, so a reader
of verbs finds its infinitive by its ending ("violé" -> "violer"). The new tree is checked
before it is written: a mend that would leave a cycle is not made.

The tagger may also keep the tree of the compound tense and lose only the word's part of speech:
in « les Douze avaient gelé les comptes de trois banquiers » « gelé » heads its clause
with « avaient » as its ``aux:tense`` and « comptes » as its object, but is tagged an adjective,
so no reader of verbs sees it. A word with a past participle ending, tagged an adjective, adverb
or noun (one with no determiner, preposition or adjective of its own: « aura été de courte
durée » stays a noun), that takes one of those forms of « avoir » as its auxiliary is a
participle (an adjective takes « être », never « avoir »): its tag and lemma are mended, its
tree kept.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang
from .mend_verbs import Heads, acyclic, apply_heads, noun_phrase_at

#: Parts of speech a tagger slips a past participle into, losing its compound tense.
SLIPS = frozenset({"ADV", "ADJ"})
#: Parts of speech a tagger slips a past participle into, keeping its auxiliary.
TAGGED = SLIPS | {"NOUN"}
#: Relations only a noun takes: one of them shows a word tagged a noun is one.
NOUN_RELATIONS = frozenset({"det", "case", "amod", "nummod", "cop"})
#: Relations that show a word tagged an adjective under « avoir » is the predicate of « être »
#: (« a été désolé »), no participle of its own.
COPULA_RELATIONS = frozenset({"cop", "aux:pass"})


@cache
def _data(code: str) -> dict[str, Any] | None:
    """The ``participles`` of a language's parse data, if it has any."""
    data: dict[str, Any] | None = lang.section(code, "parse", "participles")
    return data


def mend_participles(doc: Doc) -> None:
    """Make participles of the slipped past participles of ``doc`` after a lone auxiliary and
    rebuild the tree around them (in place)."""
    data = _data(doc.lang_)
    if data is None:
        return
    auxiliaries, endings = frozenset(data["auxiliaries"]), tuple(data["endings"])
    for token in doc[1:]:
        if token.pos_ not in TAGGED or not token.lower_.endswith(endings) or len(token) < 3:
            continue
        if _takes_auxiliary(token, auxiliaries):
            _participle(token)
            continue
        if token.pos_ not in SLIPS:
            continue
        auxiliary = _lone_auxiliary(doc, token, auxiliaries)
        if auxiliary is None:
            continue
        heads = _rebuilt(doc, token, auxiliary)
        if acyclic(doc, heads):
            apply_heads(doc, heads)
            _participle(token)


def _participle(token: Token) -> None:
    """Tag ``token`` a past participle, its lemma its own form."""
    token.pos_, token.lemma_ = "VERB", token.lower_
    token.morph = MorphAnalysis(token.doc.vocab, {"Tense": "Past", "VerbForm": "Part"})


def _takes_auxiliary(token: Token, auxiliaries: frozenset[str]) -> bool:
    """Whether a form of « avoir » of ``auxiliaries`` is the ``aux`` of ``token`` already
    (« avaient gelé/ADJ les avoirs »), ``token`` being no noun with a determiner, preposition
    or modifier of its own (``NOUN_RELATIONS``) and no adjective that « être » links
    (``COPULA_RELATIONS``: « a été désolé »)."""
    children = list(token.children)
    if token.pos_ == "NOUN" and any(child.dep_ in NOUN_RELATIONS for child in children):
        return False  # « aura été de courte durée »: a noun with its determiner or preposition
    if token.pos_ == "ADJ" and any(child.dep_ in COPULA_RELATIONS for child in children):
        return False  # « avait été désolé »: an adjective under « être », no participle
    return any(
        child.dep_.startswith("aux") and child.lower_ in auxiliaries and child.i < token.i
        for child in children
    )


def _lone_auxiliary(doc: Doc, token: Token, auxiliaries: frozenset[str]) -> Token | None:
    """The auxiliary right before ``token`` (adverbs between aside) that no verb after it
    takes as its auxiliary, if there is one."""
    index = token.i - 1
    while index > 0 and doc[index].pos_ == "ADV":
        index -= 1
    word = doc[index]
    if word.lower_ not in auxiliaries or word.pos_ not in ("AUX", "VERB"):
        return None
    if word.dep_.startswith("aux") and word.head.i > word.i:
        return None  # already the auxiliary of a verb after it
    return word


def _rebuilt(doc: Doc, participle: Token, auxiliary: Token) -> Heads:
    """The new ``{token: (head, relation)}`` of the words around ``participle``."""
    top = auxiliary.head.i != auxiliary.i
    heads: Heads = {
        participle.i: (auxiliary.head.i, auxiliary.dep_) if top else (participle.i, "ROOT")
    }
    heads[auxiliary.i] = (participle.i, "aux:tense")
    for child in auxiliary.children:
        if child.i != participle.i:
            heads[child.i] = (participle.i, child.dep_)
    for index in range(auxiliary.i + 1, participle.i):
        heads[index] = (participle.i, "advmod")
    obj = noun_phrase_at(doc, participle.i + 1)
    if obj is not None and obj.head.i != participle.i:
        heads[obj.i] = (participle.i, "obj")
    return heads
