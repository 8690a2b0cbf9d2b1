"""A war sought, feared, avoided, risked or that one is drawn into or brought to the brink of
is no war fought: the nouns' ``without_governors`` and ``without_heads`` (``lang/<code>/
events.json``, « guerre », "war")."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.governed import governors
from newsgraph.events.syntax import Tree

from .helpers import types_coded
from .trees import parse

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"Nobody in Moscow is looking for a war with Ukraine," Vladimir Putin said.'),
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
        ("en", "Analysts look at Russia's war against Ukraine."),
        ("en", "Russia drew troops from the war against Ukraine."),
        ("en", "Russia risked its army in the war against Ukraine."),
        (
            "fr",
            "La Russie a redouté pendant la guerre contre l'Ukraine une intervention américaine.",
        ),
        ("fr", "La Russie a précipité la guerre contre l'Ukraine."),
        ("fr", "Moscou a entraîné ses soldats pour la guerre contre l'Ukraine."),
    ],
)
def test_a_war_waged_stays_an_assault(coders: dict[str, Coder], lang: str, text: str) -> None:
    """A war waged or told as a subject is the attack, and so is one that a verb barred
    only with its direct object or with another preposition takes as a mere setting
    ("look at", "risked its army in", « a redouté pendant »)."""
    assert "ASSAULT" in types_coded(coders[lang], text, lang)


def test_a_bare_oblique_is_an_object(fr: Tree) -> None:
    """A truce the parser hangs as an oblique with no preposition (a date between verb and
    noun) is the verb's object; an oblique with one is paired with it."""
    rejected = parse(
        [
            ("Moscou", "Moscou", "PROPN", "", 2, "nsubj"),
            ("a", "avoir", "AUX", "", 2, "aux:tense"),
            ("rejeté", "rejeter", "VERB", "", 2, "ROOT"),
            ("mardi", "mardi", "NOUN", "", 2, "obl:mod"),
            ("tout", "tout", "DET", "", 5, "det"),
            ("cessez-le-feu", "cessez-le-feu", "NOUN", "", 2, "obl:mod"),
        ]
    )
    assert governors(fr, rejected[5]) == {"rejeter", "rejeté"}
    feared = parse(
        [
            ("Moscou", "Moscou", "PROPN", "", 2, "nsubj"),
            ("a", "avoir", "AUX", "", 2, "aux:tense"),
            ("redouté", "redouter", "VERB", "", 2, "ROOT"),
            ("pendant", "pendant", "ADP", "", 5, "case"),
            ("la", "le", "DET", "", 5, "det"),
            ("guerre", "guerre", "NOUN", "", 2, "obl:mod"),
        ]
    )
    assert governors(fr, feared[5]) == {"redouter pendant", "redouté pendant"}
