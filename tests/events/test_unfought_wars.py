"""A war sought, feared, avoided, risked or that one is drawn into or brought to the brink of
is no war fought: the nouns' ``without_governors`` and ``without_heads`` (``lang/<code>/
events.json``, « guerre », "war")."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"We are not looking for war with Ukraine," Vladimir Putin said.'),
        ("en", "Russia cannot afford a war with Ukraine, the minister said."),
        ("en", "Russia fears a war with Ukraine."),
        ("en", "The clash could draw Russia into a war with Ukraine."),
        ("en", "The incident brought Russia to the brink of war with Ukraine."),
        ("fr", "Cette adhésion entraînerait la Russie dans la guerre contre l'Ukraine."),
    ],
)
def test_a_war_not_fought_is_no_assault(coders: dict[str, Coder], lang: str, text: str) -> None:
    """The war is what one seeks or fears, or a prospect: no ASSAULT."""
    assert "ASSAULT" not in types_coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia waged a war against Ukraine for three years."),
        ("en", "Russia's war in Ukraine has killed thousands."),
        ("fr", "La Russie mène une guerre contre l'Ukraine depuis trois ans."),
        ("fr", "La guerre de la Russie contre l'Ukraine a fait des milliers de morts."),
    ],
)
def test_a_war_waged_stays_an_assault(coders: dict[str, Coder], lang: str, text: str) -> None:
    """A war waged or told as a subject is the attack."""
    assert "ASSAULT" in types_coded(coders[lang], text, lang)
