"""Where an event happened: its place, with the country.

The place is a place name governed by a preposition of place ("à", "dans", "in", "at")
attached to the trigger or to a verb of its clause, not every place the sentence names. Its
country comes from the knowledge base (country names, capitals, then the places inside a
country: "Kharkiv" for Ukraine), else from the actor the name is a mention of ("Minsk" for
Belarus). When it happened is in :mod:`.timing`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..article import Article, Entity
from ..knowledge import shipped, shipped_places
from .participants import ActorIndex
from .syntax import Token, Tree

PLACE_LABELS = frozenset({"PLACE"})
#: How a name the knowledge base knows makes it a place: a country's or a capital's name, not
#: an adjective ("outside the Russian embassy" is no place called Russia) or a seat of power.
PLACE_VIAS = frozenset({"name", "capital"})
#: Runs of capitalised words: the names a phrase may hold.
_NAMES = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:[\s-][A-ZÀ-Ý][\w'’]*)*")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    start: int
    end: int
    country: str | None


class Places:
    """The place entities of one article, and their countries."""

    def __init__(self, article: Article, index: ActorIndex, code: str) -> None:
        self.entities = sorted(
            (e for e in article.entities if e.label in PLACE_LABELS), key=lambda e: e.start
        )
        self.starts = [e.start for e in self.entities]
        self.index = index
        self.code = code
        self.text = article.text

    def entity_in(self, start: int, end: int) -> Entity | None:
        """The first place entity between ``start`` and ``end``, else a place the model's
        entities missed (:meth:`named_in`)."""
        at = bisect_left(self.starts, start)
        if at < len(self.entities) and self.entities[at].start < end:
            return self.entities[at]
        return self.named_in(start, end)

    def named_in(self, start: int, end: int) -> Entity | None:
        """A country, capital or place inside a country the knowledge base knows, named
        between ``start`` and ``end`` where the model saw no place ("fired missiles at Kyiv",
        "des frappes sur Kharkiv", the city read as a person)."""
        kb = shipped()
        for found in _NAMES.finditer(self.text, start, end):
            match = kb.country(found.group(), self.code)
            known = match is not None and match.via in PLACE_VIAS
            if known or (match is None and shipped_places().place(found.group())):
                return Entity(found.start(), found.end(), found.group(), "PLACE", "")
        return None

    def locations(self, tree: Tree, doc: Any) -> set[int]:
        """Starts of actor mentions that are capitals after a preposition of place ("à
        Washington"): places in that sentence, not parties."""
        found = set()
        for mention in self.index.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            match = shipped().country(self.text[mention.start : mention.end], self.code)
            if match is None or match.via != "capital":
                continue
            preps = {p for p, nominal in tree.prepositional(head.head) if nominal == head}
            if preps & tree.lexicon.place_preps:
                found.add(mention.start)
        return found

    def country(self, entity: Entity) -> str | None:
        match = shipped().country(entity.text, self.code)
        if match is not None:
            return match.country.iso3
        inside = shipped_places().place(entity.text)
        if inside is not None:
            return inside.country
        for actor in self.index.actors_in(entity.start, entity.end):
            if actor.country:
                return actor.country
        return None

    def find(
        self, tree: Tree, chain: Sequence[Token], used: Sequence[tuple[int, int]], events: set[int]
    ) -> Place | None:
        """The place the event happened in: a place name after a preposition of place on
        the trigger or a word of its chain, that is neither one of its arguments (``used``
        spans) nor inside another event phrase (``events``, token indexes). The first place
        of a known country comes before one of none ("sur la place de la République, à
        Erevan" is Erevan's, Armenia's)."""
        found = list(self._named(tree, chain, used, events))
        return next((p for p in found if p.country), found[0] if found else None)

    def _named(
        self, tree: Tree, chain: Sequence[Token], used: Sequence[tuple[int, int]], events: set[int]
    ) -> Iterator[Place]:
        """The places named after a preposition of place on a word of ``chain``, in order,
        every place of each such phrase (:meth:`entity_in`)."""
        for token in chain:
            for prep, nominal in tree.prepositional(token):
                if prep not in tree.lexicon.place_preps or nominal.i in events:
                    continue
                start, end = tree.phrase(nominal)
                entity = self.entity_in(start, end)
                while entity is not None:
                    if not any(s < entity.end and entity.start < e for s, e in used):
                        yield Place(entity.text, entity.start, entity.end, self.country(entity))
                    entity = self.entity_in(entity.end, end)
