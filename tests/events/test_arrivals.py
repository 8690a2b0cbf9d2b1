"""A person arriving in a place is a visit (``arrive`` in ``newsgraph/lang/en/events.json``):
CONSULT with the place's state, as "travel to" is; people, goods and vehicles arriving are not."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def test_an_official_arriving_in_a_capital_visits_its_state(coders: dict[str, Coder]) -> None:
    text = "Germany's defence minister arrived in Vilnius on Monday."
    found = coded(coders["en"], text, "en")
    assert ("CONSULT", frozenset({"DEU"}), frozenset({"LTU"}), "asserted") in found, found


def test_an_arrival_to_come_is_a_visit_to_come(coders: dict[str, Coder]) -> None:
    text = "Germany's defence minister is due to arrive in Vilnius later this week."
    found = coded(coders["en"], text, "en")
    assert ("CONSULT", frozenset({"DEU"}), frozenset({"LTU"}), "future") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Syrian refugees arrived in Turkey last week.",
        "A Jordanian aid convoy arrived in Syria on Sunday.",
    ],
)
def test_people_or_goods_arriving_make_no_visit(coders: dict[str, Coder], text: str) -> None:
    assert "CONSULT" not in [e[0] for e in coded(coders["en"], text, "en")]
