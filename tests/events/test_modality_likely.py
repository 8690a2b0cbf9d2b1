"""An act that depends on an adjective of likelihood or possibility is hypothetical
(:mod:`newsgraph.events.modality`), on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, types_coded

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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Beijing officials said China was unlikely to sanction Russia.",
            ("SANCTION", {"CHN"}, {"RUS"}, "hypothetical"),
        ),
        (
            "en",
            "China is likely to impose sanctions on Russia next month, officials in Beijing said.",
            ("SANCTION", {"CHN"}, {"RUS"}, "hypothetical"),
        ),
        (
            "fr",
            "Moscou a déclaré que la Russie jugeait peu probable de frapper l'Ukraine.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "hypothetical"),
        ),
    ],
)
def test_a_hostile_act_held_likely_by_its_own_side_is_no_threat(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)
    assert "THREATEN" not in types_coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Beijing officials said China could sanction Russia."),
        ("fr", "Moscou a déclaré que la Russie pourrait frapper l'Ukraine."),
    ],
)
def test_a_hostile_act_its_own_side_says_it_could_commit_stays_a_threat(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert "THREATEN" in types_coded(coders[lang], text, lang)
