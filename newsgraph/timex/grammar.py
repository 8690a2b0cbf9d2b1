"""The time expressions of one language, compiled from its data files.

``newsgraph/lang/<code>/timex.json`` lists the expressions; ``dates.json`` gives the month and
weekday names. Each expression has one or more ``forms`` and a ``rule`` (``date``, ``weekday``,
``offset`` or ``nodate``, see :mod:`newsgraph.timex.rules`) with its arguments. A form is a
regular expression over words, matched without regard to case, in which a space matches any run of
spaces, a hyphen any hyphen and an apostrophe any apostrophe, and ``{slot}`` stands for:

- ``{weekday}``, ``{month}``, ``{day}``, ``{year}``, ``{number}``, ``{unit}``: a value the rule
  reads (names from ``dates.json``, number words and units from ``timex.json``);
- ``{season}``: a season's name (``seasons`` in ``timex.json``), read as the month in its middle
  and resolved to the year that month falls in ("l'été dernier", "next spring": a year, as
  a season straddles months);
- ``{anyweekday}``: a weekday name that is matched but not read ("la nuit de samedi à dimanche");
- ``{anyday}``: a day of the month that is matched but not read: the end of a range of days
  ("les 10 et 11 mai", "du 3 au 5 juin", "10-11 May"), which is dated by its first day;
- ``{name}`` or ``{name?}`` (optional): one of the phrases listed under ``phrases.name``,
  followed by its space (none after a phrase ending in a hyphen or an apostrophe).

An expression marked ``alone`` counts only as a whole expression given to ``resolve`` (a bare
month name: "May" in running text is too often a verb or a name). An expression marked ``ahead``
counts back from the event it follows to the one it names ("deux jours après l'adoption de la
résolution", "a week after Russia freed him": the adoption, the release), so it dates what comes
after it, and only after the words of that event: at the start of a sentence ("Deux jours après
le lancement de l'offensive, X a …") it counts forward to the clause instead and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import lang
from ..errors import ConfigurationError
from .calendar import DIRECTIONS, Direction
from .prefilter import prefilter

RULES = ("date", "weekday", "offset", "nodate")
UNITS = ("day", "week", "month", "year")
KINDS = ("relative", "anaphoric")

_HYPHENS = "-\u2010\u2011"
_SLOT = re.compile(r"\{([a-z_]+)(\??)\}")
_YEAR = r"(?<!\d)(?P<year>(?:1[89]|20)\d\d)(?!\d|[.,]\d)"
_ISO = rf"{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"
_NUMERIC = {
    "dmy": rf"(?<![\d/.])(?P<day>[0-3]?\d)[/.](?P<mnum>[01]?\d)[/.]{_YEAR}",
    "mdy": rf"(?<![\d/.])(?P<mnum>[01]?\d)[/.](?P<day>[0-3]?\d)[/.]{_YEAR}",
}


@dataclass(frozen=True)
class Expression:
    """One kind of time expression: its compiled forms and how it resolves."""

    patterns: tuple[re.Pattern[str], ...]
    rule: str
    shift: int = 0
    sign: int = -1
    unit: str | None = None
    direction: Direction = "latest"
    future: bool = False
    kind: str = "relative"
    alone: bool = False
    ahead: bool = False
    #: The month and day a name of a fixed-date holiday stands for ("New Year's Day": 1, 1).
    fixed: tuple[int, int] | None = None


#: One compiled form: its expression's index, whether that counts only alone, its prefilter
#: (None: none) and its pattern.
Form = tuple[int, bool, re.Pattern[str] | None, re.Pattern[str]]


@dataclass(frozen=True)
class Grammar:
    """The compiled time expressions of one language and the words their slots read."""

    code: str
    versions: tuple[str, ...]
    expressions: tuple[Expression, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    units: Mapping[str, str]
    capitalized: frozenset[str]
    #: The month in the middle of each season a name stands for ("spring": 4).
    seasons: Mapping[str, int] = field(default_factory=dict)
    forms: tuple[Form, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Every pattern as a :data:`Form`, with its prefilter (:mod:`.prefilter`)."""
        forms = tuple(
            (index, expression.alone, prefilter(pattern), pattern)
            for index, expression in enumerate(self.expressions)
            for pattern in expression.patterns
        )
        object.__setattr__(self, "forms", forms)

    @classmethod
    def build(cls, code: str) -> Grammar:
        dates, data = lang.load(code, "dates"), lang.load(code, "timex")
        months = {name.lower(): number for name, number in dates["months"].items()}
        weekdays = {name.lower(): number for name, number in dates["weekdays"].items()}
        numbers = {word.lower(): int(n) for word, n in data["numbers"].items()}
        units = {word.lower(): unit for word, unit in data["units"].items()}
        seasons = {word.lower(): int(n) for word, n in data.get("seasons", {}).items()}
        _check(code, "units", units.values(), UNITS)
        slots = _slots(dates, data, weekdays, months, numbers, units)
        slots["season"] = _group("season", seasons) if seasons else r"(?!)"
        expressions = [_expression(code, entry, slots) for entry in data["expressions"]]
        numeric = _NUMERIC[dates["numeric_order"]]
        expressions += [Expression((_compile(_ISO), _compile(numeric)), "date")]
        return cls(
            code,
            (data["version"], dates["version"]),
            tuple(expressions),
            months,
            weekdays,
            numbers,
            units,
            frozenset(data.get("capitalized", ())),
            seasons,
        )

    def matches(self, view: str, standalone: bool) -> Iterator[tuple[int, re.Match[str]]]:
        """``(expression index, match)`` for every form found in ``view``, overlaps included.

        A pattern whose prefilter finds nothing in ``view`` is not run: it could match nothing.
        """
        found: dict[re.Pattern[str], bool] = {}
        for index, alone, needed, pattern in self.forms:
            if (alone and not standalone) or not _found(needed, view, found):
                continue
            for match in pattern.finditer(view):
                if standalone or self._cased(match):
                    yield index, match

    def _cased(self, match: re.Match[str]) -> bool:
        """Whether the slots this language writes with a capital have one."""
        groups = match.groupdict()
        return all(
            groups.get(slot) is None or groups[slot][0].isupper() for slot in self.capitalized
        )


def _found(needed: re.Pattern[str] | None, view: str, found: dict[re.Pattern[str], bool]) -> bool:
    """Whether ``needed`` (None: nothing) finds something in ``view``, searched once per view."""
    if needed is None:
        return True
    hit = found.get(needed)
    if hit is None:
        hit = found[needed] = needed.search(view) is not None
    return hit


def _slots(
    dates: Mapping[str, Any],
    data: Mapping[str, Any],
    weekdays: Mapping[str, int],
    months: Mapping[str, int],
    numbers: Mapping[str, int],
    units: Mapping[str, str],
) -> dict[str, str]:
    """The pattern of every slot a form may use."""
    suffixes = "|".join(re.escape(suffix) for suffix in dates["day_suffixes"])
    slots = {
        "weekday": _group("weekday", weekdays),
        "anyweekday": _group(None, weekdays),
        "month": _group("month", months),
        "day": rf"(?<!\d)(?P<day>[0-3]?\d)(?:{suffixes})?(?!\d)",
        "anyday": rf"(?<!\d)[0-3]?\d(?:{suffixes})?(?!\d)",
        "year": _YEAR,
        "number": r"(?P<number>(?<!\d)\d\d?\d?(?!\d)|" + _group(None, numbers) + ")",
        "unit": _group("unit", units),
    }
    for name, phrases in data.get("phrases", {}).items():
        alternatives = "|".join(map(_literal, _longest_first(phrases)))
        slots[name] = rf"(?:{alternatives})(?:\s+|(?<=[{_HYPHENS}']))"
    return slots


def _expression(code: str, entry: Mapping[str, Any], slots: Mapping[str, str]) -> Expression:
    forms = entry["form"] if isinstance(entry["form"], list) else [entry["form"]]
    _check(code, "rule", [entry["rule"]], RULES)
    _check(code, "direction", [entry.get("direction", "latest")], DIRECTIONS)
    _check(code, "unit", [entry["unit"]] if "unit" in entry else [], UNITS)
    _check(code, "kind", [entry.get("kind", "relative")], KINDS)
    return Expression(
        patterns=tuple(_compile(_regex(code, form, slots)) for form in forms),
        rule=entry["rule"],
        shift=int(entry.get("shift", 0)),
        sign=int(entry.get("sign", -1)),
        unit=entry.get("unit"),
        direction=entry.get("direction", "latest"),
        future=bool(entry.get("future", False)),
        kind=entry.get("kind", "relative"),
        alone=bool(entry.get("alone", False)),
        ahead=bool(entry.get("ahead", False)),
        fixed=_fixed(code, entry.get("fixed")),
    )


def _fixed(code: str, value: Sequence[int] | None) -> tuple[int, int] | None:
    """The ``[month, day]`` of a fixed-date holiday's entry ("jour de l'An": ``[1, 1]``)."""
    if value is None:
        return None
    if len(value) != 2 or not 1 <= value[0] <= 12 or not 1 <= value[1] <= 31:
        raise ConfigurationError(
            f"language data {code}/timex.json",
            f"the fixed day {value!r} is no [month, day]",
            "write it as [month, day], e.g. [12, 25]",
        )
    return int(value[0]), int(value[1])


def _regex(code: str, form: str, slots: Mapping[str, str]) -> str:
    """The regular expression of a form: plain spaces, hyphens and apostrophes widened, slots
    replaced by their patterns."""
    widened = "".join(_widen(char) for char in form)

    def slot(match: re.Match[str]) -> str:
        name, optional = match[1], match[2]
        if name not in slots:
            raise ConfigurationError(
                f"language data {code}/timex.json",
                f"the form {form!r} uses an unknown slot {{{name}}}",
                f"use one of: {', '.join(sorted(slots))}",
            )
        return f"(?:{slots[name]})?" if optional else slots[name]

    return _SLOT.sub(slot, widened)


def _widen(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char in _HYPHENS:
        return f"[{_HYPHENS}]"
    return char


def _literal(phrase: str) -> str:
    return "".join(_widen(c) if c in " " + _HYPHENS else re.escape(c) for c in phrase)


def _group(name: str | None, words: Mapping[str, object]) -> str:
    """An alternation of ``words``, longest first, each ending at a word's end (or at its
    abbreviation's dot or elided article's apostrophe: "janv.", "une dizaine d'")."""
    alternatives = "|".join(
        _literal(word) + ("" if word.endswith((".", "'")) else r"(?!\w)")
        for word in _longest_first(words)
    )
    return f"(?P<{name}>{alternatives})" if name else f"(?:{alternatives})"


def _longest_first(words: Sequence[str] | Mapping[str, object]) -> list[str]:
    return sorted(words, key=lambda word: (-len(word), word))


def _compile(regex: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{regex})(?!\w)", re.IGNORECASE)


def _check(code: str, field: str, values: Iterable[object], known: Sequence[str]) -> None:
    for value in values:
        if value not in known:
            raise ConfigurationError(
                f"language data {code}/timex.json",
                f"unknown {field} {value!r}",
                f"use one of: {', '.join(known)}",
            )


@cache
def grammar(code: str) -> Grammar:
    """The time grammar of a language, compiled once per process."""
    return Grammar.build(code)
