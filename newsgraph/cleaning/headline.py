"""Which line above the body is the headline.

A page's header holds more than the headline: the outlet's masthead ("La Tribune d'Afrique de
l'Ouest"), its tagline ("Le magazine des questions stratégiques", "Tidewater Herald — Independent
since 1889"), the date of the issue ("Friday, December 15, 2023"), the weather ("LaPlace, LA
64°F Partly cloudy") and section labels. The headline is the first plausible line above the
body that is none of those; a line that reads like a name (every significant word capitalised,
and few of them) is passed over only when a later line can be the headline, since some outlets
write their headlines in title case.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lines import Line

#: A headline is at least this many words (and at most ``HEADLINE_MAX``).
HEADLINE_MIN, HEADLINE_MAX = 4, 40
#: A line with a full date or a temperature and at most this many words is the date of the
#: issue or the weather.
DATE_LINE_WORDS = 7
#: A line with at most this many significant words, all capitalised, reads like a name.
NAME_WORDS = 5

_PARTS = re.compile(r"\s+[|—–·•]\s+")
_TEMPERATURE = re.compile(r"\d\s?°\s?[CF]\b")
_TOKENS = re.compile(r"[^\W\d_][^\s'’]*")


def choose_headline(
    lines: list[Line],
    reasons: list[str | None],
    first: int,
    last: int,
    lexicon: Lexicon,
    stories: bool = False,
) -> tuple[str | None, int]:
    """The headline and the body's first line: a line above the body, or the body's first
    but on a page of several ``stories``, where that line is the first story's title."""
    candidates = [
        index
        for index in range(first)
        if reasons[index] is None
        and HEADLINE_MIN <= lines[index].words <= HEADLINE_MAX
        and not is_masthead(lines[index], lexicon)
    ]
    plain = [index for index in candidates if not reads_like_name(lines[index], lexicon)]
    chosen = plain or candidates
    if chosen:
        reasons[chosen[0]] = "headline"
        return lines[chosen[0]].text, first
    if (
        not stories
        and first < last
        and lines[first].words <= HEADLINE_MAX
        and not lines[first].sentence_like
    ):
        reasons[first] = "headline"
        return lines[first].text, first + 1
    return None, first


def is_masthead(line: Line, lexicon: Lexicon) -> bool:
    """A tagline of the outlet (in any part of a line split by bars and dashes), or a short
    line with the date of the issue or the weather ("Mardi 28 mai 2024 - Valence 19°C")."""
    parts = _PARTS.split(line.text)
    if any(pattern.search(part) for part in parts for pattern in lexicon.masthead):
        return True
    if line.words > DATE_LINE_WORDS:
        return False
    dated = any(next(iter(dates.find(line.text)), None) for dates in lexicon.dates)
    return dated or _TEMPERATURE.search(line.text) is not None


def reads_like_name(line: Line, lexicon: Lexicon) -> bool:
    """Every significant word capitalised, and few of them ("Le Courrier des Outre-mer",
    "AOP - Agence Ouest-Africaine de Presse"); a colon makes it a headline ("Mali : …")."""
    if ":" in line.text:
        return False
    tokens = _TOKENS.findall(line.text)
    significant = [t for t in tokens if t.casefold() not in lexicon.function_words]
    return 0 < len(significant) <= NAME_WORDS and all(t[0].isupper() for t in significant)
