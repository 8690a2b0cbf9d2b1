"""Sides an event's sentence does not name, from the context (:mod:`newsgraph.events.context`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "China and the Philippines are at odds over the reef. On Friday, about a hundred "
            "activists rallied outside the Chinese Consulate in Manila.",
            "en",
        ),
        (
            "La Chine et les Philippines s'opposent sur le récif. Vendredi, une centaine de "
            "manifestants se sont rassemblés devant l'ambassade de Chine à Manille.",
            "fr",
        ),
    ],
)
def test_a_crowd_at_a_state_s_mission_is_the_host_country_s_people(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    protests = [e[:3] for e in found if e[0] == "PROTEST"]
    assert protests == [("PROTEST", frozenset({"PHL"}), frozenset({"CHN"}))], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia rejected the report. Moscow said Russia had done nothing wrong. Russia will "
            "answer, it said. Japan held elections on Saturday. The European Union voiced deep "
            "concern.",
            "en",
        ),
        (
            "La Russie a rejeté le rapport. Moscou a dit que la Russie n'avait rien fait de mal. "
            "La Russie répondra, a-t-elle ajouté. Le Japon a organisé des élections samedi. "
            "L'Union européenne a vivement protesté.",
            "fr",
        ),
    ],
)
def test_a_target_from_the_sentence_before_is_the_story_s_main_other_state(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Words aimed at no one named, after a sentence that names a state in passing, are
    aimed at the article's main other state, not at the state named last."""
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"European Union"}), frozenset({"RUS"}), "asserted") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan criticised Russia on Monday. Attacks against Ukrainian troops continued.", "en"),
        (
            "Le Japon a critiqué la Russie lundi. Les frappes contre l'Ukraine se sont "
            "poursuivies.",
            "fr",
        ),
    ],
)
def test_an_act_with_no_doer_in_its_sentence_is_not_the_last_speaker_s(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """The source of the previous event is no guess for the doer of an act its sentence
    names no doer for: Japan did not attack Ukraine."""
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "ASSAULT" and "JPN" in e[1] for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Iran a accusé Israël d'agression. La France a accusé la Russie d'ingérence. "
            "Moscou a rejeté ces accusations.",
            "fr",
        ),
        (
            "Iran accused Israel of aggression. France accused Russia of interference. Moscow "
            "rejected the accusations.",
            "en",
        ),
    ],
)
def test_a_rejection_of_accusations_answers_the_charge_against_the_speaker(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    rejections = [e[:3] for e in found if e[0] == "REJECT"]
    assert rejections == [("REJECT", frozenset({"RUS"}), frozenset({"FRA"}))], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "South Korea held talks with Japan on Monday. South Korea said the talks went well, "
            "and Seoul thanked Japan. North Korea did not comment. The European Union will "
            "discuss North Korea's recent missile launches next week.",
            "en",
        ),
        (
            "La Corée du Sud a tenu des pourparlers avec le Japon lundi. La Corée du Sud a jugé "
            "les pourparlers utiles, et Séoul a remercié le Japon. La Corée du Nord n'a pas "
            "réagi. L'Union européenne examinera la semaine prochaine les récents lancements de "
            "missiles de la Corée du Nord.",
            "fr",
        ),
    ],
)
def test_a_show_of_force_is_aimed_at_the_story_s_other_state_not_an_organisation_nearby(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    shows = [e[:3] for e in found if e[0] == "MOBILIZE"]
    assert shows == [("MOBILIZE", frozenset({"PRK"}), frozenset({"KOR"}))], found
