"""The accuracy gate: no metric of the gold sets may fall below its floor in ``floors.json``.

Floors are raised as the system improves and lowered only by an explicit, reviewed change to
``floors.json``; ``docs/evaluation.md`` explains how.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from newsgraph import Options, Pipeline
from newsgraph.evaluate import evaluate, load_gold, score

from ..conftest import ROOT

FLOORS: dict[str, Any] = json.loads(Path(__file__).with_name("floors.json").read_text("utf-8"))
SETS: dict[str, dict[str, float]] = FLOORS["floors"]
GATED = (
    "gold/dev.*.jsonl",
    "gold/dev2.*.jsonl",
    "gold/dev3.*.jsonl",
    "gold/dev4.*.jsonl",
    "gold/dev5.*.jsonl",
    "gold/dev6.*.jsonl",
    "gold/dev7.*.jsonl",
    "gold/dev8.*.jsonl",
    "gold/dev9.*.jsonl",
    "gold/dev10.*.jsonl",
    "gold/dev11.*.jsonl",
    "gold/dev12.*.jsonl",
    "gold/dev13.*.jsonl",
    "gold/dev14.*.jsonl",
    "gold/dev15.*.jsonl",
    "gold/dev16.*.jsonl",
    "gold/dev17.*.jsonl",
    "gold/dev18.*.jsonl",
    "gold/dev19.*.jsonl",
    "gold/test.*.jsonl",
    "gold/test2.*.jsonl",
)

pytestmark = pytest.mark.accuracy


def test_the_floors_file_is_well_formed() -> None:
    assert FLOORS["comment"]
    for gold, floors in SETS.items():
        assert (ROOT / gold).is_file(), f"{gold} has floors but does not exist"
        for metric, floor in floors.items():
            assert 0.0 <= floor <= 1.0, f"{gold}: floor of {metric} is {floor}"
            assert math.floor(floor * 100 + 1e-9) / 100 == floor, f"{gold}: {metric} {floor}"


def test_every_dev_and_test_set_has_floors() -> None:
    present = {str(path.relative_to(ROOT)) for pattern in GATED for path in ROOT.glob(pattern)}
    assert present - set(SETS) == set(), "gold sets without floors in floors.json"


@pytest.mark.parametrize("gold", sorted(SETS))
def test_every_floored_metric_is_in_the_report(gold: str) -> None:
    """A renamed or removed metric must not pass the gate by going missing."""
    names = score([], load_gold([ROOT / gold])).flat()
    missing = sorted(set(SETS[gold]) - set(names))
    assert not missing, f"{gold}: metrics in floors.json that the report lacks: {missing}"


@pytest.mark.model
@pytest.mark.parametrize("gold", sorted(SETS))
def test_no_metric_is_below_its_floor(gold: str) -> None:
    # A fresh pipeline for each set: what the actor registry learns from one set (or from other
    # tests) must not change the figures of another.
    pipeline = Pipeline.from_options(Options(on_error="raise"))
    measured = evaluate(load_gold([ROOT / gold]), pipeline=pipeline).report.flat()
    failures = [
        f"{gold}: {metric} = {measured[metric]:.4f}, below its floor {floor:.2f}"
        if metric in measured
        else f"{gold}: {metric} is missing from the report (floor {floor:.2f})"
        for metric, floor in SETS[gold].items()
        if measured.get(metric, -1.0) < floor
    ]
    assert not failures, "\n".join(failures)
