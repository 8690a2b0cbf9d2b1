"""Capitalised names that are no person's, though the entity model or a title says so.

A name is a body's ("lawmaker of the main opposition Democratic Party"), a place's ("Escoda
Shoal") or a ship's ("BRP Bagacay") when one of its words heads institutions or is one of the
language's ``not_person_words``; no one's when it is quoted alone, a photo credit's, a group
of a people ("Kosovo Serbs"), or holds words no name holds ("pro-North Korean"). A name the
article once writes right after a craft's or a place's noun, or only ever after a preposition
of place, names that craft or place throughout.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, Token, key
from .spans import (
    after_noun,
    credited,
    fronted_place,
    no_name_words,
    people_of,
    place_object,
    quoted,
)

if TYPE_CHECKING:
    from .index import Known, LanguageCues
    from .people import PersonInfo


@dataclass(frozen=True)
class NonPeople:
    """What one article says of its capitalised names that makes them no person's."""

    text: str
    toks: list[Token]
    first_token: dict[int, int]
    pos: dict[int, str]
    cues: LanguageCues
    heads: Collection[str]
    names: Gazetteer[Known]

    def excludes(self, name: str, start: int, end: int) -> bool:
        """Whether a capitalised name is a body's ("lawmaker of the main opposition Democratic
        Party"), a place's ("Escoda Shoal") or a ship's ("BRP Bagacay"): one of its words heads
        institutions or is one of the language's ``not_person_words``; or no person's at all:
        quoted, a photo credit's, a group of a people ("Kosovo Serbs"), or holding words no
        name holds (see ``no_name_words``)."""
        if any(char.isdigit() for char in name):  # "MQ-9 Reaper", "Yi Peng 3"
            return True
        if quoted(self.text, start, end) or credited(self.text, end) or people_of(name, self.names):
            return True
        if no_name_words(name, self.cues):
            return True
        return any(word in self.heads or word in self.cues.not_person_words for word in key(name))

    def drop_things(self, people: dict[str, PersonInfo]) -> None:
        """A name the article once writes right after a craft's or a place's noun names that
        craft or place throughout ("Teresa Magbanua …  rammed the vessel Teresa Magbanua"), and
        so does one only ever written after a preposition of place ("un discours à Arba Minch"),
        unless the knowledge base or a title makes it a person's ("un hommage à Jean Moulin,
        ancien ambassadeur"). Where the place opens its sentence, a title set off after the
        name is the subject of the clause it opens, no apposition (« À New York, le
        porte-parole de l'ONU a … », "In San Francisco, the minister …")."""
        for person_id, info in list(people.items()):
            if info.kb_id is not None or info.learned is not None:
                continue
            own = self._own_mentions(info)
            titled = info.role is not None and bool(own) and self._titled_before(info, own)
            thing = info.role is None and any(self._named_thing(s) for s, _ in self._full(info))
            placed = bool(own) and all(self._place_object(start) for start, _ in own)
            fronted = bool(own) and all(self._fronted(start) for start, _ in own)
            if thing or (placed and info.role is None) or (fronted and not titled):
                del people[person_id]

    def _full(self, info: PersonInfo) -> list[tuple[int, int]]:
        """The mentions of a person that hold the whole name: a noun before the surname alone
        names the person's side, no craft or place ("le camp Malonga" after "Hervé Malonga",
        as « le camp Trump »), where one before the whole name names the thing ("the vessel
        Teresa Magbanua")."""
        words = set(key(info.name))
        return [(s, e) for s, e in info.spans if words <= set(key(self.text[s:e]))]

    def _own_mentions(self, info: PersonInfo) -> list[tuple[int, int]]:
        """The mentions of a person that are (part of) the name, not a title tied to it."""
        words = set(key(info.name))
        return [(s, e) for s, e in info.spans if set(key(self.text[s:e])) <= words]

    @staticmethod
    def _titled_before(info: PersonInfo, own: list[tuple[int, int]]) -> bool:
        """Whether a title of the person comes before one of its names ("le ministre X")."""
        first = min(start for start, _ in own)
        return any(end <= first for start, end in info.spans if (start, end) not in own)

    def _place_object(self, start: int) -> bool:
        index = self.first_token.get(start)
        preps = self.cues.place_prepositions
        return index is not None and place_object(self.text, self.toks, index, preps, self.pos)

    def _fronted(self, start: int) -> bool:
        index = self.first_token.get(start)
        preps = self.cues.place_prepositions
        return index is not None and fronted_place(self.text, self.toks, index, preps)

    def _named_thing(self, start: int) -> bool:
        """Whether the name at ``start`` follows a craft's or a place's noun ("the container
        ship MSC Clara", "la ville Arba Minch"): it names that craft or place."""
        index = self.first_token.get(start)
        nouns = self.cues.craft_nouns | self.cues.place_nouns
        return index is not None and after_noun(self.text, self.toks, index, nouns)
