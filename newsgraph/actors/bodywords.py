"""The words bodies the knowledge base does not list are named with, per language
(``bodies`` in ``lang/<code>/actors.json``, day and month names from ``dates.json``): read
by :mod:`.bodies`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .gazetteer import key


@dataclass(frozen=True, slots=True)
class BodyWords:
    """One language's institution head words and their sectors, and the words of non-actors."""

    heads: Mapping[str, str]
    head_first: bool
    excluded: frozenset[str]
    connectors: frozenset[str]
    #: Words that name no state in a body's name ("national", "suprême"): a name of head words
    #: and these alone ("Assemblée nationale", "Supreme Court") is one many states use.
    generic: frozenset[str] = frozenset()
    #: Prepositions that open a complement saying what a body is of or for ("Court of
    #: Appeal"), and words that join inside one ("for the Care and Protection of …").
    complements: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    #: Names of days and months (``dates.json``), which no complement of a name holds.
    calendar: frozenset[str] = frozenset()

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], dates: Mapping[str, Any] | None = None
    ) -> BodyWords:
        bodies, dates = data.get("bodies", {}), dates or {}
        return cls(
            {" ".join(key(w)): s for w, s in bodies.get("heads", {}).items()},
            bool(bodies.get("head_first", False)),
            _keys(bodies.get("excluded", ())),
            _keys(bodies.get("connectors", ())),
            _keys(bodies.get("generic", ())),
            _keys(bodies.get("complements", ())),
            _keys(bodies.get("complement_links", ())),
            _keys([*dates.get("months", {}), *dates.get("weekdays", {})]),
        )


def _keys(words: Iterable[str]) -> frozenset[str]:
    """The words as names are compared ("Court" → "court")."""
    return frozenset(" ".join(key(w)) for w in words)
