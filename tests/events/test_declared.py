"""Threats made by being said (events/declared.py; invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.declared import declared

from .helpers import coded


def test_a_threat_said_in_the_future_is_made_now() -> None:
    assert declared("THREATEN", "future") == "asserted"
    assert declared("THREATEN", "hypothetical") == "asserted"
    assert declared("THREATEN", "negated") == "negated"
    assert declared("SUPPORT", "future") == "future"  # "would recognise a state": to come


def test_a_threat_supposed_is_not_made() -> None:
    assert declared("THREATEN", "hypothetical", supposed=True) == "hypothetical"


@pytest.mark.model
def test_a_threat_in_the_future_tense_is_asserted(coders: dict[str, Coder]) -> None:
    text = "We will defend our sovereignty against Russia, Georgia said."
    assert [e[3] for e in coded(coders["en"], text, "en") if e[0] == "THREATEN"] == ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If Russia threatens Ukraine again, the alliance will respond, the minister said."),
        ("en", "Could Russia threaten Georgia next?"),
        ("fr", "Si la Russie menace l'Ukraine, la France réagira, a déclaré le ministre."),
    ],
)
def test_a_threat_a_condition_or_a_question_supposes_is_hypothetical(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert [e[3] for e in coded(coders[lang], text, lang) if e[0] == "THREATEN"] == ["hypothetical"]
