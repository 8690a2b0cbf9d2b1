"""Calendar arithmetic behind the rules: offsets, and the nearest date that fits a name.

A ``direction`` says which of the dates that fit a name ("avril", "3 août", "mardi") is meant,
relative to the reference: ``latest`` the nearest on or before it (the past bias of reported
news), or on or after it when the sentence speaks of the future; ``last`` the nearest strictly
before ("mardi dernier", "last April"); ``next`` the nearest strictly after ("jeudi prochain");
``this`` the one in the reference's year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal, TypeVar

Direction = Literal["latest", "last", "next", "this"]
DIRECTIONS: tuple[Direction, ...] = ("latest", "last", "next", "this")

#: How many years around the reference a day name may fall (29 February recurs within 8).
_YEARS = 8
#: How many days after the reference a day of a month told in the past may still fall: a
#: publication date may precede by a day or two the day it reports (a time zone, a first
#: version), and news does not name a day of a month a year ago without its year.
GRACE = 3

T = TypeVar("T", dt.date, tuple[int, int])


def add_days(reference: dt.date, days: int) -> dt.date | None:
    """``reference`` moved by ``days``, or None off the calendar."""
    try:
        return reference + dt.timedelta(days=days)
    except OverflowError:
        return None


def add_months(reference: dt.date, months: int) -> dt.date | None:
    """The first day of the month ``months`` after (or before) the reference's month."""
    index = reference.year * 12 + reference.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1) if dt.MINYEAR <= year <= dt.MAXYEAR else None


def add_years(reference: dt.date, years: int) -> dt.date | None:
    """The first day of the year ``years`` after (or before) the reference's year."""
    year = reference.year + years
    return dt.date(year, 1, 1) if dt.MINYEAR <= year <= dt.MAXYEAR else None


def weekday(reference: dt.date, day: int, direction: Direction, future: bool) -> dt.date | None:
    """The weekday ``day`` (Monday 0) nearest the reference in ``direction``."""
    candidates = (add_days(reference, offset) for offset in range(-7, 8))
    return _pick(
        [d for d in candidates if d is not None and d.weekday() == day],
        reference,
        "latest" if direction == "this" else direction,
        future,
    )


def month(reference: dt.date, number: int, direction: Direction, future: bool) -> dt.date | None:
    """The first day of the month ``number`` nearest the reference in ``direction``."""
    if not 1 <= number <= 12:
        return None
    years = range(reference.year - 1, reference.year + 2)
    if direction == "this":
        return dt.date(reference.year, number, 1)
    found = _pick(
        [(year, number) for year in years], (reference.year, reference.month), direction, future
    )
    return None if found is None else dt.date(found[0], found[1], 1)


def day_of_month(
    reference: dt.date, number: int, day: int, direction: Direction, future: bool
) -> dt.date | None:
    """The date ``day`` ``number`` (a day and month without a year) nearest the reference."""
    if direction == "this":
        return date_or_none(reference.year, number, day)
    years = range(reference.year - _YEARS, reference.year + _YEARS + 1)
    dates = [d for d in (date_or_none(year, number, day) for year in years) if d is not None]
    if direction == "latest" and not future:
        # "summoned China's deputy chief of mission on March 5", published March 4: this year's
        close = [d for d in dates if reference < d <= reference + dt.timedelta(days=GRACE)]
        if close:
            return close[0]
    return _pick(dates, reference, direction, future)


def day_of_week_of_month(reference: dt.date, number: int, day: int, weekday: int) -> dt.date | None:
    """The date ``day`` ``number`` that falls on ``weekday`` nearest the reference, within a year
    of it ("lundi 4 mars", "Saturday, April 25"): the weekday settles the year."""
    years = range(reference.year - 1, reference.year + 2)
    dates = [d for d in (date_or_none(year, number, day) for year in years) if d is not None]
    fitting = [d for d in dates if d.weekday() == weekday]
    return min(fitting, key=lambda d: (abs(d - reference), d), default=None)


def date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: Iterable[T], reference: T, direction: Direction, future: bool) -> T | None:
    """The candidate nearest ``reference`` on the side ``direction`` (and ``future``) says."""
    if direction == "latest":
        direction = "next" if future else "last"
        inclusive = True
    else:
        inclusive = False
    if direction == "last":
        before = [c for c in candidates if c < reference or (inclusive and c == reference)]
        return max(before, default=None)
    after = [c for c in candidates if c > reference or (inclusive and c == reference)]
    return min(after, default=None)
