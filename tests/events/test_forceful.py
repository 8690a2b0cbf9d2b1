"""A threat that names force holds out an armed act: THREATEN and ASSAULT (hypothetical)
(``newsgraph.events.forceful``; parses written by hand, then the model)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.forceful import threatens_force
from newsgraph.events.syntax import Tree

from .helpers import coded
from .trees import parse

# "Moscou a menacé de recourir à la force ."
RESORT_TO_FORCE = [
    ("Moscou", "Moscou", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "", 2, "aux"),
    ("menacé", "menacer", "VERB", "VerbForm=Part", 2, "ROOT"),
    ("de", "de", "ADP", "", 4, "mark"),
    ("recourir", "recourir", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("à", "à", "ADP", "", 7, "case"),
    ("la", "le", "DET", "", 7, "det"),
    ("force", "force", "NOUN", "", 4, "obl"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "Russia warned of the use of force ."
USE_OF_FORCE = [
    ("Russia", "Russia", "PROPN", "", 1, "nsubj"),
    ("warned", "warn", "VERB", "VerbForm=Fin", 1, "ROOT"),
    ("of", "of", "ADP", "", 4, "prep"),
    ("the", "the", "DET", "", 4, "det"),
    ("use", "use", "NOUN", "", 1, "pobj"),
    ("of", "of", "ADP", "", 4, "prep"),
    ("force", "force", "NOUN", "", 5, "pobj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_french_threat_to_resort_to_force_names_force(fr: Tree) -> None:
    assert threatens_force(fr, parse(RESORT_TO_FORCE)[2])


def test_a_french_coup_de_force_is_no_force_used(fr: Tree) -> None:
    rows = list(RESORT_TO_FORCE)  # "… menacé par un coup de force": a noun not of using it
    rows[4] = ("coup", "coup", "NOUN", "", 2, "obl")
    rows[5] = ("de", "de", "ADP", "", 7, "case")
    rows[6] = ("un", "un", "DET", "", 4, "det")
    rows[7] = ("force", "force", "NOUN", "", 4, "nmod")
    assert not threatens_force(fr, parse(rows)[2])


def test_french_forces_are_troops_not_force(fr: Tree) -> None:
    rows = list(RESORT_TO_FORCE)
    rows[7] = ("forces", "force", "NOUN", "Number=Plur", 4, "obl")
    assert not threatens_force(fr, parse(rows)[2])


def test_an_english_threat_of_the_use_of_force_names_force(en: Tree) -> None:
    assert threatens_force(en, parse(USE_OF_FORCE)[1])


def test_an_english_force_after_an_article_is_a_unit(en: Tree) -> None:
    rows = [  # "Russia warned of a force ."
        ("Russia", "Russia", "PROPN", "", 1, "nsubj"),
        ("warned", "warn", "VERB", "VerbForm=Fin", 1, "ROOT"),
        ("of", "of", "ADP", "", 1, "prep"),
        ("a", "a", "DET", "", 4, "det"),
        ("force", "force", "NOUN", "", 2, "pobj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    assert not threatens_force(en, parse(rows)[1])


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia warned that it would act with all necessary force against Ukraine."),
        ("en", "The United States refused to rule out the use of force against Russia."),
        ("fr", "La Russie a averti qu'elle emploierait la force contre Kiev."),
        ("fr", "La Russie a menacé l'Ukraine de l'usage de la force."),
    ],
)
def test_a_threat_of_force_is_also_an_assault_to_come(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("THREATEN", found[0][1], found[0][2], "asserted") in found, found
    assert ("ASSAULT", found[0][1], found[0][2], "hypothetical") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia warned Ukraine that its aid was threatened by the show of force."),
        ("fr", "La Russie a averti que son aide à l'Ukraine serait menacée par ce coup de force."),
    ],
)
def test_a_threat_that_names_no_force_used_is_no_assault(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert not [f for f in found if f[0] == "ASSAULT"], found


@pytest.mark.model
def test_a_threat_of_force_keeps_the_other_acts_it_implies(coders: dict[str, Coder]) -> None:
    found = coded(
        coders["en"], "Russia threatened Ukraine with sanctions and the use of force.", "en"
    )
    kinds = {(kind, modality) for kind, _, _, modality in found}
    assert {("SANCTION", "hypothetical"), ("ASSAULT", "hypothetical")} <= kinds, found
