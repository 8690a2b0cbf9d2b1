"""The year a paragraph tells: a day or month named without its year ("dès le 23 avril")
after one written out in full ("en avril 2025") lies in that year when it follows it closely,
not in the year the publication date gives it.

News names a past date in full once, then tells what followed by day and month alone: "En
avril 2025, Vilnius a fermé sa frontière et, dès le 23 avril, expulsé …", "Le 7 mai 2025,
l'armée a frappé … Un cessez-le-feu, annoncé le 10 mai, …". Read against the publication date,
"le 23 avril" would be the last 23 April before it, a year or more after the narrative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..errors import ConfigurationError
from .discourse import TimeWords, paragraph_start
from .timing import Moment, moments, timex_finder

#: How many days after the date written out in full a day or month without its year may lie
#: to take its year: the weeks that follow it, not a later turn of the report.
NEAR_DAYS = 92


def in_year_told(
    found: Sequence[Moment], text: str, start: int, reference: dt.date | None, times: TimeWords
) -> list[Moment]:
    """The time expressions ``found`` in the sentence of ``text`` starting at ``start``, those
    naming a day or month without its year in the year of the date written out in full that
    the narrative last set, in the sentence or earlier in its paragraph (:func:`told_year`)."""
    if reference is None:
        return list(found)
    paragraph = paragraph_start(text, start)
    earlier = moments(text[paragraph:start], paragraph, reference, times, False)
    anchor: str | None = None
    kept: list[Moment] = []
    for moment in (*earlier, *found):
        moment, anchor = told_year(moment, anchor, reference, times.code)
        if moment.start >= start:
            kept.append(moment)
    return kept


def told_year(
    moment: Moment, anchor: str | None, reference: dt.date, code: str
) -> tuple[Moment, str | None]:
    """``moment`` in the year of the date ``anchor`` written out in full before it, and the
    anchor for the expressions after it. A day or month whose year comes from the
    ``reference`` alone ("le 10 mai" after "le 7 mai 2025") takes the anchor's year when, read
    against it, it falls in that year, on or after it and within ``NEAR_DAYS``. One whose
    words fix its year from the reference, read the same forward and back ("mai de l'année
    dernière", "avril dernier"), one before the anchor ("le 8 octobre 2023 … le 27 septembre":
    the next year's) or a season after it keeps its own, and the narrative has left the
    anchor: what follows keeps its own too. A date in full (a day or month) is the new anchor;
    a bare year, or an expression of another year, ends the old one; one counted from another
    date or from the event after it leaves it."""
    if moment.anaphoric or moment.ahead:
        return moment, anchor
    if moment.kind == "absolute":
        return moment, moment.value if len(moment.value) >= 7 else None
    if anchor is None or moment.value[:4] == anchor[:4]:
        return moment, anchor
    if moment.kind != "calendar" or fixed(moment.text, reference, code):
        return moment, None
    value = _read_from(moment.text, anchor, code)
    if value is None or value[:4] != anchor[:4] or not _follows(value, anchor):
        return moment, None
    return replace(moment, value=value), anchor


def fixed(words: str, reference: dt.date, code: str) -> bool:
    """Whether a time expression's words fix its year from the reference: it reads the same
    forward and back ("avril dernier", "en mars de l'année dernière", "lundi 4 mars"), not a
    bare day or month ("le 23 avril", "en avril")."""
    day = reference.isoformat()
    return _read_from(words, day, code, True) == _read_from(words, day, code, False)


def _read_from(words: str, anchor: str, code: str, future: bool | None = None) -> str | None:
    """What the time expression ``words`` resolves to against the date ``anchor`` (read
    forward or back when ``future`` says so)."""
    finder = timex_finder()
    if finder is None:
        return None
    try:
        reference = dt.date.fromisoformat(_day(anchor))
        found = finder(words, reference, code, future=future)
    except (ConfigurationError, ValueError):
        return None
    values = [m.value for m in found if m.value is not None]
    return values[0] if len(values) == 1 else None


def _follows(value: str, anchor: str) -> bool:
    """Whether a day or month lies on or after ``anchor`` (at the coarser grain of the two),
    within ``NEAR_DAYS`` of it."""
    grain = min(len(value), len(anchor))
    try:
        days = (dt.date.fromisoformat(_day(value)) - dt.date.fromisoformat(_day(anchor))).days
    except ValueError:
        return False
    return value[:grain] >= anchor[:grain] and days <= NEAR_DAYS


def _day(value: str) -> str:
    """The first day of a day, month or year value."""
    return value + "-01" * ((10 - len(value)) // 3)
