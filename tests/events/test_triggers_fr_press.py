"""French press vocabulary of the event lexicon (``lang/fr/events.json``) beyond the common
words: beatings and stabbings (« passer à tabac », « poignarder »), police sweeps and
round-ups (« coup de filet »), diverted ships, hacking, blackmail,
counter-offensives, talks called consultations, and the verbal locutions of the wires
(« tenir tête », « faire feu », « lâcher du lest », « camper sur ses positions »,
« prendre fait et cause pour », « clouer au pilori »); and the readings that are no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, both, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # violence
        (
            "La police russe a passé à tabac des journalistes français.",
            row("ASSAULT", "RUS", "FRA"),
        ),
        ("Des soldats russes ont poignardé un diplomate français.", row("ASSAULT", "RUS", "FRA")),
        ("L'armée russe a fait feu sur des soldats ukrainiens.", row("ASSAULT", "RUS", "UKR")),
        ("La Russie a lancé une contre-attaque contre l'Ukraine.", row("ASSAULT", "RUS", "UKR")),
        (
            "La Corée du Nord a piraté le ministère sud-coréen de la Défense.",
            row("ASSAULT", "PRK", "KOR"),
        ),
        # coercion
        ("La Chine a dérouté un cargo japonais.", row("COERCE", "CHN", "JPN")),
        (
            "La police russe a mené un vaste coup de filet contre des militants ukrainiens.",
            row("COERCE", "RUS", "UKR"),
        ),
        ("La Russie a jeté en prison des militants ukrainiens.", row("COERCE", "RUS", "UKR")),
        (
            "La France a reconduit à la frontière des ressortissants russes.",
            row("COERCE", "FRA", "RUS"),
        ),
        (
            "La déportation d'enfants ukrainiens par la Russie se poursuit.",
            row("COERCE", "RUS", "UKR"),
        ),
        # threats, sanctions, troops
        ("La Russie exerce un chantage sur la France.", row("THREATEN", "RUS", "FRA")),
        ("La Russie a juré de se venger de l'Ukraine.", row("THREATEN", "RUS", "UKR")),
        ("La Russie a amassé des troupes près de l'Ukraine.", row("MOBILIZE", "RUS", "UKR")),
        # words and stances
        ("La Chine a raillé le Japon.", row("ACCUSE", "CHN", "JPN")),
        ("Le Japon a cloué au pilori la Chine.", row("ACCUSE", "JPN", "CHN")),
        ("La Chine a montré du doigt les États-Unis.", row("ACCUSE", "CHN", "USA")),
        ("La Chine a rendu le Japon responsable de l'incident.", row("ACCUSE", "CHN", "JPN")),
        ("L'Iran a tenu tête aux États-Unis.", row("REJECT", "IRN", "USA")),
        ("La Chine campe sur ses positions face au Japon.", row("REJECT", "CHN", "JPN")),
        ("La Chine a pris fait et cause pour la Russie.", row("SUPPORT", "CHN", "RUS")),
        ("La Chine a lâché du lest face aux États-Unis.", row("CONCEDE", "CHN", "USA")),
        ("La Russie a fini par plier devant les États-Unis.", row("CONCEDE", "RUS", "USA")),
        ("La France a cédé des chars à l'Ukraine.", row("AID", "FRA", "UKR")),
        # talks and ties
        ("La Chine a ouvert des consultations avec le Japon.", both("CONSULT", "CHN", "JPN")),
        ("La Russie et la Chine ont normalisé leurs relations.", both("AGREE", "RUS", "CHN")),
        ("La Russie et la Chine ont uni leurs efforts.", both("COOPERATE", "RUS", "CHN")),
    ],
)
def test_press_vocabulary(coders: dict[str, Coder], text: str, expected: Described) -> None:
    found = coded(coders["fr"], text, "fr")
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an ambassador recalled « pour consultations » is a sanction, not talks
        ("La France a rappelé son ambassadeur en Algérie pour consultations.", "CONSULT"),
        # a referendum is a « consultation populaire », no talks between states
        ("La Russie a organisé une consultation populaire en Crimée.", "CONSULT"),
        # « faire feu » needs fire: « faire face » is no attack
        ("La Russie fait face à l'Ukraine.", "ASSAULT"),
        # a ceded point is a concession, not a delivery of arms
        ("La France a cédé devant l'Ukraine.", "AID"),
    ],
)
def test_no_event_of_type(coders: dict[str, Coder], text: str, absent: str) -> None:
    assert absent not in types_coded(coders["fr"], text, "fr")
