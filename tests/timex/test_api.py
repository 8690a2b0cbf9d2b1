"""The public surface of ``newsgraph.timex``, and its accuracy on TempEval-3."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph import lang, timex


def test_the_public_surface() -> None:
    assert set(timex.__all__) == {
        "VERSION",
        "Granularity",
        "Kind",
        "Resolver",
        "TimeMention",
        "TimeValue",
        "find",
        "resolve",
        "version",
    }


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_version_names_the_code_and_its_data(code: str) -> None:
    data = json.loads((Path(lang.__file__).parent / code / "timex.json").read_text("utf-8"))
    assert timex.version(code) == f"timex.v2+{data['version']}+dates-{code}.v1"


def test_the_resolver_answers_as_a_date_resolver() -> None:
    resolver = timex.Resolver()
    assert resolver.resolve("mardi dernier", dt.date(2024, 6, 20), "fr") == "2024-06-18"
    assert resolver.resolve("nothing at all", dt.date(2024, 6, 20), "en") is None
    assert timex.Resolver(future=True).resolve("in April", dt.date(2024, 6, 20), "en") == "2025-04"


@pytest.mark.shared
def test_tempeval_accuracy_floor(shared: Path) -> None:
    """Pinned floor: TempEval-3 calendar dates right as GOLD.md scores them (0.817 measured)."""
    from newsgraph.evaluate.adapters.tempeval import score_tempeval

    result = score_tempeval(shared / "data" / "tempeval3_tbaq_cleaned", timex.Resolver())
    assert result.total > 1000
    assert result.accuracy >= 0.80
    assert result.coverage >= 0.93
