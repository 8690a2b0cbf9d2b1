"""When one event is told twice (:mod:`newsgraph.events.retelling`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def test_a_noun_with_a_genitive_name_points_back_to_the_event_told_before(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Ukraine accused Russia of shelling the city on Monday. Moscow dismissed Kyiv's "
        "accusations against Russia as propaganda."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ACCUSE") == 1, found


def test_the_same_act_told_again_nearby_on_the_same_day_is_one_event(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Russian jets bombed Ukrainian positions on Monday. The Ukrainian army said Russian "
        "jets bombed its positions near Kharkiv on Monday."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ASSAULT") == 1, found


def test_another_word_for_an_act_in_a_row_is_another_event(coders: dict[str, Coder]) -> None:
    text = (
        "Russian jets bombed Ukrainian positions on Monday. Russian artillery also shelled "
        "Ukrainian positions near Kharkiv on Monday."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ASSAULT") == 2, found
