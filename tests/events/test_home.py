"""A state's own act aimed at no one named, in a story about that one state
(:meth:`newsgraph.events.crowds.CrowdSides._home_target`), and words inside an armed group's
name (:func:`newsgraph.events.coder._in_a_name`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article
from .test_domestic import with_actor

pytestmark = pytest.mark.model

#: A story of Kordavia alone, then an act of its authorities that names no one it is aimed at.
ONE_STATE = {
    "en": (
        "Kordavia's president declared martial law. Kordavia's parliament voted to lift it. "
        "Kordavia's opposition filed a motion. "
        "Kordavia's army shot down three helicopters on Monday."
    ),
    "fr": (
        "Le président de la Kordavie a décrété la loi martiale. Le parlement de la Kordavie "
        "l'a levée. L'opposition de la Kordavie a déposé une motion. "
        "L'armée de la Kordavie a abattu lundi trois hélicoptères."
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_aimed_at_no_one_in_a_story_of_one_state_is_aimed_at_it(
    coders: dict[str, Coder], lang: str
) -> None:
    article = make_article(ONE_STATE[lang], lang)
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia", "Kordavie")
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    assert ("ASSAULT", frozenset({"KOR"}), frozenset({"KOR"})) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kordavia's president met Zembla's president. Kordavia and Zembla signed a deal. "
            "Zembla and Kordavia will meet again. "
            "Kordavia's army shot down three helicopters on Monday.",
        ),
        (
            "fr",
            "Le président de la Kordavie a rencontré celui de la Zemblie. La Kordavie et la "
            "Zemblie ont signé un accord. La Zemblie et la Kordavie se reverront. "
            "L'armée de la Kordavie a abattu lundi trois hélicoptères.",
        ),
    ],
)
def test_an_act_aimed_at_no_one_in_a_story_of_two_states_is_not_the_doer_s_own(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia", "Kordavie")
    with_actor(article, "Zembla", "country", "ZMB", "GOV", "Zembla", "Zemblie")
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    assert ("ASSAULT", frozenset({"KOR"}), frozenset({"KOR"})) not in found, found


def test_a_word_inside_an_armed_group_s_name_is_no_trigger(coders: dict[str, Coder]) -> None:
    # French only: the English form of this sentence codes no SUPPORT even without the rule
    text = ONE_STATE["fr"].rsplit(". ", 1)[0] + ". "
    text += "Les Forces de soutien kordaviennes ont attaqué la ville."
    article = make_article(text, "fr")
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia", "Kordavie")
    forces = "Forces de soutien kordaviennes"
    with_actor(article, "Kordavian Support Forces", "group", "KOR", "REB", forces)
    found = {described(article, e)[0] for e in coders["fr"].code_article(article)}
    assert "SUPPORT" not in found, found
