"""Readers: files, directories, gzip, plain text, HTML, JSON Lines and WARC to :class:`Article`
objects.

A bad input never stops the others: its :class:`~newsgraph.errors.InputError` goes to the
``on_error`` callback (which may raise it) and reading goes on.
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..article import Article
from ..errors import InputError, InputTooLarge
from ..options import Options
from . import html as html_reader
from .decode import decode
from .records import parse_lines

__all__ = ["ErrorHandler", "read", "read_text"]

ErrorHandler = Callable[[InputError], None]

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = frozenset({".warc"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def read(
    paths: Iterable[str | Path], options: Options, on_error: ErrorHandler
) -> Iterator[Article]:
    """Every article in ``paths`` (files or directories, searched recursively; ``-`` is stdin)."""
    for path in paths:
        if str(path) == "-":
            yield from _guard(lambda: iter([_from_stream(sys.stdin.buffer, options)]), on_error)
            continue
        for file in _expand(Path(path), on_error):
            yield from _read_file(file, options, on_error)


def read_text(text: str, *, origin: str = "<text>", options: Options | None = None) -> Article:
    """An article from a string of raw text or HTML."""
    if html_reader.looks_like_html(text):
        return _from_html(text, origin)
    return Article(raw=text, origin=origin)


def _expand(path: Path, on_error: ErrorHandler) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.is_file() and not hidden and _format(child) is not None:
                yield child
    elif path.is_file():
        yield path
    else:
        on_error(InputError(str(path), "no such file or directory", "check the path"))


def _format(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def _read_file(path: Path, options: Options, on_error: ErrorHandler) -> Iterator[Article]:
    if _format(path) == "jsonl":
        yield from _guard(lambda: _jsonl(path, options, on_error), on_error)
        return
    if _format(path) == "warc":
        yield from _guard(lambda: _warc(path, options, on_error), on_error)
        return
    yield from _guard(lambda: iter([_document(path, options)]), on_error)


def _guard(produce: Callable[[], Iterator[Article]], on_error: ErrorHandler) -> Iterator[Article]:
    try:
        yield from produce()
    except InputError as error:
        on_error(error)


def _jsonl(path: Path, options: Options, on_error: ErrorHandler) -> Iterator[Article]:
    with _open(path) as stream:
        try:
            for item in parse_lines(iter(stream), str(path), options):
                if isinstance(item, InputError):
                    on_error(item)
                else:
                    yield item
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(
                str(path),
                f"the gzip stream is corrupt or truncated ({error})",
                "re-download or re-compress the file",
            ) from error


def _warc(path: Path, options: Options, on_error: ErrorHandler) -> Iterator[Article]:
    from .warc import read_warc  # warcio is imported only when a WARC file is read

    for item in read_warc(path, options):
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item


def _document(path: Path, options: Options) -> Article:
    """A text or HTML file holding one article."""
    origin = str(path)
    if not path.name.lower().endswith(".gz") and path.stat().st_size > options.max_bytes:
        raise _too_large(origin, path.stat().st_size, options)
    with _open(path) as stream:
        try:
            data = stream.read(options.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(
                origin,
                f"the gzip stream is corrupt or truncated ({error})",
                "re-download or re-compress the file",
            ) from error
    if len(data) > options.max_bytes:
        raise _too_large(origin, len(data), options, at_least=True)
    text, _ = decode(data, origin, options.encoding)
    if _format(path) == "html" or html_reader.looks_like_html(text):
        return _from_html(text, origin)
    return Article(raw=text, origin=origin)


def _from_stream(stream: BinaryIO, options: Options) -> Article:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise _too_large("<stdin>", len(data), options, at_least=True)
    text, _ = decode(data, "<stdin>", options.encoding)
    return read_text(text, origin="<stdin>", options=options)


def _from_html(markup: str, origin: str) -> Article:
    return html_reader.extract(markup, origin).article(origin)


def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _too_large(origin: str, size: int, options: Options, at_least: bool = False) -> InputTooLarge:
    over = "over" if at_least else ""
    return InputTooLarge(
        origin,
        f"{over + ' ' if over else ''}{size / 1e6:.1f} MB, larger than the "
        f"{options.max_bytes / 1e6:.1f} MB limit for one article",
        "split it into articles (JSON Lines) or raise --max-bytes",
    )
