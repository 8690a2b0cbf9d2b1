"""What a request asks for is no event of its own, however the parser hangs the infinitive
(``newsgraph.events.requested``): on the object of the request, or coordinated with a first
one. A protest called for and an act an accusation blames stay coded."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import types_coded

pytestmark = pytest.mark.model


def types_of(coders: dict[str, Coder], lang: str, text: str) -> list[str]:
    return types_coded(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        # the infinitive hung on the object of the request ("libérer" on "autorités")
        (
            "fr",
            "La France a averti que la répression aurait des conséquences et a appelé les "
            "autorités géorgiennes à libérer toutes les personnes détenues.",
            "CONCEDE",
        ),
        # a second infinitive coordinated with the first
        (
            "fr",
            "Paris a appelé Téhéran à « cesser son escalade nucléaire » et à conclure sans "
            "attendre l'accord avec Washington.",
            "AGREE",
        ),
        (
            "fr",
            "La France a exhorté Israël à respecter la trêve et à retirer ses troupes du Liban.",
            "RETREAT",
        ),
        (
            "en",
            "Washington urged Moscow to withdraw its troops from Ukraine and to release the "
            "prisoners.",
            "CONCEDE",
        ),
        (
            "en",
            "France called on Iran to halt its nuclear escalation and to conclude the agreement "
            "with Washington.",
            "AGREE",
        ),
    ],
)
def test_what_a_request_asks_for_is_only_the_request(
    coders: dict[str, Coder], lang: str, text: str, asked: str
) -> None:
    types = types_of(coders, lang, text)
    assert "REQUEST" in types
    assert asked not in types


def test_an_act_an_accusation_blames_is_still_coded(coders: dict[str, Coder]) -> None:
    text = "L'Ukraine a accusé les autorités russes de soumettre les prisonniers à des tortures."
    assert types_of(coders, "fr", text) == ["ACCUSE", "ASSAULT"]
