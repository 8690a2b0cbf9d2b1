"""Country names and adjectives shared by several states, read by the article that uses them.

« Congo » and « congolais » are the Democratic Republic's or the Republic's, "Guinean" is
Guinea's, Guinea-Bissau's or Equatorial Guinea's. The groups are data
(``lang/xx/actors.json``, ``loose_countries``), each with its states in the order the
knowledge base prefers. An article's unambiguous names decide: on a page that names
« Brazzaville » and « Pointe-Noire » and not « Kinshasa », « le président congolais » is the
Republic of the Congo's; with no evidence, or as much for two states, the first state stays.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import lang
from .base import normalize


@dataclass(frozen=True)
class LooseNames:
    """Loose names (lookup keys) -> the states they may stand for, the default first."""

    states: Mapping[str, tuple[str, ...]]
    version: str = ""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> LooseNames:
        states = {
            normalize(name): tuple(group["states"])
            for group in data.get("loose_countries", ())
            for name in group["names"]
        }
        return cls(states, str(data.get("version", "")))

    def candidates(self, text: str) -> tuple[str, ...]:
        """The states ``text`` may name (« la Guinée » -> GIN, GNB, GNQ); () for a name that
        stands for one state only."""
        return self.states.get(normalize(text), ())

    def read(self, text: str, evidence: Mapping[str, int]) -> str | None:
        """The state ``text`` names in an article whose unambiguous mentions of each state
        are counted in ``evidence``: the candidate named most, the default on a tie; None for
        a name that is not loose. "Congo" with {"COG": 3, "COD": 1} -> COG."""
        states = self.candidates(text)
        if not states:
            return None
        return max(states, key=lambda iso3: (evidence.get(iso3, 0), -states.index(iso3)))

    def evidence(self, named: Iterable[tuple[str, str]]) -> Counter[str]:
        """Counts of the states an article names unambiguously, from ``(text, iso3)`` pairs of
        its names, capitals, cities and organisations; a loose name is no evidence."""
        return Counter(iso3 for text, iso3 in named if not self.candidates(text))


@cache
def shipped_loose() -> LooseNames:
    """The loose names of the shipped data, loaded once per process."""
    return LooseNames.from_data(lang.load(lang.SHARED, "actors"))
