"""What a time expression resolves to, and where it stands in a text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Granularity = Literal["day", "month", "year"]

#: How an expression is anchored: written out in full (``absolute``); a month or day name whose
#: year comes from the reference (``calendar``); an offset from the reference (``relative``); a
#: weekday name (``weekday``); an offset from another event of the text, resolved here against
#: the reference as given (``anaphoric``).
Kind = Literal["absolute", "calendar", "relative", "weekday", "anaphoric"]


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, and its granularity."""

    value: str
    granularity: Granularity

    @classmethod
    def of(cls, date: dt.date, granularity: Granularity) -> TimeValue:
        """The value of ``date`` cut to ``granularity``."""
        width = {"year": 4, "month": 7, "day": 10}[granularity]
        return cls(date.isoformat()[:width], granularity)

    @property
    def start(self) -> dt.date:
        """The first day the value covers."""
        parts = [int(part) for part in self.value.split("-")]
        return dt.date(*parts, *[1] * (3 - len(parts)))

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression found in a text, ``text[start:end]``, and what it resolves to.

    ``value`` is None when the expression needs a reference date and none was given.
    ``future`` says that the expression points after the reference: by its words ("demain",
    "next Thursday", "in two weeks") or by its resolved value. ``ahead`` says that it dates
    the event named after it, counted back from the one before it ("a week after Russia freed
    him").
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity
    kind: Kind
    future: bool
    ahead: bool = False
