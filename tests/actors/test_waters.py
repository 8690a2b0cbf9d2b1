"""A state named in the name of a sea or a gulf names a place, no actor (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import actors, mentions_of, run

pytestmark = pytest.mark.model


def test_a_state_before_a_water_noun_is_no_mention_in_english(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Two Vellanian patrol boats crossed into the East China Sea overnight, Japan said. "
        "A Dravian destroyer later patrolled the Philippine Sea."
    ))  # fmt: skip
    found = actors(article)
    assert "Japan" in found
    assert "China" not in found
    assert "Philippines" not in found


def test_a_state_after_a_water_noun_is_no_mention_in_english(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Two Dravian frigates entered the Sea of Japan, and Canada protested drilling in the "
        "Gulf of Mexico."
    ))  # fmt: skip
    found = actors(article)
    assert "Canada" in found
    assert "Japan" not in found
    assert "Mexico" not in found


def test_waters_in_french(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Des navires vellaniens ont patrouillé en mer de Chine méridionale mardi, a dénoncé "
        "Manille. Le Ghana a envoyé des patrouilleurs dans le golfe de Guinée et en mer du Japon."
    ))  # fmt: skip
    found = actors(article)
    assert {"Philippines", "Ghana"} <= found.keys()
    assert not {"China", "Guinea", "Japan"} & found.keys()


def test_the_state_named_elsewhere_keeps_its_other_mentions(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "China's ambassador protested the patrols in the South China Sea. The rally drew a sea "
        "of Chinese flags."
    ))  # fmt: skip
    china = mentions_of(article, "China")
    assert "China" in china
    assert "Chinese" in china
    assert not any("Sea" in m for m in china)
