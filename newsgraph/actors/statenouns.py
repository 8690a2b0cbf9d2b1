"""Definite nouns of a form of state that take up a state of that form named before: "Riyadh
hosted the talks … The kingdom urged both sides" (Saudi Arabia), « Le Maroc … le royaume a
appelé » (Morocco), "Qatar … the emirate said" (Qatar). Only a state of that form is taken up:
"le royaume" after « la Tunisie » alone stays unresolved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..knowledge import CountryMatch
from .anaphors import complemented, definite_forms, named, sentence_start
from .gazetteer import Hit, key

if TYPE_CHECKING:
    from .index import Known


@dataclass(frozen=True)
class StateNounWords:
    """One language's definite forms of such nouns ("the kingdom", « du royaume ») with the
    form of state each names, and the states of each form (shared data)."""

    forms: Mapping[str, str] = field(default_factory=dict)
    #: The forms as written, for the search.
    written: tuple[str, ...] = ()
    states: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Prepositions that make the noun one of a place or a title ("le royaume de Fès").
    complements: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], shared: Mapping[str, Any]) -> StateNounWords:
        given: Mapping[str, str] = data.get("state_anaphors", {})
        forms = {" ".join(key(f)): kind for f, kind in given.items()}
        states = {kind: frozenset(c) for kind, c in shared.get("monarchies", {}).items()}
        complements = frozenset(" ".join(key(w)) for w in data.get("anaphor_complements", ()))
        return cls(forms, tuple(given), states, complements)

    def pattern(self) -> re.Pattern[str] | None:
        """The forms, their words apart by any space, none before a hyphen (« Royaume-Uni »)."""
        return definite_forms(self.written, r"\s+", "(?![-‑])")


def state_anaphors(
    text: str,
    words: StateNounWords,
    names: list[Hit[Known]],
    story: Callable[[int], tuple[int, int]] | None = None,
) -> list[Hit[Known]]:
    """``names`` with a hit on the noun of each such form ("kingdom" of "the kingdom") for the
    state of that form it takes up: the latest named earlier in its sentence, else the one
    named most often before it, the latest on a tie. A noun a name follows, one with a
    complement ("the kingdom of Bhutan", « le royaume de Fès »), an English possessive ("the
    kingdom's envoy": its people), one inside a name already found and one before a hyphen
    (« le Royaume-Uni ») stay as they are. On a page of several
    stories, only names of the noun's ``story`` count (:meth:`.Article.story`)."""
    pattern = words.pattern()
    if pattern is None:
        return names
    added: list[Hit[Known]] = []
    for match in pattern.finditer(text):
        if named(text, match.end()) or complemented(text, match.end(), words.complements):
            continue
        if text[match.end() : match.end() + 2] in ("'s", "’s"):
            continue  # "the kingdom's top diplomat": its people, told by their title
        if any(h.start < match.end() and match.start() < h.end for h in names):
            continue
        kind = words.forms.get(" ".join(key(match.group(0))))
        states = words.states.get(kind or "", frozenset())
        floor = story(match.start())[0] if story is not None else 0
        told = [h for h in names if floor <= h.start < match.start()]
        found = _antecedent(told, sentence_start(text, match.start()), states)
        if found is not None:
            noun = re.search(r"[^\W\d_]+$", match.group(0))
            start = match.start() + (noun.start() if noun else 0)
            added.append(Hit(start, match.end(), text[start : match.end()], (found,)))
    return sorted([*names, *added], key=lambda h: (h.start, h.end))


def _antecedent(
    names: list[Hit[Known]], sentence: int, states: frozenset[str]
) -> CountryMatch | None:
    """The state among ``states`` that a noun takes up: the latest named since ``sentence``,
    else the one named most often, the latest on a tie; None when none of them is named."""
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for hit in names:
        value = hit.values[0]
        if isinstance(value, CountryMatch) and value.country.iso3 in states:
            counts[value.country.iso3] += 1
            latest[value.country.iso3] = hit.start
    if not counts:
        return None
    near = [iso for iso, at in latest.items() if at >= sentence]
    best = (
        max(near, key=lambda iso: latest[iso])
        if near
        else max(counts, key=lambda iso: (counts[iso], latest[iso]))
    )
    country = next(
        h.values[0].country
        for h in names
        if isinstance(h.values[0], CountryMatch) and h.values[0].country.iso3 == best
    )
    return CountryMatch(country, "name")
