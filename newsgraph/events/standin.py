"""A country that an act reaches only through one of its places, when the article names no
actor of it.

The actors stage reads a country named only as a place as no actor ("s'est rendu à
Islamabad", "Israel's blockade of Gaza"), yet the act has a side there: a visit to Islamabad
consults Pakistan, a blockade of Gaza coerces the Palestinian territories. For the event
types the lexicon lists under ``places.stand_in``, the place's country stands in as the
target. The country is an actor built as the actors stage builds one
(:meth:`.Others.country`), its one mention the place; it is *pending*
(:attr:`.ActorIndex.adopted`) and joins the article only when an event that uses it is kept
(:func:`kept_stand_ins`). Types listed under ``places.own_name`` take the country's own name
too ("une aide financière au Liban"); the others only its cities and regions (a meeting "à
Grenade" is in Granada, not Grenada), unless a preposition that only a country takes
(``places.country_cases``) opens the place: "s'est rendu en Russie", "en visite au Japon" are
visits to the country, as no city follows "en" or "au".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import lang
from ..actors.others import Others
from ..article import Actor, Event, Span
from ..knowledge import shipped
from ..textutil import fold
from .arguments import Candidate
from .participants import ActorIndex
from .syntax import Token, Tree


@dataclass(frozen=True, slots=True)
class StandIns:
    """The event types whose target place stands in for its country (``types``), and those
    for which the country's own name does too (``own_name``)."""

    code: str
    types: frozenset[str]
    own_name: frozenset[str]
    #: Cities that host international bodies and talks (``places.venues``, folded): a
    #: visit there is to the body or the talks, not to the host state.
    venues: frozenset[str] = frozenset()
    #: Prepositions that open a country's name and never a city's (``places.country_cases``,
    #: lowercase): "en Russie", "au Japon", "aux États-Unis", not "à Grenade".
    country_cases: frozenset[str] = frozenset()

    def allows(self, kind: str, place: str, case: str = "") -> bool:
        """Whether an act of type ``kind`` takes ``place``'s country as its target, ``case``
        the preposition before it: "Islamabad" for a visit; "Liban" itself only for a type of
        ``own_name`` (aid) or after a preposition of ``country_cases`` ("s'est rendu en
        Russie"); never a venue ("s'est rendu à Genève pour des pourparlers")."""
        if kind not in self.types or fold(place) in self.venues:
            return False
        if kind in self.own_name or case.lower() in self.country_cases:
            return True
        return not own_name(place, self.code)


def stand_ins(code: str) -> StandIns:
    """The lexicon's ``places.stand_in`` and ``places.own_name`` for a language."""
    places = lang.load(code, "events").get("places", {})
    types = frozenset(places.get("stand_in", ()))
    venues = frozenset(fold(venue) for venue in places.get("venues", ()))
    cases = frozenset(case.lower() for case in places.get("country_cases", ()))
    return StandIns(code, types, frozenset(places.get("own_name", ())) & types, venues, cases)


def own_name(text: str, code: str) -> bool:
    """Whether ``text`` is a country's own name ("Pakistan", "le Liban"), not a city or a
    region of it ("Islamabad", "Gaza"), as the knowledge base matches it."""
    found = shipped().country(text, code)
    return found is not None and found.via == "name"


def case_of(tree: Tree, token: Token) -> str:
    """The preposition that opens the place ``token`` heads ("en" in "en Russie", "au" in
    "au Japon"), or "" when none does."""
    return next((c.text for c in token.children if c.dep_ in tree.syntax.case), "")


def striking(tree: Tree, token: Token, candidates: Mapping[int, Candidate]) -> Candidate | None:
    """The trigger a place word depends on, through its preposition: "Islamabad" in "s'est
    rendu à Islamabad" (the verb), "Kyiv" in "aid to Kyiv" (the noun); else the trigger that
    verb takes as its object ("continued its offensive in Gaza", the place read on the
    verb), else the trigger whose object the word is ("a rappelé son ambassadeur au
    Niger"). None when the place hangs on no trigger ("son ambassade à Damas")."""
    word = token.head
    if word.pos_ == "ADP" and word.head != word:
        word = word.head  # "offensive" ← "in" ← "Gaza" (ClearNLP: the preposition heads)
    if word == token:
        return None
    return (
        candidates.get(word.i)
        or _object_trigger(tree, word, candidates)
        or _trigger_of_object(tree, word, candidates)
    )


def names_place(token: Token, start: int) -> bool:
    """Whether the place starting at ``start`` is the phrase's head word or a word on it
    ("Gaza", "Ukrainian cities"), not a place further down the phrase ("la section
    consulaire de son ambassade à Damas" is no visit to Syria)."""
    return any(t.idx <= start < t.idx + len(t.text) for t in (token, *token.children))


def _object_trigger(
    tree: Tree, word: Token, candidates: Mapping[int, Candidate]
) -> Candidate | None:
    """The trigger a word takes as its object ("continued" → "offensive"), if any."""
    objects = tree.children(word, tree.syntax.object)
    return next((candidates[o.i] for o in objects if o.i in candidates), None)


def _trigger_of_object(
    tree: Tree, word: Token, candidates: Mapping[int, Candidate]
) -> Candidate | None:
    """The trigger whose object ``word`` is, the place hung on that object ("a rappelé son
    ambassadeur au Niger": "rappelé"), if any."""
    if word.dep_ in tree.syntax.object:
        return candidates.get(word.head.i)
    return None


def stand_in(index: ActorIndex, country: str, place: tuple[int, int, str]) -> Actor | None:
    """The pending country actor for ``country``: the one adopted before, else a new one
    whose mention is the place (``start, end, text``), adopted by the index (later stand-ins
    find it through :meth:`.ActorIndex.pending`); None where the index takes no stand-ins
    (the headline, public datasets) or the code is unknown."""
    if index.adopted is None or country not in shipped().countries:
        return None
    known = index.pending(country)
    if known is not None:
        return known
    actor = Others(shipped(), None, frozenset()).country(country)
    start, end, text = place
    actor.mentions.append(Span(start, end, text))
    index.adopt(actor)
    return actor


def kept_stand_ins(index: ActorIndex, events: list[Event]) -> list[Actor]:
    """The pending actors that a kept event uses as a side, in order of adoption."""
    used = {i for event in events for i in (*event.source, *event.target)}
    return [a for a in index.adopted or () if a.id in used]
