"""The act of an "until" clause in the present: the end a stance waits for, no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.fixture
def coder(coders: dict[str, Coder]) -> Coder:
    """The shared English coder."""
    return coders["en"]


def _found(coder: Coder, text: str) -> list[tuple[str, str]]:
    """The type and modality of each event of ``text``."""
    events = coded(coder, text, "en")
    return [(kind, modality) for kind, _, _, modality in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine will fight until Russia withdraws its troops from Ukraine.",
        "Ukraine will keep fighting until Russian troops are withdrawn from Ukraine.",
        # through the clause it is coordinated with
        "Kyiv said the fighting would go on until the shelling stops and Russian troops are "
        "withdrawn from Ukraine.",
    ],
)
def test_an_act_awaited_until_is_no_event(coder: Coder, text: str) -> None:
    assert not [kind for kind, _ in _found(coder, text) if kind == "RETREAT"]


def test_an_act_told_in_the_past_after_until_happened(coder: Coder) -> None:
    found = _found(coder, "Russia shelled Kharkiv until Ukraine withdrew its troops.")
    assert ("RETREAT", "asserted") in found
    assert ("ASSAULT", "asserted") in found
