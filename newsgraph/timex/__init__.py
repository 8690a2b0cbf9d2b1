"""Time expressions resolved against the publication date, with their granularity.

>>> import datetime as dt
>>> from newsgraph import timex
>>> timex.resolve("mardi dernier", dt.date(2024, 6, 20), "fr")
TimeValue(value='2024-06-18', granularity='day')
>>> [(m.text, m.value) for m in timex.find("Il l'a dit hier, en avril.", dt.date(2024, 6, 5), "fr")]
[('hier', '2024-06-04'), ('en avril', '2024-04')]

The conventions (past bias, weeks to their month, weekday names) are described in
``docs/dates.md``; the words of each language are data in ``newsgraph/lang/<code>/timex.json``.
"""

from __future__ import annotations

import datetime as dt

from .calendar import Tense
from .find import find, resolve
from .grammar import grammar
from .values import Granularity, Kind, TimeMention, TimeValue

VERSION = "timex.v2"

__all__ = [
    "VERSION",
    "Granularity",
    "Kind",
    "Resolver",
    "TimeMention",
    "TimeValue",
    "find",
    "resolve",
    "version",
]


def version(lang: str) -> str:
    """The version to record for results in ``lang``: the code's and its data files'."""
    return "+".join((VERSION, *grammar(lang).versions))


class Resolver:
    """:func:`resolve` as a ``DateResolver`` (``newsgraph.evaluate.adapters``): the value as a
    string, or None."""

    def __init__(self, future: Tense = None) -> None:
        self.future = future

    def resolve(self, expression: str, reference: dt.date, lang: str) -> str | None:
        value = resolve(expression, reference, lang, self.future)
        return None if value is None else value.value
