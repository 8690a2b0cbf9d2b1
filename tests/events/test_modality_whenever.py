"""An act to come whenever something happens, on invented sentences (.conditions): as uncertain
as what it waits for, hypothetical; an act done whenever something happened stays asserted."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str, kind: str) -> list[str]:
    return [modality for found, _, _, modality in coded(coder, text, "en") if found == kind]


def test_an_act_to_come_whenever_a_crisis_comes_is_hypothetical(coders: dict[str, Coder]) -> None:
    text = "Japan and South Korea will consult one another whenever a crisis threatens either."
    assert _modalities(coders["en"], text, "CONSULT") == ["hypothetical"]


def test_an_act_done_whenever_it_was_provoked_stays_asserted(coders: dict[str, Coder]) -> None:
    text = "Russia shelled Ukrainian villages whenever Ukrainian troops advanced."
    assert _modalities(coders["en"], text, "ASSAULT") == ["asserted"]


def test_an_act_to_come_at_a_time_stays_future(coders: dict[str, Coder]) -> None:
    text = "Japan and South Korea will consult one another next week in Tokyo."
    assert _modalities(coders["en"], text, "CONSULT") == ["future"]
