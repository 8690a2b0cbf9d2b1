"""Events told by a light verb and its noun (« lancer une attaque », "held talks"): the
lexicon's ``with`` key gives the verb a sense only with that noun among its dependents, and
the noun's own sense covers the rest (« a mené une offensive »). These pin the constructions
of both languages that hold, and the figurative ones the gold does not code as events."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, both, coded, row, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("fr", "La Russie a lancé un assaut contre l'Ukraine.", row("ASSAULT", "RUS", "UKR")),
        ("fr", "La Russie a mené un assaut contre l'Ukraine.", row("ASSAULT", "RUS", "UKR")),
        ("fr", "La France a apporté son soutien à l'Ukraine.", row("SUPPORT", "FRA", "UKR")),
        ("fr", "La Chine a donné son feu vert à la Corée du Nord.", row("AGREE", "CHN", "PRK")),
        (
            "fr",
            "L'armée russe a procédé à des tirs contre l'Ukraine.",
            row("ASSAULT", "RUS", "UKR"),
        ),
        (
            "fr",
            "La Géorgie a rompu les relations diplomatiques avec la Russie.",
            row("SANCTION", "GEO", "RUS"),
        ),
        ("fr", "L'Iran et les États-Unis ont tenu des pourparlers.", both("CONSULT", "IRN", "USA")),
        ("fr", "La Russie a conclu un pacte avec la Corée du Nord.", both("AGREE", "RUS", "PRK")),
        ("en", "Israel launched an offensive against Iran.", row("ASSAULT", "ISR", "IRN")),
        ("en", "Georgia cut ties with Russia.", row("SANCTION", "GEO", "RUS")),
        ("en", "Iran and the United States held talks.", both("CONSULT", "IRN", "USA")),
        # the parser's dative "to" is a preposition like any other (events-en.74)
        ("en", "China gave the green light to Israel.", row("AGREE", "CHN", "ISR")),
        ("en", "France lent its support to Ukraine.", row("SUPPORT", "FRA", "UKR")),
        (
            "en",
            "North Korean soldiers took part in attacks against Ukraine.",
            row("ASSAULT", "PRK", "UKR"),
        ),
    ],
)
def test_a_light_verb_and_its_noun_state_the_event(
    coders: dict[str, Coder], code: str, text: str, expected: Described
) -> None:
    found = coded(coders[code], text, code)
    assert expected in found, found


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # raising one's tone is a manner of speaking, no accusation of its own (dev: 3, no gold)
        ("fr", "La France a haussé le ton face à l'Algérie."),
        # « prendre parti », not « prendre part »: taking sides in a dispute is no event
        ("fr", "La Chine ne veut pas prendre parti entre la Russie et l'Ukraine."),
    ],
)
def test_figurative_light_verbs_state_no_event(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    assert types_coded(coders[code], text, code) == []
