"""A state's adjective led by a word of a region names the region, no state (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import actors, run

pytestmark = pytest.mark.model


def test_a_regional_compound_is_no_state_in_french(pipeline: Pipeline) -> None:
    found = actors(run(pipeline, (
        "Caracas a renvoyé les ambassadeurs de cinq pays latino-américains, dont le Chili. "
        "Les dirigeants sud-américains se réunissent lundi."
    )))  # fmt: skip
    assert "Chile" in found
    assert "United States" not in found


def test_a_regional_compound_is_no_state_in_english(pipeline: Pipeline) -> None:
    found = actors(run(pipeline, (
        "Seven Latin American countries, including Chile, condemned Caracas. "
        "A Central American bloc met on Monday."
    )))  # fmt: skip
    assert "Chile" in found
    assert "United States" not in found


def test_a_state_named_with_a_word_of_a_region_stays(pipeline: Pipeline) -> None:
    found = actors(run(pipeline, (
        "Le ministre sud-coréen a rencontré jeudi le chef de la diplomatie américaine à Séoul."
    )))  # fmt: skip
    assert {"South Korea", "United States"} <= found.keys()
    found = actors(run(pipeline, (
        "South African officials met their North Korean counterparts in Pretoria on Monday."
    )))  # fmt: skip
    assert {"South Africa", "North Korea"} <= found.keys()
