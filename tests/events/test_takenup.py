"""Judgements of an act a pronoun takes up (:mod:`newsgraph.events.takenup`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor
from newsgraph.events import Coder
from newsgraph.events.takenup import taken_up

from .helpers import described, make_article

RUSSIA = Actor(id="RUS", name="Russia", kind="country", country="RUS")
ARMENIA = Actor(id="ARM", name="Armenia", kind="country", country="ARM")
ECOWAS = Actor(id="org:ecowas", name="ECOWAS", kind="organization", sector="IGO")


def test_the_author_of_the_act_told_before_is_aimed_at() -> None:
    assert taken_up([RUSSIA], [([ARMENIA], [ECOWAS])], []) == [ARMENIA]


def test_the_judge_s_own_act_before_gives_whom_it_answered() -> None:
    assert taken_up([ARMENIA], [([ARMENIA], [ECOWAS]), ([RUSSIA], [])], []) == [ECOWAS]


def test_with_no_act_before_the_last_author_of_the_story_unless_the_judge() -> None:
    assert taken_up([RUSSIA], [], [ARMENIA]) == [ARMENIA]
    assert taken_up([RUSSIA], [], [RUSSIA]) == []


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {"en": Coder("en"), "fr": Coder("fr")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan sanctioned China on Monday. Russia called it a grave mistake.", "en"),
        ("Le Japon a sanctionné la Chine lundi. La Russie l'a qualifié d'erreur grave.", "fr"),
    ],
)
def test_a_judgement_of_it_blames_the_author_of_the_act_before(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    article = make_article(text, lang)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    assert ("ACCUSE", frozenset({"RUS"}), frozenset({"JPN"}), "asserted") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan sanctioned China on Monday. Russia called him a liar.", "en"),
    ],
)
def test_a_person_pronoun_is_no_act(coders: dict[str, Coder], text: str, lang: str) -> None:
    article = make_article(text, lang)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    assert not any(e[0] == "ACCUSE" and e[2] == {"JPN"} for e in found), found
