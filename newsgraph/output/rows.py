"""Rows of a query as a table for people, or as JSON or CSV for machines: one place for all three.

JSON is an array with one object per line, so that it is valid JSON and still greps well.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

ROW_FORMATS = ("table", "json", "csv")
#: Longest cell shown in a table; JSON and CSV keep every character.
CELL = 90


def write_rows(
    rows: Sequence[dict[str, Any]],
    stream: TextIO,
    fmt: str = "table",
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Write ``rows`` (dicts sharing their keys) as ``table``, ``json`` or ``csv``."""
    names = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        body = ",\n".join(json.dumps(_pick(row, names), ensure_ascii=False) for row in rows)
        stream.write(f"[\n{body}\n]\n" if rows else "[]\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([_csv(row.get(name)) for name in names] for row in rows)
    elif fmt == "table":
        _table(rows, names, stream, title)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(ROW_FORMATS)}")


def _pick(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    return {name: row.get(name) for name in names}


def _csv(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return "" if value is None else value


def _table(
    rows: Sequence[dict[str, Any]], names: list[str], stream: TextIO, title: str | None
) -> None:
    """Aligned columns in plain text: quick to print however many rows, easy to grep."""
    if not rows:
        stream.write("no rows" + (f" ({title})" if title else "") + "\n")
        return
    cells = [[_cell(row.get(name)) for name in names] for row in rows]
    numeric = [all(_number(row.get(name)) for row in rows) for name in names]
    widths = [max(len(name), *(len(line[i]) for line in cells)) for i, name in enumerate(names)]
    if title:
        stream.write(title + "\n")
    stream.write(_line(names, widths, numeric))
    stream.write("  ".join("-" * width for width in widths) + "\n")
    for line in cells:
        stream.write(_line(line, widths, numeric))
    stream.write(f"{len(rows)} rows\n")


def _line(cells: Sequence[str], widths: list[int], numeric: list[bool]) -> str:
    padded = (
        c.rjust(w) if right else c.ljust(w)
        for c, w, right in zip(cells, widths, numeric, strict=True)
    )
    return "  ".join(padded).rstrip() + "\n"


def _number(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= CELL else text[: CELL - 1] + "…"
