"""French triggers the dev articles showed missing (events-fr.82): an ambassador « chassé »
(expelled), « la prise de » a town (its capture), « la neutralisation » of an armed group, a
« réduction » of visas, aid or an embassy's staff, and licences or permits withdrawn
(« le retrait de licences », « a retiré les permis »); and the readings of the same words that
are no event (« une prise de position », « la prise de parole », « chasser les doutes »)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Japon a chassé l'ambassadeur de Russie.", row("SANCTION", "JPN", "RUS")),
        ("Pékin a chassé deux diplomates japonais en mars.", row("SANCTION", "CHN", "JPN")),
        (
            # « gelé » the tagger may read as an adjective under « avaient » (mend_participles)
            "En juin, les Vingt-Sept avaient gelé plusieurs comptes de banquiers russes.",
            row("SANCTION", "European Union", "RUS"),
        ),
        (
            "Après la prise de Kiev par la Russie, les combats ont cessé.",
            row("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Le plan prévoit la neutralisation des soldats ukrainiens par l'armée russe.",
            row("ASSAULT", "RUS", "UKR", "future"),
        ),
        (
            "La France a décidé une réduction des visas pour les ressortissants russes.",
            row("SANCTION", "FRA", "RUS"),
        ),
        (
            "L'Allemagne a annoncé une réduction de son aide à la Géorgie.",
            row("SANCTION", "DEU", "GEO"),
        ),
        (
            "Le Japon a décidé le retrait des licences des pêcheurs français.",
            row("SANCTION", "JPN", "FRA"),
        ),
    ],
)
def test_gap_triggers(coders: dict[str, Coder], text: str, expected: Described) -> None:
    found = coded(coders["fr"], text, "fr")
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("La prise de position de la France a irrité la Russie.", "ASSAULT"),
        ("La prise de parole du ministre russe à Kiev a été brève.", "ASSAULT"),
        ("La prise de fonctions de l'ambassadeur russe en France est reportée.", "ASSAULT"),
        ("La Russie veut chasser les doutes sur son soutien à l'Ukraine.", "SANCTION"),
        ("La France a décidé une réduction de ses propres dépenses militaires.", "SANCTION"),
        ("La prise de Sloviansk par les troupes russes a été confirmée.", "ASSAULT"),
        ("L'armée turque a annoncé la prise de contrôle du port de Tartous.", "ASSAULT"),
        ("La prise de sanctions contre l'Iran par l'Union européenne est attendue.", "ASSAULT"),
        ("La prise de mesures contre la Chine par l'UE a été annoncée.", "ASSAULT"),
        (
            "La prise de contrôle de la société Norvalis par le groupe indien Tarsan est faite.",
            "ASSAULT",
        ),
        ("La prise de pouvoir des militaires au Gabon a surpris la France.", "ASSAULT"),
    ],
)
def test_no_event_in_other_readings(coders: dict[str, Coder], text: str, absent: str) -> None:
    assert absent not in types_coded(coders["fr"], text, "fr")
