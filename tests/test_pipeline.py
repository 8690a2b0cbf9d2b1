from __future__ import annotations

import pytest

from newsgraph import Article, Options, Pipeline, PipelineError, StageError
from newsgraph.pipeline import check_order


class Upper:
    name, version, requires, assigns, any_language = "upper", "upper.v1", ("raw",), ("text",), True

    def __call__(self, article: Article) -> Article:
        article.text = article.raw.upper()
        return article


class Boom:
    name, version, requires, assigns, any_language = "boom", "boom.v1", ("text",), (), True

    def __call__(self, article: Article) -> Article:
        if "BOOM" in article.text:
            raise ValueError("exploded")
        article.warnings.append("boom ran")
        return article


class Batched(Upper):
    name, version = "batched", "batched.v1"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def prepare(self, batch: list[Article]) -> None:
        self.batches.append(len(batch))


class NeedsLanguage(Upper):
    name, requires, any_language = "needs", ("language",), False


class LanguageBound(Upper):
    name, any_language = "bound", False


def test_stages_run_in_order_and_record_their_version() -> None:
    pipeline = Pipeline([Upper(), Boom()], Options())
    article = pipeline(Article(raw="abc"))
    assert article.text == "ABC"
    assert article.warnings == ["boom ran"]
    assert article.versions == {"upper": "upper.v1", "boom": "boom.v1"}


def test_order_is_checked_when_built() -> None:
    with pytest.raises(PipelineError, match="requires text, which no earlier stage assigns"):
        check_order([Boom(), Upper()])  # type: ignore[list-item]
    with pytest.raises(PipelineError, match="add 'language' before it"):
        check_order([NeedsLanguage()])  # type: ignore[list-item]


def test_raise_policy_wraps_the_failure() -> None:
    pipeline = Pipeline([Upper(), Boom()], Options(on_error="raise"))
    with pytest.raises(StageError, match="stage 'boom' failed with ValueError: exploded"):
        list(pipeline.pipe([Article(raw="boom")]))


def test_record_policy_marks_the_article_and_goes_on() -> None:
    pipeline = Pipeline([Upper(), Boom(), Upper()], Options(on_error="record"))
    results = list(pipeline.pipe([Article(raw="a"), Article(raw="boom"), Article(raw="b")]))
    assert [a.status for a in results] == ["ok", "failed", "ok"]
    assert results[1].error is not None and results[1].error.startswith("boom:")
    assert "upper" in results[1].versions and "boom" not in results[1].versions


def test_batch_stages_see_batches_and_stream() -> None:
    stage = Batched()
    pipeline = Pipeline([stage], Options(batch_size=2))
    stream = pipeline.pipe(Article(raw=str(i)) for i in range(5))
    assert next(stream).text == "0"
    assert stage.batches == [2]
    assert [a.text for a in stream] == ["1", "2", "3", "4"]
    assert stage.batches == [2, 2, 1]


def test_unsupported_language_skips_language_bound_stages() -> None:
    article = Article(raw="x", language="de", status="unsupported-language")
    pipeline = Pipeline([Upper(), LanguageBound()], Options())
    assert pipeline(article).versions == {"upper": "upper.v1"}


def test_stage_names_are_checked() -> None:
    from newsgraph.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="unknown stage nope"):
        Pipeline.from_options(Options(stages=("clean", "nope")))
