"""The one exception hierarchy of newsgraph.

Every error says what failed, why, and how to fix it::

    NewsgraphError
    ├── InputError            one input (file, line, record) cannot be read
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── DecodingError
    │   ├── InputTooLarge
    │   └── MalformedRecord
    ├── ConfigurationError    options or installed resources are wrong
    │   └── ModelNotInstalled
    ├── PipelineError         the stages do not fit together
    ├── StageError            a stage failed on one article
    └── StoreError            the database cannot be opened, migrated, written or queried
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: ``what`` failed, ``why``, and a ``fix`` hint."""

    def __init__(self, what: str, why: str, fix: str = "") -> None:
        self.what = what
        self.why = why
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.what}: {self.why}"
        return f"{text}; {self.fix}" if self.fix else text


class InputError(NewsgraphError):
    """One input cannot be read; the others can still be processed.

    ``origin`` names the input as ``path`` or ``path:line``.
    """

    def __init__(self, origin: str, why: str, fix: str = "") -> None:
        self.origin = origin
        super().__init__(origin, why, fix)


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is binary data, not text or HTML."""


class DecodingError(InputError):
    """The bytes cannot be decoded to text with any plausible encoding."""


class InputTooLarge(InputError):
    """The input is larger than ``Options.max_bytes`` allows for one article."""


class MalformedRecord(InputError):
    """A JSON Lines record (or another structured record) is invalid."""


class ConfigurationError(NewsgraphError):
    """Options or installed resources are wrong."""


class ModelNotInstalled(ConfigurationError):
    """A spaCy pipeline named in the options is not installed."""


class PipelineError(NewsgraphError):
    """The stages do not fit together (a requirement is not assigned before)."""


class StageError(NewsgraphError):
    """A stage raised an unexpected exception on one article."""

    def __init__(self, stage: str, article_id: str, cause: BaseException) -> None:
        self.stage = stage
        self.article_id = article_id
        self.cause = cause
        super().__init__(
            f"article {article_id}",
            f"stage '{stage}' failed with {type(cause).__name__}: {cause}",
            "this is a bug in newsgraph; please report it with the article",
        )


class StoreError(NewsgraphError):
    """The store (SQLite file or PostgreSQL database) cannot be opened, migrated or used."""
