"""The event of a yes/no question is hypothetical; a question on a word leaves it as told."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Q: Is Russia withdrawing its troops from Ukraine?", "en"),
        ("La Russie a-t-elle retiré ses troupes d'Ukraine ?", "fr"),
    ],
)
def test_an_act_asked_about_is_hypothetical(coders: dict[str, Coder], text: str, lang: str) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["hypothetical"], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Why did Russia withdraw its troops from Ukraine?", "en"),
        ("Pourquoi la Russie a-t-elle retiré ses troupes d'Ukraine ?", "fr"),
    ],
)
def test_a_question_on_a_word_leaves_the_act_as_told(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "RETREAT"] == ["asserted"], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Does France know that Russia attacked Ukraine?", "en"),
        ("La France sait-elle que la Russie a attaqué l'Ukraine ?", "fr"),
    ],
)
def test_an_act_told_under_the_question_is_given(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["asserted"], found
