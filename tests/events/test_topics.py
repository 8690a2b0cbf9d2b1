"""An agreement named as what talks are about, once an agreement was told (:mod:`.topics`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, types_coded

pytestmark = pytest.mark.model


def types_of(coders: dict[str, Coder], lang: str, text: str) -> list[str]:
    return types_coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie et l'Ukraine ont signé un accord de cessez-le-feu. "
            "Moscou négocie avec Kiev un accord de paix.",
        ),
        (
            "en",
            "Russia and Ukraine signed a ceasefire agreement. "
            "Moscow is negotiating a peace agreement with Kyiv.",
        ),
    ],
)
def test_an_agreement_under_negotiation_is_the_talks_topic(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = types_of(coders, lang, text)
    assert "CONSULT" in found, found
    assert found.count("AGREE") == 1, found


def test_an_agreement_praised_is_still_a_reaction_s_topic(coders: dict[str, Coder]) -> None:
    text = "La Russie et l'Ukraine ont signé un accord. La Chine a salué l'accord avec Moscou."
    found = types_of(coders, "fr", text)
    assert found.count("AGREE") == 1 and "SUPPORT" in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Russie et la Corée du Nord ont signé un accord de défense. "
            "La Chine a salué l'accord avec Moscou.",
        ),
        (
            "en",
            "Russia and North Korea signed a mutual defence treaty. "
            "China welcomed the treaty with Moscow.",
        ),
        (
            "en",
            "Russia and North Korea signed a mutual defence treaty. "
            "Japan protested against the treaty.",
        ),
    ],
)
def test_an_act_told_before_and_named_as_a_reaction_s_topic_is_not_new(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[0] for e in found].count("AGREE") == 1, found


def test_an_act_first_named_as_a_reaction_s_topic_is_coded(coders: dict[str, Coder]) -> None:
    text = "China welcomed the treaty between Russia and North Korea."
    found = coded(coders["en"], text, "en")
    assert "AGREE" in [e[0] for e in found], found
