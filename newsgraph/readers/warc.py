"""WARC files, as news crawls are distributed: each HTML response record is an article.

The record's ``WARC-Target-URI`` is the article's URL; its ``WARC-Date`` (the crawl date) is the
publication date when the page's metadata gives none. Other records (requests, metadata,
redirects, errors, images and other non-HTML responses) are not articles and are passed over.
A record larger than ``Options.max_bytes``, an HTML page without article text, and a corrupt or
truncated file are reported with the record's number (``path:N``, the N-th record); the records
read before a corruption are kept.
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..article import Article
from ..errors import DecodingError, InputError, InputTooLarge
from ..options import Options
from . import html as html_reader
from .decode import decode

HTML_TYPES = ("text/html", "application/xhtml+xml")
TRUNCATED = "the record is truncated: the file ends inside it"
_BROKEN = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError)


def read_warc(path: Path, options: Options) -> Iterator[Article | InputError]:
    """The articles of a WARC file (gzipped or not), and an error for each bad record."""
    number, truncated = 0, False
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                origin = f"{path}:{number}"
                if not _is_page(record):
                    continue
                try:
                    yield _article(record, origin, options)
                except InputError as error:
                    truncated = truncated or error.why == TRUNCATED
                    yield error
    except _BROKEN as error:
        yield _corrupt(path, number + 1, str(error))
        return
    if not truncated:
        gz = path.name.lower().endswith(".gz")
        problem = _gzip_problem(path) if gz else _end_problem(path)
        if problem:
            yield _corrupt(path, number + 1, problem)


def count_records(path: Path) -> int:
    """How many HTML responses the file holds (for a progress bar); stops at a corruption."""
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                count += _is_page(record)
    except _BROKEN:
        pass
    return count


def _is_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    kind = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and kind.startswith(HTML_TYPES)


def _article(record: Any, origin: str, options: Options) -> Article:
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputTooLarge(
            origin,
            f"the record's page is over the {options.max_bytes:,}-byte limit for one article",
            "raise --max-bytes",
        )
    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside the record
        raise InputError(origin, TRUNCATED, "re-download the file")
    charset = _charset(record)
    try:
        text, _ = decode(data, origin, charset or options.encoding)
    except DecodingError:
        if not charset:
            raise
        text, _ = decode(data, origin, options.encoding)  # a wrong charset header: detect it
    url = record.rec_headers.get_header("WARC-Target-URI")
    page = html_reader.extract(text, origin, url)
    article = page.article(origin, url=url)
    article.published = page.published or _warc_date(record.rec_headers.get_header("WARC-Date"))
    return article


def _charset(record: Any) -> str | None:
    kind = record.http_headers.get_header("Content-Type") or ""
    for part in kind.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'").lower()
    return None


def _warc_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _gzip_problem(path: Path) -> str | None:
    """Why the gzip stream is broken (warcio stops silently at a truncation), or ``None``."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as error:
        return str(error)
    return None


def _end_problem(path: Path) -> str | None:
    """Why an uncompressed WARC file is cut short: every record ends with a blank line."""
    with path.open("rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - 4))
        end = stream.read()
    return None if size == 0 or end == b"\r\n\r\n" else "the file does not end a record"


def _corrupt(path: Path, number: int, why: str) -> InputError:
    return InputError(
        f"{path}:{number}",
        f"the WARC file is corrupt or truncated from this record on ({why})",
        "re-download the file; the records before this one were read",
    )
