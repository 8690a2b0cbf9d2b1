"""Modality cues read around a trigger, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Kremlin a écarté toute négociation avec Kiev.", "fr"),
        ("Russia ruled out talks with Ukraine.", "en"),
    ],
)
def test_an_act_ruled_out_is_negated(text: str, lang: str) -> None:
    # affirmed, a verb of ruling out leaves the act it governs undone, a noun as a verb
    article = make_article(text, lang)
    found = [described(article, e) for e in Coder(lang).code_article(article)]
    talks = [modality for kind, _, _, modality in found if kind == "CONSULT"]
    assert talks == ["negated"]


def test_an_act_not_ruled_out_stays_possible() -> None:
    article = make_article("The United States has not ruled out strikes on Iran.", "en")
    found = [described(article, e) for e in Coder("en").code_article(article)]
    assert ("ASSAULT", frozenset({"USA"}), frozenset({"IRN"}), "hypothetical") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia was excluded from talks between Ukraine and the United States.", "en"),
        ("La Russie a été exclue des pourparlers entre l'Ukraine et les États-Unis.", "fr"),
    ],
)
def test_an_act_beside_a_verb_of_ruling_out_is_not_ruled_out(text: str, lang: str) -> None:
    # only what the verb governs (object, complement, clause) is ruled out, not a phrase
    article = make_article(text, lang)
    found = [described(article, e) for e in Coder(lang).code_article(article)]
    assert not [e for e in found if e[3] == "negated" or e[0] == "REJECT"], found
    assert [e[:3] for e in found] == [
        ("CONSULT", frozenset({"UKR", "USA"}), frozenset({"UKR", "USA"}))
    ]
