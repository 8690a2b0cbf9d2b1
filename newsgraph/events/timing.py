"""When an event happened: the time expressions of a sentence and the one that dates it.

The date comes from :mod:`newsgraph.timex` when it is installed: the time expression of the
event's clause nearest to the trigger, resolved against the publication date; else the one
time expression of the sentence. A dateline's date is the day the report was filed, not
one of its news; an expression counted from an earlier date ("the following day") is counted
from the last date the text gave before it. Where it happened is in :mod:`.setting`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..article import Article
from ..errors import ConfigurationError
from .discourse import Discourse, TimeWords, paragraph_start
from .syntax import Token, Tree


@dataclass(frozen=True, slots=True)
class Moment:
    """A resolved time expression of a sentence, in article offsets; ``anaphoric`` when it
    counts from a date the text gave before ("le lendemain", "two days later"), ``text``
    its words; ``ahead`` when it dates only the event named after it ("a week after Russia
    freed him"); ``kind`` the kind :mod:`newsgraph.timex` gives it ("absolute", "calendar",
    …); ``later`` when it starts after the publication, however coarse its value ("next week",
    "later this month": a month that may be the publication's own)."""

    start: int
    end: int
    value: str
    anaphoric: bool = False
    text: str = ""
    ahead: bool = False
    kind: str = ""
    later: bool = False


Finder = Callable[..., list[Any]]


@cache
def timex_finder() -> Finder | None:
    """``newsgraph.timex.find`` when that module is installed, else None."""
    try:
        module = importlib.import_module("newsgraph.timex")
    except ImportError:
        return None
    finder: Finder | None = getattr(module, "find", None)
    return finder


def timex_version(code: str) -> str | None:
    """The version :mod:`newsgraph.timex` records for ``code`` ("timex.v2+…"); None when the
    module is not installed, has no ``version`` or has no time data for the language ("de").
    Any other failure (a bug, a broken data file read) surfaces."""
    try:
        module = importlib.import_module("newsgraph.timex")
    except ImportError:
        return None
    version: Callable[[str], object] | None = getattr(module, "version", None)
    if version is None:
        return None
    try:
        return str(version(code))
    except ConfigurationError:  # no time data for this language: no version, not a failure
        return None


def moments(
    text: str, offset: int, reference: dt.date | None, times: TimeWords, future: bool | None
) -> list[Moment]:
    """The resolved time expressions of a sentence ``text`` starting at ``offset``, in the
    language of ``times``, less those its ``bounds`` make the end of a span; without a
    ``reference`` (no publication date), only those written out in full ("en janvier 2022")."""
    code = times.code
    finder = timex_finder()
    if finder is None:
        return []
    try:
        found = finder(text, reference, code, future=future)
    except ConfigurationError:  # no time data for this language: no dates, not a failure
        return []
    bounds = times.bounds
    kept = [
        Moment(
            offset + m.start,
            offset + m.end,
            m.value,
            m.kind == "anaphoric",
            m.text,
            m.ahead,
            m.kind,
            bool(m.future) and reference is not None,
        )
        for m in found
        if m.value is not None
        and not _bounded(text[: m.start], text[m.start : m.end], bounds)
        and not dateline(text, m.start, m.end)
    ]
    return [_anchored(m, kept, text, offset, code, future) for m in kept]


def _anchored(
    moment: Moment,
    found: Sequence[Moment],
    text: str,
    offset: int,
    code: str,
    future: bool | None,
) -> Moment:
    """An expression that counts back to the event named after it, counted from the date the
    same sentence gave just before it, as fine as it ("ouvert un front le 8 octobre 2023, au
    lendemain de l'attaque": 7 October 2023), at the grain of a month or year it gave ("en
    avril 2025, au lendemain de l'attentat": April 2025), else from the publication date ("Ces
    frappes interviennent deux jours après l'adoption"): the event it follows is the news of
    the day, not one told in an earlier sentence."""
    if not moment.ahead:
        return moment
    given = [m for m in found if m.end <= moment.start and not m.anaphoric]
    value = moment.value
    if given and len(given[-1].value) < len(value) and len(given[-1].value) in (4, 7):
        value = given[-1].value
    elif given and len(given[-1].value) >= len(value) and len(given[-1].value) in (7, 10):
        anchor = dt.date.fromisoformat(given[-1].value + "-01" * (len(given[-1].value) == 7))
        finder = timex_finder()
        assert finder is not None
        for mention in finder(text, anchor, code, future=future):
            if offset + mention.start == moment.start and mention.value is not None:
                value = mention.value
    return replace(moment, value=value, anaphoric=False)


#: A dateline's place in capitals, with an optional country or region, then a comma: "BAMAKO, ",
#: "ADEN, Yemen, ", "KYIV/SEOUL, " (up to the date it gives).
_DATELINE_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’./ -]+,(?:\s+[A-Z][\w .'’-]{1,30},)?\s+$")
#: What follows a dateline's date: a source in parentheses, and a dash.
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:[-—–]|$)")


def dateline_alone(text: str) -> bool:
    """Whether a sentence is a dateline and nothing more ("BAMAKO, 8 avril (AOP) -", or
    without its dash, which the sentence splitter may leave to the next sentence), or only
    punctuation: the news it dates comes in the sentence after it."""
    line = text.strip()
    if not any(c.isalnum() for c in line):
        return True
    body = line.rstrip("-—– ")
    ended = body != line or body.endswith(")") or body[-1:].isdigit()
    return ended and bool(_DATELINE_PLACE.match(body[: body.find(",") + 2]))


def dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the date of a dateline ("BAMAKO, 8 avril (AOP) -",
    "UNITED NATIONS, Oct 25 -"): the day the report was filed, not the date of its news."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(_DATELINE_PLACE.fullmatch(line)) and bool(_DATELINE_END.match(text, end))


def _bounded(before: str, expression: str, bounds: tuple[str, ...]) -> bool:
    """Whether a bound word ends the text before the expression or begins it."""
    before = before.lower().replace("’", "'").rstrip()
    expression = expression.lower().replace("’", "'")
    return any(before.endswith(b) or expression.startswith(b) for b in bounds)


#: How many days before its publication a report's news may be (a monthly's: a month).
NEWS_DAYS = 31


def day_named(text: str, offset: int, reference: dt.date | None, times: TimeWords) -> str | None:
    """The first day a sentence names on its own ("a approuvé mardi soir le protocole"), not
    one counted from another date, in the month before ``reference``: the day of the news,
    when that sentence is the lead (not "signeront un accord le 28 juin"). None for a dateline
    alone, whose news comes in the sentence after it."""
    if reference is None or dateline_alone(text):
        return None
    for moment in moments(text, offset, reference, times, False):
        if len(moment.value) != 10 or moment.anaphoric or moment.ahead:
            continue
        try:
            days = (reference - dt.date.fromisoformat(moment.value)).days
        except ValueError:
            continue
        if 0 <= days <= NEWS_DAYS:
            return moment.value
    return None


def event_date(
    found: Sequence[Moment],
    clause: tuple[int, int],
    trigger: int,
    governed: Callable[[Moment], int] = lambda _: 0,
) -> Moment | None:
    """The expression that hangs on the trigger or a verb of its chain, the closest hanging
    first (``governed``, see :func:`modifier_of`: "Le 17 juin, X a abordé …", not the
    "depuis 1999" of its object's relative clause);
    else the one inside the event's clause nearest to its trigger; else the sentence's
    expression of a day or month nearest to it. A bare year outside the clause dates some other
    thing ("the 1960 treaty", "qui réunissait depuis 2010 les armées"), not the event. An
    expression that counts back to the event named after it ("The meeting came a week after
    Russia freed him") dates no trigger before it, and a year that names another thing (``governed``
    -1: "suspended the 1960 Indus Waters Treaty") no event at all."""
    found = [m for m in found if (not m.ahead or trigger >= m.end) and governed(m) >= 0]
    own = [m for m in found if governed(m)]
    if own:
        return min(own, key=lambda m: (-governed(m), abs(m.start - trigger)))
    inside = [m for m in found if clause[0] <= m.start and m.end <= clause[1]]
    if inside:
        return min(inside, key=lambda m: abs(m.start - trigger))
    elsewhere = [m for m in found if len(m.value) > 4]
    if elsewhere:
        return min(elsewhere, key=lambda m: abs(m.start - trigger))
    return None


def counted_from(moment: Moment, earlier: str | None, code: str, future: bool | None) -> str | None:
    """The date of an anaphoric expression counted from the date the text gave before it
    ("The crisis began on April 22 … The following day": April 23); its own value for an
    expression that counts from nothing. None where it cannot be counted: no date before it,
    one coarser than the expression (a month counts for a month or a year, not for "the next
    day": "in July 2023 … in August that year"), or no finder to count with."""
    if not moment.anaphoric:
        return moment.value
    finder = timex_finder()
    if earlier is None or finder is None:
        return None
    if len(earlier) < len(moment.value) or len(earlier) not in (4, 7, 10):
        return None
    try:
        day = earlier + "-01" * ((10 - len(earlier)) // 3)
        found = finder(moment.text, dt.date.fromisoformat(day), code, future=future)
    except (ConfigurationError, ValueError):
        return None
    values = [m.value for m in found if m.value is not None]
    return values[0] if values else None


def before(value: str, published: dt.date | None) -> bool:
    """Whether a date lies in an earlier month or year than the publication, or is a day
    more than ``NEWS_DAYS`` before it: on a plan or a possibility that time is the background
    of when it was announced or considered ("s'était engagé en mars 2023 à verser", "agreed
    last October to supply", "had proposed in 2019 to buy"), not when it is to happen. A recent
    day is the news itself, which may be the one the plan is dated by ("a annoncé hier le
    déploiement")."""
    if published is None:
        return False
    if len(value) == 10:
        try:
            return (published - dt.date.fromisoformat(value)).days > NEWS_DAYS
        except ValueError:
            return False
    return value < published.isoformat()[: len(value)]


def day_before(
    discourse: Discourse, article: Article, start: int, times: TimeWords, at: int = -1
) -> str | None:
    """The last date the text gave before the time expression at ``at`` of the sentence at
    ``start``: an event's told before it (:meth:`Discourse.date_before`), else the last day
    named in the sentence before ("The crisis began on April 22. The following day …")."""
    newer = day_since(discourse, article, start, times)
    if newer is not None:
        return newer
    given = discourse.date_before(start, at)
    if given is not None:
        return given
    return day_told(article, min(discourse.previous, start), start, times)


def paragraph_before(text: str, start: int) -> int:
    """Where the paragraph before the one holding offset ``start`` starts."""
    return paragraph_start(text, max(paragraph_start(text, start) - 2, 0))


def day_since(discourse: Discourse, article: Article, start: int, times: TimeWords) -> str | None:
    """The last day named on its own in the paragraph of the sentence at ``start`` or the one
    before it, after the trigger of the last dated event: the narrative has moved on to it,
    and "that night", "the next day" or "within hours" count from it, not from the event told
    before ("EU leaders sat down on Thursday … ¶ The crisis began at the summit of 14
    December. … Late that night he vetoed": 14 December). Not a day after the publication, a
    plan's."""
    if discourse.last_date is None:
        return None
    since = max(discourse.last_at + 1, paragraph_before(article.text, start))
    if since >= start:
        return None
    found = moments(article.text[since:start], since, article.published, times, False)
    days = [m.value for m in found if len(m.value) == 10 and not m.anaphoric and not m.ahead]
    published = article.published.isoformat() if article.published else None
    days = [d for d in days if published is None or d <= published]
    return days[-1] if days else None


def day_told(article: Article, previous: int, start: int, times: TimeWords) -> str | None:
    """The last day named on its own before the sentence at ``start``, in the sentence before
    it (at ``previous``) or, before any event has taken a date, back to the start of the
    paragraph before: the time a narrative has set for what it tells next ("When Tepco opened
    the valves on August 24, 2023, … ¶ It did not persuade Beijing. Within hours, China's
    customs agency suspended …": August 24, 2023)."""
    text = article.text
    since = min(previous, paragraph_before(text, start))
    if since >= start:
        return None
    found = moments(text[since:start], since, article.published, times, False)
    days = [m.value for m in found if len(m.value) == 10 and not m.anaphoric and not m.ahead]
    return days[-1] if days else None


def background(tree: Tree, top: Token, pluperfect: frozenset[str]) -> bool:
    """Whether a clause is in a tense of the background: the pluperfect ("avait signé", "had
    signed") of events that came before the news (``pluperfect``: its auxiliaries)."""
    return any(c.lower_ in pluperfect for c in tree.children(top, tree.syntax.aux))
