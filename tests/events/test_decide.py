"""Deciding what a trigger is coded as (:mod:`newsgraph.events.decide`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def test_a_noun_a_one_sided_verb_states_through_a_preposition_is_that_verb_s_act(
    coders: dict[str, Coder],
) -> None:
    text = "Iran hosted Russia and China for talks in Tehran."
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("CONSULT") == 1, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany condemned the attacks on Ukraine.", "en"),
        ("L'Allemagne a dénoncé les bombardements sur Kiev.", "fr"),
    ],
)
def test_a_judged_act_naming_only_its_victim_is_not_aimed_at_the_victim(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Condemning an act that names whom it hit but no author blames its author, never its
    victim: with no author told, there is no one to aim the judgement at."""
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "ACCUSE" and "UKR" in e[2] for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia bombed Kyiv on Monday. Germany condemned the attacks on Ukraine.", "en"),
        (
            "La Russie a bombardé Kiev lundi. L'Allemagne a dénoncé les bombardements sur Kiev.",
            "fr",
        ),
    ],
)
def test_a_judged_act_naming_only_its_victim_blames_the_last_doer_of_that_act(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """The author of an act judged without one is whoever the story last told doing it."""
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in found, found
    assert not any(e[0] == "ACCUSE" and "UKR" in e[2] for e in found), found
