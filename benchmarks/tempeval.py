"""Date resolution on TempEval-3 (TimeBank and AQUAINT): newsgraph's ``timex`` beside dateparser.

    python benchmarks/tempeval.py ../shared/data/tempeval3_tbaq_cleaned [--errors 30] [--json]

Every TIMEX3 of type DATE whose gold value is a calendar date (``YYYY``, ``YYYY-MM``,
``YYYY-MM-DD``) is resolved from its text against the document creation time (DCT). DATE values
that newsgraph's dates cannot hold (weeks, quarters, seasons, decades, ``PRESENT_REF``, partly
unknown ``XXXX-…``) are counted apart, and so are TIME expressions with a calendar date (cut to
the date); DURATION and SET are left out. For each system:

- coverage: the share of items answered;
- exact: the answer is the gold value, granularity included;
- at gold granularity: the answer, cut to the gold's granularity, is the gold value (a day
  inside a month-level gold date counts, as in ``GOLD.md``).

dateparser is given the DCT as its relative base, once with its default settings and once
preferring past dates; its period (day, week, month, year) sets the granularity of its answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dateparser.date import DateDataParser  # type: ignore[import-untyped]

from newsgraph import timex
from newsgraph.evaluate.adapters.tempeval import TimexItem, read_timexes

_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_WIDTH = {"year": 4, "month": 7, "week": 10, "day": 10, "time": 10}

Item = TimexItem
Answer = Callable[[Item], "str | None"]


def read_items(folder: Path) -> list[Item]:
    """Every TIMEX3 in the TEXT of every ``.tml`` file under ``folder``."""
    return read_timexes(folder)


def ours(item: Item) -> str | None:
    value = timex.resolve(item.expression, item.reference, "en")
    return None if value is None else value.value


def ours_told_tense(item: Item) -> str | None:
    """Ours, told that the sentence speaks of the future when the gold lies after the DCT: the
    most a caller passing ``future=True`` from the sentence's tense can gain (an oracle)."""
    future = item.value > item.reference.isoformat()[: len(item.value)]
    value = timex.resolve(item.expression, item.reference, "en", future=future)
    return None if value is None else value.value


def dateparser_answer(prefer: str) -> Answer:
    def answer(item: Item) -> str | None:
        base = dt.datetime.combine(item.reference, dt.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(item.expression)
        if data.date_obj is None:
            return None
        date: dt.date = data.date_obj.date()
        return date.isoformat()[: _WIDTH.get(data.period or "day", 10)]

    return answer


def score(items: Sequence[Item], answer: Answer) -> dict[str, Any]:
    answers = [(item, answer(item)) for item in items]
    by: dict[str, Counter[str]] = {}
    for item, got in answers:
        tally = by.setdefault(item.granularity, Counter())
        tally["total"] += 1
        tally["answered"] += got is not None
        tally["exact"] += got == item.value
        tally["at_granularity"] += got is not None and got[: len(item.value)] == item.value
    total = sum(by.values(), Counter())
    return {
        "all": _rates(total),
        "by_granularity": {name: _rates(tally) for name, tally in sorted(by.items())},
        "wrong": [
            (item.reference.isoformat(), item.expression, item.value, got)
            for item, got in answers
            if got is None or got[: len(item.value)] != item.value
        ],
    }


def _rates(tally: Counter[str]) -> dict[str, float | int]:
    total = tally["total"] or 1
    return {
        "total": tally["total"],
        "coverage": round(tally["answered"] / total, 3),
        "exact": round(tally["exact"] / total, 3),
        "at_granularity": round(tally["at_granularity"] / total, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="tempeval3_tbaq_cleaned")
    parser.add_argument("--errors", type=int, default=0, help="show this many of ours wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    items = read_items(args.folder)
    dates = [i for i in items if i.type == "DATE" and _CALENDAR.match(i.value)]
    times = [
        Item(i.document, i.expression, i.reference, i.value[:10], i.type)
        for i in items
        if i.type == "TIME" and _CALENDAR.match(i.value[:10]) and i.value[10:11] in ("", "T")
    ]
    counts = Counter(i.type for i in items)
    counts["DATE not a calendar value"] = sum(
        i.type == "DATE" and not _CALENDAR.match(i.value) for i in items
    )
    systems: dict[str, Answer] = {
        timex.version("en"): ours,
        "timex, tense oracle": ours_told_tense,
        "dateparser (default)": dateparser_answer("current_period"),
        "dateparser (past)": dateparser_answer("past"),
    }
    results = {
        name: {"DATE": score(dates, answer), "TIME": score(times, answer)}
        for name, answer in systems.items()
    }
    if args.json:
        figures = {
            n: {k: {**v, "wrong": len(v["wrong"])} for k, v in r.items()}
            for n, r in results.items()
        }
        print(json.dumps({"items": dict(counts), "results": figures}, indent=2))
    else:
        report(counts, results)
    for reference, expression, gold, got in results[timex.version("en")]["DATE"]["wrong"][
        : args.errors
    ]:
        print(f"  {reference}  {expression!r:40} gold {gold:10}  ours {got}")


def report(counts: Counter[str], results: dict[str, dict[str, dict[str, Any]]]) -> None:
    print("TIMEX3 in TEXT:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for kind in ("DATE", "TIME"):
        print(f"\n{kind} expressions with a calendar value")
        print(f"{'system':34} {'gold':6} {'n':>5} {'coverage':>9} {'exact':>7} {'at gran.':>9}")
        for name, result in results.items():
            for label, rates in [
                ("all", result[kind]["all"]),
                *result[kind]["by_granularity"].items(),
            ]:
                print(
                    f"{name:34} {label:6} {rates['total']:5d} {rates['coverage']:9.3f}"
                    f" {rates['exact']:7.3f} {rates['at_granularity']:9.3f}"
                )


if __name__ == "__main__":
    main()
