"""Articles from structured records: JSON Lines objects (and, later, other record formats)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..article import Article
from ..errors import EmptyInput, InputTooLarge, MalformedRecord
from ..options import Options
from . import html as html_reader

#: Fields a JSON Lines record may carry; ``text`` or ``html`` is required.
FIELDS = ("id", "url", "title", "published", "source", "language", "authors", "text", "html")


def parse_lines(
    lines: Iterator[bytes], path: str, options: Options
) -> Iterator[Article | MalformedRecord | InputTooLarge | EmptyInput]:
    """One article per non-blank line; a bad line yields its error and reading goes on."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{path}:{number}"
        if not raw.strip():
            continue
        if len(raw) > options.max_bytes:
            yield InputTooLarge(
                origin,
                f"the line is {len(raw):,} bytes, over the {options.max_bytes:,}-byte limit",
                "raise --max-bytes",
            )
            continue
        try:
            yield from_record(_object(raw, origin), origin)
        except (MalformedRecord, EmptyInput) as error:
            yield error


def _object(raw: bytes, origin: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except UnicodeDecodeError as error:
        raise MalformedRecord(
            origin, f"the line is not UTF-8 ({error.reason})", "JSON Lines must be UTF-8"
        ) from error
    except json.JSONDecodeError as error:
        raise MalformedRecord(
            origin, f"malformed JSON: {error.msg} (column {error.colno})", "fix or remove the line"
        ) from error
    if not isinstance(value, dict):
        raise MalformedRecord(
            origin,
            f"expected a JSON object, got {type(value).__name__}",
            'write one {"text": ...} object per line',
        )
    return value


def from_record(record: dict[str, Any], origin: str) -> Article:
    """An article from a record with ``text`` or ``html`` and optional metadata."""
    authors = record.get("authors")
    metadata: dict[str, Any] = {
        "id": _string(record, "id", origin) or "",
        "url": _string(record, "url", origin),
        "title": _string(record, "title", origin),
        "published": _published(record, origin),
        "source": _string(record, "source", origin),
        "language": _string(record, "language", origin),
        "authors": [str(a) for a in authors] if isinstance(authors, list) else [],
    }
    text, page = _text(record, origin)
    if page is not None:
        return page.article(origin, **metadata)
    return Article(raw=text, origin=origin, **metadata)


def _text(record: dict[str, Any], origin: str) -> tuple[str, html_reader.Page | None]:
    text, markup = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return text, None
    if isinstance(markup, str) and markup.strip():
        page = html_reader.extract(markup, origin, _string(record, "url", origin))
        return page.text, page
    if text is None and markup is None:
        raise MalformedRecord(
            origin,
            "the record has neither 'text' nor 'html'",
            f"give one of them; known fields: {', '.join(FIELDS)}",
        )
    raise EmptyInput(origin, "the record's text is empty", "give the article's text")


def _string(record: dict[str, Any], key: str, origin: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and key == "id":
        return str(value)
    raise MalformedRecord(origin, f"field '{key}' must be a string, not {type(value).__name__}")


def _published(record: dict[str, Any], origin: str) -> dt.date | None:
    value = _string(record, "published", origin)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as error:
        raise MalformedRecord(
            origin, f"'published' is not an ISO date: {value!r}", "write it as YYYY-MM-DD"
        ) from error
