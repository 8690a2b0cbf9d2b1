"""TempEval-3 (TimeBank and AQUAINT): time expressions normalised against the document date.

Every TIMEX3 of type DATE or TIME in a document's TEXT whose value is a calendar date
(``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, a time of day cut to its date) is an item; weeks,
quarters, seasons, durations and ``PRESENT_REF`` have no form in newsgraph's dates and are left
out. The reference date is the document creation time (DCT). An answer is right as in
``GOLD.md``: the same date, or a day inside a month-level (or year-level) gold date.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..match import date_right
from .base import AdapterResult, DateResolver, tally

_CALENDAR = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$")


@dataclass(frozen=True, slots=True)
class TimexItem:
    document: str
    expression: str
    reference: dt.date
    value: str
    type: str = "DATE"

    @property
    def granularity(self) -> str:
        return {4: "year", 7: "month"}.get(len(self.value), "day")


def read_tempeval(folder: Path) -> list[TimexItem]:
    """The calendar-date expressions (DATE or TIME) of every ``.tml`` file under ``folder``,
    values cut to their date."""
    items = []
    for item in read_timexes(folder):
        match = _CALENDAR.match(item.value)
        if item.type in ("DATE", "TIME") and match:
            items.append(TimexItem(item.document, item.expression, item.reference, match[1]))
    return items


def read_timexes(folder: Path) -> list[TimexItem]:
    """Every TIMEX3 in the TEXT of every ``.tml`` file under ``folder``, as annotated."""
    return [item for path in sorted(folder.rglob("*.tml")) for item in read_document(path)]


def read_document(path: Path) -> list[TimexItem]:
    root = ET.parse(path).getroot()
    dct = root.find(".//DCT/TIMEX3")
    text = root.find("TEXT")
    if dct is None or text is None:
        return []
    reference = dt.date.fromisoformat(dct.get("value", "")[:10])
    return [
        TimexItem(
            path.stem,
            " ".join("".join(timex.itertext()).split()),
            reference,
            timex.get("value", ""),
            timex.get("type", ""),
        )
        for timex in text.iter("TIMEX3")
    ]


def score_tempeval(folder: Path, resolver: DateResolver) -> AdapterResult:
    """Date resolution accuracy, by granularity of the gold value."""
    answers = []
    for item in read_tempeval(folder):
        answer = resolver.resolve(item.expression, item.reference, "en")
        answers.append(
            (item.granularity, answer, answer is not None and date_right(answer, item.value))
        )
    return tally("tempeval", str(folder), answers)
