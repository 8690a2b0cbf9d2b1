from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.evaluate.run import article_for, evaluate, evaluate_files
from newsgraph.evaluate.score import score

from .helpers import gold_data, record, write_gold

FAST = Options(stages=("clean", "language", "published"), on_error="record")


def test_the_article_carries_the_gold_text_and_publication_date() -> None:
    article = article_for(record())
    assert article.raw == record().text and article.id == "a1"
    assert article.published == dt.date(2024, 3, 14)
    assert article.origin == "test.jsonl:1"


def test_evaluate_keeps_the_outputs_and_scores_them() -> None:
    evaluation = evaluate([record(id="a1"), record(id="a2")], FAST)
    assert [o["id"] for o in evaluation.outputs] == ["a1", "a2"]
    assert evaluation.output("a2") is evaluation.outputs[1]
    assert evaluation.output("zz") is None
    assert evaluation.report == score(evaluation.outputs, evaluation.records)
    assert evaluation.report.flat()["metadata.language"] == 1.0
    assert evaluation.versions.keys() == {"clean", "language", "published"}
    assert evaluation.to_dict(worst=1)["versions"] == evaluation.versions


def test_evaluate_files(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "g.jsonl", gold_data())
    evaluation = evaluate_files([path], FAST)
    assert evaluation.report.articles == 1
    assert evaluation.records[0].origin == f"{path}:1"


def test_a_given_pipeline_is_used() -> None:
    pipeline = Pipeline.from_options(Options(stages=("clean",), on_error="record"))
    evaluation = evaluate([record()], pipeline=pipeline)
    assert evaluation.versions.keys() == {"clean"}
    assert evaluation.report.flat()["metadata.language"] == 0.0
