"""Calendar arithmetic behind the rules: offsets, and the nearest date that fits a name.

A ``direction`` says which of the dates that fit a name ("avril", "3 août", "mardi") is meant,
relative to the reference: ``latest`` the nearest on or before it (the past bias of reported
news), or on or after it when the sentence speaks of the future; ``last`` the nearest strictly
before ("mardi dernier", "last April"); ``next`` the nearest strictly after ("jeudi prochain");
``this`` the one in the reference's year. In a sentence of either tense (``future`` None), a
month or a day of a month whose latest date lies ``NEAR`` months or less short of a year back is
the coming one (:func:`near`); in one that tells what took place (False), the latest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal, TypeVar

Direction = Literal["latest", "last", "next", "this"]
#: What the sentence tells: the future (True), what took place (False), or either (None).
Tense = bool | None
DIRECTIONS: tuple[Direction, ...] = ("latest", "last", "next", "this")

#: How many years around the reference a day name may fall (29 February recurs within 8).
_YEARS = 8
#: How many days after the reference a day of a month told in the past may still fall: a
#: publication date may precede by a day or two the day it reports (a time zone, a first
#: version), and news does not name a day of a month a year ago without its year.
GRACE = 3
#: How many months ahead of the reference's month the next date fitting a month or a day of a
#: month may fall and still be the one meant, rather than the latest one, ten months or more
#: back: news names a day or month that far back with its year ("en avril 2023"), and without
#: one what comes soon ("se retrouver début juillet", "when Putin visits Turkey in August",
#: "recognise a Palestinian state on May 28").
NEAR = 2

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


def weekday(reference: dt.date, day: int, direction: Direction, future: Tense) -> dt.date | None:
    """The weekday ``day`` (Monday 0) nearest the reference in ``direction``."""
    candidates = (add_days(reference, offset) for offset in range(-7, 8))
    return _pick(
        [d for d in candidates if d is not None and d.weekday() == day],
        reference,
        "latest" if direction == "this" else direction,
        bool(future),
    )


def month(reference: dt.date, number: int, direction: Direction, future: Tense) -> dt.date | None:
    """The first day of the month ``number`` nearest the reference in ``direction``."""
    if not 1 <= number <= 12:
        return None
    years = range(reference.year - 1, reference.year + 2)
    if direction == "this":
        return dt.date(reference.year, number, 1)
    found = _pick(
        [(year, number) for year in years],
        (reference.year, reference.month),
        direction,
        bool(future),
    )
    if found is None:
        return None
    return near(reference, dt.date(found[0], found[1], 1), direction, future)


def day_of_month(
    reference: dt.date, number: int, day: int, direction: Direction, future: Tense
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
    found = _pick(dates, reference, direction, bool(future))
    return None if found is None else near(reference, found, direction, future)


def near(reference: dt.date, found: dt.date, direction: Direction, future: Tense) -> dt.date:
    """The date a month or a day of a month without its year names in a sentence of either
    tense (``future`` None), ``found`` the latest on or before the reference: the same a year
    on when that falls ``NEAR`` months or less after the reference's month. Published
    2024-06-20, "le 3 août" is 2024-08-03 and "in July" 2024-07, not ten or eleven months
    back; "en mai" stays 2024-05, and "in September" 2023-09."""
    if direction != "latest" or future is not None or found > reference:
        return found
    ahead = date_or_none(found.year + 1, found.month, found.day)
    if ahead is None:
        return found
    months = (ahead.year - reference.year) * 12 + ahead.month - reference.month
    return ahead if months <= NEAR else found


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
