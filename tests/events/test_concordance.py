"""A conditional coordinated with a reported conditional shares its verb of saying, and is
to come (``newsgraph.events.concordance``), on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modality(coder: Coder, text: str, lang: str, kind: str) -> list[str]:
    return [m for k, _s, _t, m in coded(coder, text, lang) if k == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre allemand a déclaré que l'Allemagne soutiendrait l'Ukraine "
        "et coopérerait avec le Japon.",
        "Le ministre allemand a fait savoir que Berlin ne reconnaîtrait pas le scrutin "
        "et continuerait de coopérer avec le Japon.",
    ],
)
def test_a_conditional_coordinated_with_a_reported_one_is_to_come(
    coders: dict[str, Coder], text: str
) -> None:
    assert _modality(coders["fr"], text, "fr", "COOPERATE") == ["future"]


def test_a_conditional_coordinated_in_a_hypothesis_stays_hypothetical(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Si la Russie attaquait, l'Allemagne soutiendrait l'Ukraine et coopérerait avec le Japon."
    )
    assert _modality(coders["fr"], text, "fr", "COOPERATE") == ["hypothetical"]


def test_an_english_conditional_coordinated_with_a_reported_one_is_to_come(
    coders: dict[str, Coder],
) -> None:
    text = "The German minister said Germany would back Ukraine and would cooperate with Japan."
    assert _modality(coders["en"], text, "en", "COOPERATE") == ["future"]
