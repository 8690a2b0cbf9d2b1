"""An act one is open to, on invented sentences (ModalityReader._open_to): the complement of an
adjective of openness ("open to talks", « ouvert à des discussions ») is hypothetical; the
verb of the same lemma ("opened talks", « a ouvert des négociations ») and an act said to be
open (« les négociations sont ouvertes ») are not."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str, lang: str) -> list[str]:
    return [modality for found, _, _, modality in coded(coder, text, lang) if found == "CONSULT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan said it remained open to talks with China at all levels."),
        ("en", "Germany is open to negotiations with Belarus on the border, the minister said."),
        ("fr", "La France s'est dite ouverte à des discussions avec l'Iran."),
        ("fr", "Le Japon reste ouvert au dialogue avec la Chine, a déclaré le ministre."),
        ("fr", "La Biélorussie se montre ouverte à une rencontre avec l'Allemagne."),
    ],
)
def test_an_act_one_is_open_to_is_possible(coders: dict[str, Coder], lang: str, text: str) -> None:
    assert _modalities(coders[lang], text, lang) == ["hypothetical"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan opened talks with China on Monday."),
        ("fr", "La France a ouvert des négociations avec l'Iran lundi."),
        ("fr", "Les négociations de la France avec l'Iran sont ouvertes depuis lundi à Genève."),
    ],
)
def test_talks_opened_or_open_are_under_way(coders: dict[str, Coder], lang: str, text: str) -> None:
    assert _modalities(coders[lang], text, lang) == ["asserted"]
