"""Verbs of saying in two words (:mod:`newsgraph.events.saying`), on invented sentences: a
conditional under « a fait savoir que » is a reported intention, to come; a conditional under
« savoir » alone, or with no verb of saying, stays hypothetical."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str) -> list[str]:
    return [modality for found, _, _, modality in coded(coder, text, "fr") if found == "REJECT"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "La Russie a fait savoir qu'elle boycotterait tout nouveau sommet avec l'Ukraine.",
            "future",
        ),
        ("La Russie ne sait pas si elle boycotterait un sommet avec l'Ukraine.", "hypothetical"),
        (
            "La Russie boycotterait tout nouveau sommet avec l'Ukraine, selon des sources.",
            "hypothetical",
        ),
    ],
)
def test_a_conditional_under_faire_savoir_is_to_come(
    coders: dict[str, Coder], text: str, modality: str
) -> None:
    assert _modalities(coders["fr"], text) == [modality]
