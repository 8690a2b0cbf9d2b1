"""Absolute dates written in text ("le 3 août 2023", "Aug. 3, 2023", "2023-08-03", "03/08/2023").

The month names, the order of numeric dates and the written forms are language data
(``newsgraph/lang/<code>/dates.json``); this module only compiles them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import lang
from .textutil import nlp_view

_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class DateGrammar:
    """Compiled patterns for the absolute dates of one language."""

    version: str
    months: dict[str, int]
    numeric_order: str
    written: tuple[re.Pattern[str], ...]

    @classmethod
    def build(cls, code: str) -> DateGrammar:
        data = lang.load(code, "dates")
        months = {name.lower(): number for name, number in data["months"].items()}
        parts = {
            "day": rf"(?P<day>[0-3]?\d)(?:{'|'.join(data['day_suffixes'])})?",
            "month": "(?P<month>" + "|".join(_alternatives(months)) + ")",
            "year": r"(?P<year>(?:19|20)\d\d)",
            "weekday": "(?:" + "|".join(re.escape(w) for w in data["weekdays"]) + ")",
        }
        written = tuple(
            re.compile(
                r"(?<!\w)" + form.format(**parts).replace(" ", r"\s+") + r"(?!\w)", re.IGNORECASE
            )
            for form in data["absolute"]
        )
        return cls(data["version"], months, data["numeric_order"], written)

    def find(self, text: str) -> Iterator[dt.date]:
        """Every valid absolute date in ``text``."""
        text = nlp_view(text)
        for pattern in self.written:
            for match in pattern.finditer(text):
                month = self.months[match["month"].lower()]
                yield from _valid(int(match["year"]), month, int(match["day"]))
        for match in _ISO.finditer(text):
            yield from _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        for match in _NUMERIC.finditer(text):
            a, b = int(match["a"]), int(match["b"])
            day, month = (a, b) if self.numeric_order == "dmy" else (b, a)
            yield from _valid(int(match["year"]), month, day)


def _alternatives(months: dict[str, int]) -> list[str]:
    return [
        re.escape(name) + (r"(?!\w)" if not name.endswith(".") else "")
        for name in sorted(months, key=len, reverse=True)
    ]


def _valid(year: int, month: int, day: int) -> Iterator[dt.date]:
    try:
        yield dt.date(year, month, day)
    except ValueError:
        return


@cache
def grammar(code: str) -> DateGrammar:
    """The date grammar of a language, compiled once per process."""
    return DateGrammar.build(code)
