"""A negated act in a clause of condition is no refusal (``newsgraph.events.unmet``): the
threat of the main clause is coded, the condition is not. A negated act to come outside a
condition stays a refusal."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.syntax import Tree
from newsgraph.events.unmet import unmet

from .helpers import coded
from .trees import parse

FIN = "VerbForm=Fin|Mood=Ind"

# "Israël agira si le Liban ne retire pas ses combattants ."
AGIRA_SI = [
    ("Israël", "Israël", "PROPN", "", 1, "nsubj"),
    ("agira", "agir", "VERB", "VerbForm=Fin|Tense=Fut", 1, "ROOT"),
    ("si", "si", "SCONJ", "", 7, "mark"),
    ("le", "le", "DET", "", 4, "det"),
    ("Liban", "Liban", "PROPN", "", 7, "nsubj"),
    ("ne", "ne", "ADV", "", 7, "advmod"),
    ("pas", "pas", "ADV", "", 7, "advmod"),
    ("retire", "retirer", "VERB", FIN, 1, "advcl"),
    ("ses", "son", "DET", "", 9, "det"),
    ("combattants", "combattant", "NOUN", "", 7, "obj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]

# "Iran will act if Washington does not withdraw ."
ACT_IF = [
    ("Iran", "Iran", "PROPN", "", 2, "nsubj"),
    ("will", "will", "AUX", "", 2, "aux"),
    ("act", "act", "VERB", "VerbForm=Inf", 2, "ROOT"),
    ("if", "if", "SCONJ", "", 7, "mark"),
    ("Washington", "Washington", "PROPN", "", 7, "nsubj"),
    ("does", "do", "AUX", FIN, 7, "aux"),
    ("not", "not", "PART", "", 7, "neg"),
    ("withdraw", "withdraw", "VERB", "VerbForm=Inf", 2, "advcl"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_french_clause_of_condition_is_unmet(fr: Tree) -> None:
    doc = parse(AGIRA_SI)
    assert unmet(fr, [doc[7]])
    assert not unmet(fr, [doc[1]])  # the main clause


def test_a_french_clause_of_time_is_not_a_condition(fr: Tree) -> None:
    rows = list(AGIRA_SI)
    rows[2] = ("quand", "quand", "SCONJ", "", 7, "mark")
    assert not unmet(fr, [parse(rows)[7]])


def test_an_english_clause_of_condition_is_unmet(en: Tree) -> None:
    doc = parse(ACT_IF)
    assert unmet(en, [doc[7]])
    assert not unmet(en, [doc[2]])


def test_an_indirect_question_is_not_a_condition(en: Tree) -> None:
    rows = list(ACT_IF)
    rows[7] = ("withdraw", "withdraw", "VERB", "VerbForm=Inf", 2, "ccomp")
    assert not unmet(en, [parse(rows)[7]])


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre israélien a averti qu'Israël agirait avec toute la force nécessaire "
            "si le Liban ne retirait pas ses combattants de la frontière.",
        ),
        (
            "en",
            "Tehran warned that Iran could expel the American inspectors if Washington did "
            "not withdraw its troops from Iraq.",
        ),
    ],
)
def test_a_negated_condition_is_no_refusal(coders: dict[str, Coder], lang: str, text: str) -> None:
    types = [found[0] for found in coded(coders[lang], text, lang)]
    assert "THREATEN" in types
    assert "REJECT" not in types


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Russie ne retirera pas ses troupes d'Ukraine, a déclaré Poutine."),
        ("en", "Russia will not withdraw its troops from Ukraine, Putin said."),
    ],
)
def test_a_negated_act_to_come_outside_a_condition_stays_a_refusal(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in coded(
        coders[lang], text, lang
    )
