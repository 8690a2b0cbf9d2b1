"""A country that an act strikes only through one of its places, when the article names no
actor of it.

"Israel continued its offensive in Gaza" targets the Palestinian territories although the
article never names them as a side: the place's country stands in as the target. The country
becomes an actor of the article (its canonical name and code, its mention at the place), so
that the event's sides stay actor ids that resolve like any other. Only acts of the types the
lexicon lists under ``places.stand_in`` (attacks) do so: "protested in Paris" or "a visit to
Riyadh" name where something happened, not a side.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import lang
from ..article import Actor, Article, Span
from ..knowledge import shipped
from .arguments import Candidate
from .participants import ActorIndex
from .syntax import Token, Tree


def stand_in_types(code: str) -> frozenset[str]:
    """The event types whose place may stand in for its country (``places.stand_in``)."""
    places = lang.load(code, "events").get("places", {})
    return frozenset(places.get("stand_in", ()))


def striking(
    tree: Tree, token: Token, candidates: Mapping[int, Candidate], types: frozenset[str]
) -> bool:
    """Whether the word a place word depends on (through its preposition) is a trigger of
    ``types``, or a verb whose object is one: "Gaza" in "bombed Gaza", "its offensive in
    Gaza" or "continued its offensive in Gaza" (the place read on the verb) is (ASSAULT); in
    "a visit to Riyadh" (CONSULT) or "la frappe contre son ambassade à Damas" (the embassy's
    place) it is not."""
    word = token.head
    if word.pos_ == "ADP" and word.head != word:
        word = word.head  # "offensive" ← "in" ← "Gaza" (ClearNLP: the preposition heads)
    if word == token:
        return False
    found = candidates.get(word.i) or _object_trigger(tree, word, candidates)
    return found is not None and found.sense.type in types


def names_place(token: Token, start: int) -> bool:
    """Whether the place starting at ``start`` is the phrase's head word or a word on it
    ("Gaza", "Ukrainian cities"), not a place further down the phrase ("la section
    consulaire de son ambassade à Damas" is no strike on Syria)."""
    return any(t.idx <= start < t.idx + len(t.text) for t in (token, *token.children))


def _object_trigger(
    tree: Tree, word: Token, candidates: Mapping[int, Candidate]
) -> Candidate | None:
    """The trigger a word takes as its object ("continued" → "offensive"), if any."""
    objects = tree.children(word, tree.syntax.object)
    return next((candidates[o.i] for o in objects if o.i in candidates), None)


def stand_in(article: Article, index: ActorIndex, country: str, span: Span) -> Actor | None:
    """The actor for ``country`` that the place at ``span`` stands for: the article's own
    when it has one, else a new country actor, added to the article and the index, whose one
    mention is the place ("in Gaza" → Palestine, PSE); None for a code the knowledge base
    does not know."""
    known = index.of_country(country)
    if known is not None:
        return known
    record = shipped().countries.get(country)
    if record is None:
        return None
    actor = Actor(country, record.name, "country", country, mentions=[span])
    article.actors.append(actor)
    index.adopt(actor)
    return actor
