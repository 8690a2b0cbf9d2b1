"""newsgraph: news articles in, structured and verifiable political event data out.

>>> import newsgraph
>>> article = newsgraph.process_text(raw_page)                 # doctest: +SKIP
>>> article.title, article.language, article.published         # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Actor, Article, Caption, Entity, Event, Quote, Removed, Span
from .errors import (
    BinaryInput,
    ConfigurationError,
    DecodingError,
    EmptyInput,
    InputError,
    InputTooLarge,
    MalformedRecord,
    ModelNotInstalled,
    NewsgraphError,
    PipelineError,
    StageError,
    StoreError,
)
from .options import Options
from .pipeline import Pipeline
from .readers import ErrorHandler, read, read_text
from .serialize import SCHEMA, from_dict, to_dict

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "BinaryInput",
    "Caption",
    "ConfigurationError",
    "DecodingError",
    "EmptyInput",
    "Entity",
    "ErrorHandler",
    "Event",
    "InputError",
    "InputTooLarge",
    "MalformedRecord",
    "ModelNotInstalled",
    "NewsgraphError",
    "Options",
    "Pipeline",
    "PipelineError",
    "Quote",
    "Removed",
    "Span",
    "StageError",
    "StoreError",
    "__version__",
    "from_dict",
    "process_files",
    "process_text",
    "read",
    "read_text",
    "to_dict",
]


def process_text(text: str, options: Options | None = None) -> Article:
    """Run the whole pipeline on one raw page (plain text or HTML)."""
    return Pipeline.from_options(options)(read_text(text))


def process_files(
    paths: Iterable[str | Path],
    options: Options | None = None,
    on_error: ErrorHandler | None = None,
) -> Iterator[Article]:
    """Run the whole pipeline on files and directories, streaming articles as they are done.

    Bad inputs go to ``on_error`` (by default they raise).
    """
    options = options or Options()
    pipeline = Pipeline.from_options(options)
    return pipeline.pipe(read(paths, options, on_error or _raise))


def _raise(error: InputError) -> None:
    raise error
