"""Judgements of an act taken up, not named (:mod:`newsgraph.events.takenup`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor
from newsgraph.events import Coder
from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.takenup import joined, taken_up

from .helpers import coded

RUSSIA = Actor(id="RUS", name="Russia", kind="country", country="RUS")
ARMENIA = Actor(id="ARM", name="Armenia", kind="country", country="ARM")
ECOWAS = Actor(id="org:ecowas", name="ECOWAS", kind="organization", sector="IGO")


def test_the_author_of_the_act_told_before_is_aimed_at() -> None:
    assert taken_up([RUSSIA], [("AGREE", [ARMENIA], [ECOWAS])]) == [ARMENIA]


def test_the_judge_s_own_act_before_gives_whom_it_answered() -> None:
    acts = [("REJECT", [ARMENIA], [ECOWAS]), ("ASSAULT", [RUSSIA], [ARMENIA])]
    assert taken_up([ARMENIA], acts) == [ECOWAS]


def test_a_reciprocal_act_is_passed_over() -> None:
    acts = [("CONSULT", [RUSSIA, ECOWAS], [RUSSIA, ECOWAS]), ("AGREE", [ARMENIA], [])]
    assert taken_up([RUSSIA], acts) == [ARMENIA]


def test_no_one_when_only_the_judge_acted() -> None:
    assert taken_up([RUSSIA], [("ASSAULT", [RUSSIA], [])]) == []


def test_a_noun_of_acts_joins_the_first_judgement_of_another_party() -> None:
    judged = [([ARMENIA], [RUSSIA]), ([RUSSIA], [ECOWAS])]
    assert joined([ECOWAS], judged) == [RUSSIA]


def test_a_judgement_aimed_at_the_judge_or_by_it_is_passed_over() -> None:
    judged = [([RUSSIA], [ARMENIA]), ([ARMENIA], [ECOWAS]), ([ECOWAS], [RUSSIA])]
    assert joined([ARMENIA], judged) == [RUSSIA]
    assert joined([ARMENIA], judged[:2]) == []


def test_a_self_judgement_is_joined_by_no_one() -> None:
    assert joined([ECOWAS], [([RUSSIA], [RUSSIA]), ([ARMENIA], [])]) == []


def test_the_nouns_of_acts_are_language_data() -> None:
    assert "agissement" in load_lexicon("fr").judged_acts
    assert "action" in load_lexicon("en").judged_acts


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
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"RUS"}), frozenset({"JPN"}), "asserted") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea fired two missiles toward Japan, and Seoul condemned the provocation.", "en"),
        (
            "La Corée du Nord a tiré deux missiles vers le Japon, et Séoul a condamné une "
            "provocation.",
            "fr",
        ),
    ],
)
def test_a_condemned_act_named_by_what_it_is_blames_the_author_before(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"KOR"}), frozenset({"PRK"}), "asserted") in found, found


@pytest.mark.model
def test_a_person_pronoun_is_no_act(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Japan sanctioned China on Monday. Russia called him a liar.", "en")
    assert not any(e[0] == "ACCUSE" and e[2] == {"JPN"} for e in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Manila accused Beijing of ramming its ships. Washington backed Manila. Tokyo also "
            "condemned these actions.",
            "en",
        ),
        (
            "Manille a accusé Pékin d'avoir éperonné ses navires. Washington a soutenu Manille. "
            "Tokyo a également condamné ces agissements.",
            "fr",
        ),
    ],
)
def test_condemned_acts_with_no_act_before_join_the_first_condemnation(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"JPN"}), frozenset({"CHN"}), "asserted") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Beijing accused Manila of provocations. Manila condemned these actions.", "en"),
        ("Pékin a accusé Manille de provocations. Manille a condamné ces agissements.", "fr"),
    ],
)
def test_a_condemnation_never_joins_one_aimed_at_its_judge(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "ACCUSE" and e[1] == e[2] == {"PHL"} for e in found), found
