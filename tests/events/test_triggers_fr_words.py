"""French trigger words of the press that the event lexicon (``lang/fr/events.json``) holds
beside the common ones: harassment, the light verbs of pressure (« faire pression sur »),
exclusion from a body, recalled reservists, and the nouns of talk about acts (allégations,
désapprobation, remerciements); and the readings of them that are no event."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Chine harcèle les Philippines.", row("COERCE", "CHN", "PHL")),
        ("La Russie a neutralisé des soldats ukrainiens.", row("ASSAULT", "RUS", "UKR")),
        ("La Russie a redéployé des troupes en Ukraine.", row("MOBILIZE", "RUS", "UKR")),
        ("L'Allemagne a désapprouvé la décision de la France.", row("ACCUSE", "DEU", "FRA")),
        ("La Chine a réprimandé le Japon.", row("ACCUSE", "CHN", "JPN")),
        # halting a flow is a sanction, halting strikes a concession
        (
            "L'Ukraine a interrompu le transit du gaz russe vers l'Europe.",
            row("SANCTION", "UKR", "RUS"),
        ),
        ("Israël a interrompu ses frappes contre l'Iran.", row("CONCEDE", "ISR", "IRN")),
        ("La France a offert une aide à l'Ukraine.", row("AID", "FRA", "UKR")),
        # the light verbs of pressure ask something of their target
        ("La Chine fait pression sur la Corée du Nord.", row("REQUEST", "CHN", "PRK")),
        ("La France exerce des pressions sur la Russie.", row("REQUEST", "FRA", "RUS")),
        ("La Corée du Nord a testé un missile au large du Japon.", row("MOBILIZE", "PRK", "JPN")),
        ("Israël a rappelé des réservistes face à l'Iran.", row("MOBILIZE", "ISR", "IRN")),
        ("La Russie a dénoncé les allégations de l'Ukraine.", row("ACCUSE", "RUS", "UKR")),
        ("La Russie a exprimé sa désapprobation envers la France.", row("ACCUSE", "RUS", "FRA")),
        ("La France a adressé ses remerciements à l'Allemagne.", row("SUPPORT", "FRA", "DEU")),
        ("Le sabotage du gazoduc par la Russie visait l'Allemagne.", row("ASSAULT", "RUS", "DEU")),
        ("L'Ukraine a procédé au versement d'une aide à la Géorgie.", row("AID", "UKR", "GEO")),
        ("La Russie a convié l'Ukraine à Moscou.", row("CONSULT", "UKR", "RUS")),
    ],
)
def test_press_vocabulary(coders: dict[str, Coder], text: str, expected: Described) -> None:
    found = coded(coders["fr"], text, "fr")
    assert expected in found, found


def test_finalising_an_agreement_is_agreeing(coders: dict[str, Coder]) -> None:
    text = "La Russie et la Chine ont finalisé un accord gazier."
    both = frozenset({"RUS", "CHN"})
    assert ("AGREE", both, both, "asserted") in coded(coders["fr"], text, "fr")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # condolences offered are no aid
        ("La France a offert ses condoléances à l'Ukraine.", "AID"),
        # « exclure de » with an infinitive rules an act out, it bans no one
        ("La France n'a pas exclu de présenter une résolution contre l'Iran.", "SANCTION"),
        # « pour sabotage » names the charge of an inquiry, not an attack
        ("La Russie a ouvert une enquête pour sabotage contre l'Ukraine.", "ASSAULT"),
        # a summit not ruled out is no exclusion from a body
        ("Le Kremlin n'exclut pas une rencontre au sommet entre Poutine et Trump.", "SANCTION"),
        # paying one's own soldiers is no aid
        ("La France a versé les salaires de ses soldats en Ukraine.", "AID"),
        ("La France a procédé au versement des salaires de ses soldats en Ukraine.", "AID"),
    ],
)
def test_no_event_of_type(coders: dict[str, Coder], text: str, absent: str) -> None:
    assert absent not in types_coded(coders["fr"], text, "fr")


def test_excluding_a_state_from_a_council_sanctions_it(coders: dict[str, Coder]) -> None:
    text = "L'Ukraine a exclu la Russie du Conseil des droits de l'homme."
    found = coded(coders["fr"], text, "fr")
    assert ("SANCTION", frozenset({"UKR"}), frozenset({"RUS"}), "asserted") in found, found
