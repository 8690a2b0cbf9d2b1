"""Slots filled through prepositions, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.fixture
def coder(coders: dict[str, Coder]) -> Coder:
    """The shared French coder."""
    return coders["fr"]


@pytest.mark.parametrize(
    "text",
    [
        "La France continuera d'honorer ses engagements envers Israël.",
        "Washington a réaffirmé son engagement envers Israël.",
    ],
)
def test_envers_taken_for_a_verb_still_names_the_target(coder: Coder, text: str) -> None:
    found = coded(coder, text, "fr")
    assert any(e[0] == "AGREE" and e[2] == {"ISR"} for e in found), found
