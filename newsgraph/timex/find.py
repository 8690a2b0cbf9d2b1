"""Finding time expressions in a text and resolving them against a reference date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..textutil import nlp_view
from .calendar import Tense
from .grammar import Grammar, grammar
from .rules import Reading, Slots, read
from .values import TimeMention, TimeValue


def find(
    text: str, reference: dt.date | None, lang: str, *, future: Tense = None
) -> list[TimeMention]:
    """Every time expression in ``text``, in order, with what it resolves to.

    ``reference`` is the publication date (None: only absolute dates get a value); ``lang`` a
    language with a ``timex.json`` data file; ``future`` True says the sentence speaks of the
    future, which turns the past bias of names without a year ("en avril", "le 3 août") forward;
    False that it tells what took place, which keeps them on or before the reference however far
    back; None (either) reads one that far back, short of a year, as the coming one
    (:func:`.calendar.near`).
    Overlapping forms give way to the longest ("le 3 août 2023" over "le 3 août").
    """
    return _mentions(text, reference, grammar(lang), future, standalone=False)


def resolve(
    expression: str, reference: dt.date, lang: str, future: Tense = None
) -> TimeValue | None:
    """The date one time expression ("hier", "last Tuesday", "en avril") stands for, or None.

    Forms that only make sense as a whole expression (a bare month name, "May") count here.
    When the expression holds several, the longest decides.
    """
    mentions = _mentions(expression, reference, grammar(lang), future, standalone=True)
    resolved = [m for m in mentions if m.value is not None]
    if not resolved:
        return None
    longest = max(resolved, key=lambda m: m.end - m.start)
    assert longest.value is not None
    return TimeValue(longest.value, longest.granularity)


def _mentions(
    text: str, reference: dt.date | None, rules: Grammar, future: Tense, standalone: bool
) -> list[TimeMention]:
    found: list[tuple[re.Match[str], Reading, bool]] = []
    view = nlp_view(text)
    for index, match in _longest(rules.matches(view, standalone)):
        expression = rules.expressions[index]
        if expression.ahead and not _follows_words(view, match.start()):
            continue
        reading = read(expression, _slots(match, rules), reference, future)
        if reading is not None:
            found.append((match, reading, expression.ahead))
    return [_mention(text, *item, reference) for item in found]


def _follows_words(view: str, start: int) -> bool:
    """Whether words of the same sentence come before ``start``: "X a frappé deux jours après
    l'adoption …", not "Deux jours après l'adoption, X a frappé" nor after a full stop or at
    the start of a line."""
    before = view[:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n"


def _longest(
    matches: Iterable[tuple[int, re.Match[str]]],
) -> list[tuple[int, re.Match[str]]]:
    """The matches that no longer (or, equally long, earlier-listed) match overlaps, in order."""
    ranked = sorted(
        matches, key=lambda item: (item[1].start() - item[1].end(), item[1].start(), item[0])
    )
    kept: list[tuple[int, re.Match[str]]] = []
    for index, match in ranked:
        if all(match.end() <= other.start() or match.start() >= other.end() for _, other in kept):
            kept.append((index, match))
    return sorted(kept, key=lambda item: item[1].start())


def _slots(match: re.Match[str], rules: Grammar) -> Slots:
    groups = {name: value.lower() for name, value in match.groupdict().items() if value}
    number = groups.get("number")
    month = groups.get("month")
    season = groups.get("season")  # read as its middle month
    number_of_month = rules.months[month] if month else _int(groups.get("mnum"))
    return Slots(
        weekday=rules.weekdays[groups["weekday"]] if "weekday" in groups else None,
        month=rules.seasons[season] if season else number_of_month,
        day=_int(groups.get("day")),
        year=_int(groups.get("year")),
        number=None if number is None else rules.numbers.get(number) or int(number),
        unit=rules.units[groups["unit"]] if "unit" in groups else None,
        season=season is not None,
    )


def _int(digits: str | None) -> int | None:
    return None if digits is None else int(digits)


def _mention(
    text: str, match: re.Match[str], reading: Reading, ahead: bool, reference: dt.date | None
) -> TimeMention:
    value = reading.value
    later = value is not None and reference is not None and value.start > reference
    return TimeMention(
        start=match.start(),
        end=match.end(),
        text=text[match.start() : match.end()],
        value=None if value is None else value.value,
        granularity=reading.granularity,
        kind=reading.kind,
        future=reading.marked_future or (later and reading.kind != "anaphoric"),
        ahead=ahead,
    )
