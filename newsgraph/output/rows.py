"""Rows of a query as a table for people, or as JSON or CSV for machines: one place for all three.

JSON is an array with one object per line, so that it is valid JSON and still greps well.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

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
    console = Console(file=stream, highlight=False, soft_wrap=False, width=_width(stream))
    if not rows:
        console.print("no rows" + (f" ({title})" if title else ""))
        return
    table = Table(*names, title=title, title_justify="left")
    for row in rows:
        table.add_row(*(_cell(row.get(name)) for name in names))
    console.print(table)
    console.print(f"{len(rows)} rows", style="dim")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= CELL else text[: CELL - 1] + "…"


def _width(stream: TextIO) -> int | None:
    isatty = getattr(stream, "isatty", None)
    return None if isatty is not None and isatty() else 1000
