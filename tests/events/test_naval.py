"""Warships that move through or near another's waters: a show of force, MOBILIZE (PLOVER
150, "demonstrate military or police power"). A verb or noun of sailing (« croiser »,
« transiter », « s'approcher », « passage », "transit", "passage") is a trigger only with a
warship among its dependents (« navire de guerre », « frégate », "destroyer"); a minister who
« croise » a counterpart, a merchant or fishing ship that sails to port, protesters who
approach a building or tankers that transit a strait make no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "fr",
            "Des navires de guerre chinois croisaient samedi au large des Philippines.",
            row("MOBILIZE", "CHN", "PHL"),
        ),
        (
            "fr",
            "Deux destroyers russes se sont approchés du Japon mardi.",
            row("MOBILIZE", "RUS", "JPN"),
        ),
        (
            "fr",
            "Le passage d'un destroyer allemand dans le détroit de Chine a été signalé.",
            row("MOBILIZE", "DEU", "CHN"),
        ),
        (
            "fr",
            "Un sous-marin américain pourrait transiter près de l'Iran.",
            row("MOBILIZE", "USA", "IRN", "hypothetical"),
        ),
        (
            "en",
            "A French frigate transited near China on Sunday.",
            row("MOBILIZE", "FRA", "CHN"),
        ),
        (
            "en",
            "The passage of two Russian destroyers near Japan drew attention.",
            row("MOBILIZE", "RUS", "JPN"),
        ),
    ],
)
def test_a_warship_sailing_near_another_is_a_show_of_force(
    coders: dict[str, Coder], code: str, text: str, expected: Described
) -> None:
    found = coded(coders[code], text, code)
    assert expected in found, found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le ministre japonais a croisé son homologue coréen à Séoul."),
        ("fr", "Le navire marchand a navigué vers Rotterdam."),
        ("fr", "Un navire de pêche chinois naviguait près du Japon jeudi."),
        ("fr", "Des manifestants géorgiens se sont approchés du bâtiment de l'ambassade russe."),
        ("en", "The passage of Chinese fishing vessels near Japan drew attention."),
        ("fr", "Le texte a été adopté après son passage devant le Sénat français."),
        ("en", "Oil tankers from Iran transit the strait every day."),
        ("en", "Dutch barges could soon transit the canal free of any toll."),
    ],
)
def test_other_sailing_and_passages_are_no_event(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    assert "MOBILIZE" not in types_coded(coders[code], text, code)
