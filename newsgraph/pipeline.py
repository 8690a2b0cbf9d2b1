"""The pipeline: stages in order, each a callable from Article to Article.

A stage declares the Article fields it ``requires`` and ``assigns``; the pipeline checks, when it
is built, that every requirement is assigned by an earlier stage (or by the readers). A stage may
offer ``pipe(articles)`` to work on batches (the NLP model does); the pipeline chains the stages
as generators, so memory stays flat however many articles stream through.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import ClassVar, Protocol, runtime_checkable

from .article import Article
from .errors import NewsgraphError, PipelineError, StageError
from .options import Options

#: Fields the readers set before the first stage.
READER_FIELDS = frozenset({"raw", "id", "origin", "url", "title", "published", "source", "authors"})


@runtime_checkable
class Stage(Protocol):
    """What every stage offers."""

    name: ClassVar[str]
    version: str
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]
    #: Whether the stage runs on articles in a language newsgraph cannot analyse.
    any_language: ClassVar[bool]

    def __call__(self, article: Article) -> Article: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that is faster on batches: ``prepare`` sees a whole batch first.

    ``__call__`` must still work on an article that ``prepare`` never saw: when ``prepare``
    fails, each article of the batch is handled alone so that one bad article costs only itself.
    """

    def prepare(self, batch: list[Article]) -> None: ...


class Pipeline:
    """Stages in order, with an error policy.

    >>> pipeline = Pipeline.from_options(Options())           # doctest: +SKIP
    >>> for article in pipeline.pipe(articles): ...           # doctest: +SKIP
    """

    def __init__(self, stages: list[Stage], options: Options) -> None:
        check_order(stages)
        self.stages = stages
        self.options = options

    @classmethod
    def from_options(cls, options: Options | None = None) -> Pipeline:
        """Build every stage (or those named in ``options.stages``) from their factories."""
        from .stages import build

        options = options or Options()
        return cls(build(options), options)

    @property
    def versions(self) -> dict[str, str]:
        return {stage.name: stage.version for stage in self.stages}

    def __call__(self, article: Article) -> Article:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Run every stage over a stream of articles, yielding them in order."""
        stream: Iterator[Article] = iter(articles)
        for stage in self.stages:
            stream = self._run(stage, stream)
        return stream

    def _run(self, stage: Stage, stream: Iterator[Article]) -> Iterator[Article]:
        if not isinstance(stage, BatchStage):
            for article in stream:
                yield article if skips(stage, article) else self.guard(stage, article)
            return
        for batch in batched(stream, self.options.batch_size):
            active = [article for article in batch if not skips(stage, article)]
            # If the batch fails as a whole, each article is run alone, so that the error
            # policy applies to the one article at fault and the others still go through.
            with contextlib.suppress(Exception):
                stage.prepare(active)
            for article in batch:
                yield article if skips(stage, article) else self.guard(stage, article)

    def guard(self, stage: Stage, article: Article) -> Article:
        """Run one stage on one article under the error policy."""
        try:
            result = stage(article)
        except NewsgraphError as error:
            return self.fail(stage, article, error)
        except Exception as error:
            return self.fail(stage, article, StageError(stage.name, article.id, error))
        result.versions[stage.name] = stage.version
        return result

    def fail(self, stage: Stage, article: Article, error: NewsgraphError) -> Article:
        if self.options.on_error == "raise":
            raise error
        article.status = "failed"
        article.error = f"{stage.name}: {error.message}"
        return article


def batched(stream: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in stream:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def skips(stage: Stage, article: Article) -> bool:
    """Whether ``stage`` leaves ``article`` alone (it failed, or its language is unsupported)."""
    if article.failed:
        return True
    return article.status == "unsupported-language" and not stage.any_language


def check_order(stages: list[Stage]) -> None:
    """Raise :class:`PipelineError` if a stage requires a field no earlier stage assigns."""
    assigned = set(READER_FIELDS)
    for stage in stages:
        missing = [field for field in stage.requires if field not in assigned]
        if missing:
            providers = _providers(missing)
            raise PipelineError(
                f"stage '{stage.name}'",
                f"it requires {', '.join(missing)}, which no earlier stage assigns",
                f"add {' and '.join(providers)} before it" if providers else "check the order",
            )
        assigned.update(stage.assigns)


def _providers(fields: list[str]) -> list[str]:
    from .stages import ORDER, assigned_by

    return [f"'{name}'" for name in ORDER if set(assigned_by(name)) & set(fields)]
