"""How each kind of expression resolves, given what its slots read and the reference date.

Four rules, named in the data files:

- ``date``: a year, a month, a day of a month, in any combination that includes a month or a
  year ("en 2019", "en avril", "le 3 août", "Aug. 3, 2023"), or a season, which names the year
  its middle month falls in ("au printemps dernier", "next summer"); without a year, the one
  nearest the reference in the expression's direction (past bias), or the one its weekday
  names ("lundi 4 mars"), or the one in the year ``shift`` years
  from the reference's when the expression has ``unit`` year ("in March last year"). A
  fixed-date holiday ("New Year's Day", « le jour de Noël ») is the day of a month its entry
  names (``fixed``), read the same way.
- ``weekday``: a weekday name, the one nearest the reference in the expression's direction.
- ``offset``: ``shift`` units from the reference ("hier", "le mois prochain"), or ``sign`` times
  a counted number of units ("il y a deux semaines", "in three days"). Named weeks ("la semaine
  dernière") resolve to their month; counted weeks to their day.
- ``nodate``: a span that names no single date, so that none is read inside it: a decade ("les
  années 1990", "the 1990s": not the year 1990), a day that recurs ("chaque vendredi", "every
  Monday": not last Friday).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from . import calendar
from .calendar import Tense
from .grammar import Expression
from .values import Granularity, Kind, TimeValue


@dataclass(frozen=True, slots=True)
class Slots:
    """What a match read: weekday (Monday 0), month, day, year, count and unit."""

    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    number: int | None = None
    unit: str | None = None
    #: Whether the month is a season's middle one: the expression names a year.
    season: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression means: its granularity and kind always, its value given a reference."""

    value: TimeValue | None
    granularity: Granularity
    kind: Kind
    marked_future: bool = False


Rule = Callable[[Expression, Slots, dt.date | None, Tense], Reading | None]


def read(
    expression: Expression, slots: Slots, reference: dt.date | None, future: Tense
) -> Reading | None:
    """The reading of a match, or None when it names no date (31 April, month 13)."""
    if expression.fixed is not None and slots.month is None:
        slots = replace(slots, month=expression.fixed[0], day=expression.fixed[1])
    return RULES[expression.rule](
        expression, slots, reference, True if expression.future else future
    )


def date_rule(
    expression: Expression, slots: Slots, reference: dt.date | None, future: Tense
) -> Reading | None:
    granularity: Granularity = (
        "day" if slots.day else "month" if slots.month and not slots.season else "year"
    )
    if slots.year is not None:
        date = calendar.date_or_none(slots.year, slots.month or 1, slots.day or 1)
        return (
            None
            if date is None
            else Reading(TimeValue.of(date, granularity), granularity, "absolute")
        )
    if expression.unit == "year" and slots.month is not None:
        return _in_year(expression, slots, reference, granularity)
    if slots.month is None or calendar.date_or_none(2000, slots.month, slots.day or 1) is None:
        return None
    marked = expression.future or expression.direction == "next"
    if reference is None:
        return Reading(None, granularity, "calendar", marked)
    month = _season_month(expression, slots) if slots.season else slots.month
    found = _day_month(expression, month, slots, reference, future)
    return Reading(_value(found, granularity), granularity, "calendar", marked)


def _season_month(expression: Expression, slots: Slots) -> int:
    """The month a season's name counts from: its first for the coming one, its last for the
    one gone by, its middle else. So "next spring" in April is next year's, not the spring
    under way, and "last autumn" in October last year's."""
    assert slots.month is not None
    step = {"next": -1, "last": 1}.get(expression.direction, 0)
    return (slots.month + step - 1) % 12 + 1


def _day_month(
    expression: Expression, month: int, slots: Slots, reference: dt.date, future: Tense
) -> dt.date | None:
    """A month, or a day of a month, without its year: the nearest in the expression's direction,
    unless a weekday given with the day settles the year."""
    direction = expression.direction
    if not slots.day:
        return calendar.month(reference, month, direction, future)
    if slots.weekday is not None:
        found = calendar.day_of_week_of_month(reference, month, slots.day, slots.weekday)
        if found is not None:
            return found
    return calendar.day_of_month(reference, month, slots.day, direction, future)


def _in_year(
    expression: Expression, slots: Slots, reference: dt.date | None, granularity: Granularity
) -> Reading | None:
    """A month or a day in a year named relative to the reference ("in March last year"), or to
    the date the text gave before when the expression is anaphoric ("in August that year", "en
    août de la même année": the year of the events just told)."""
    assert slots.month is not None
    if calendar.date_or_none(2000, slots.month, slots.day or 1) is None:
        return None
    marked = expression.shift > 0
    kind: Kind = "anaphoric" if expression.kind == "anaphoric" else "calendar"
    if reference is None:
        return Reading(None, granularity, kind, marked)
    date = calendar.date_or_none(reference.year + expression.shift, slots.month, slots.day or 1)
    return Reading(_value(date, granularity), granularity, kind, marked)


def weekday_rule(
    expression: Expression, slots: Slots, reference: dt.date | None, future: Tense
) -> Reading | None:
    if slots.weekday is None:
        return None
    marked = expression.future or expression.direction == "next"
    if reference is None:
        return Reading(None, "day", "weekday", marked)
    found = calendar.weekday(reference, slots.weekday, expression.direction, future)
    return Reading(_value(found, "day"), "day", "weekday", marked)


def offset_rule(
    expression: Expression, slots: Slots, reference: dt.date | None, future: Tense
) -> Reading | None:
    unit = slots.unit or expression.unit
    counted = slots.number is not None
    count = expression.sign * slots.number if slots.number is not None else expression.shift
    if unit is None:
        return None
    granularity = _GRANULARITY[unit] if counted or unit != "week" else "month"
    kind: Kind = "anaphoric" if expression.kind == "anaphoric" else "relative"
    marked = kind == "relative" and (expression.future or count > 0)
    if reference is None:
        return Reading(None, granularity, kind, marked)
    found = _SHIFT[unit](reference, count)
    return Reading(_value(found, granularity), granularity, kind, marked)


def nodate_rule(
    expression: Expression, slots: Slots, reference: dt.date | None, future: Tense
) -> Reading | None:
    """No reading: "in the 1990s" names no year, "every Monday" no Monday. The span still wins
    over the shorter forms inside it ("1990", "Monday"), which are then not read either."""
    return None


def _value(date: dt.date | None, granularity: Granularity) -> TimeValue | None:
    return None if date is None else TimeValue.of(date, granularity)


_GRANULARITY: Mapping[str, Granularity] = {
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
}

_SHIFT: Mapping[str, Callable[[dt.date, int], dt.date | None]] = {
    "day": calendar.add_days,
    "week": lambda reference, weeks: calendar.add_days(reference, 7 * weeks),
    "month": calendar.add_months,
    "year": calendar.add_years,
}

RULES: Mapping[str, Rule] = {
    "date": date_rule,
    "weekday": weekday_rule,
    "offset": offset_rule,
    "nodate": nodate_rule,
}
