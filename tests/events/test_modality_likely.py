"""An act that depends on an adjective of likelihood or possibility is hypothetical
(:mod:`newsgraph.events.modality`), on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Il est peu probable que la Russie attaque l'Ukraine cette année."),
        ("fr", "Il est possible que la Russie attaque l'Ukraine cette année."),
        ("en", "It is unlikely that Russia will attack Ukraine this year."),
        ("en", "Analysts said Russia was unlikely to attack Ukraine before the winter."),
    ],
)
def test_an_act_held_likely_or_unlikely_is_hypothetical(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    check(coders[lang], lang, text, ("ASSAULT", {"RUS"}, {"UKR"}, "hypothetical"))


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        ("fr", "Il est clair que la Russie a attaqué l'Ukraine cette année.", "asserted"),
        ("en", "It is clear that Russia will attack Ukraine this year.", "future"),
    ],
)
def test_an_adjective_of_certainty_leaves_the_act_as_told(
    coders: dict[str, Coder], lang: str, text: str, modality: str
) -> None:
    check(coders[lang], lang, text, ("ASSAULT", {"RUS"}, {"UKR"}, modality))
