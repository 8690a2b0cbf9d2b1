"""Who demonstrated when no phrase names them (:mod:`newsgraph.events.crowds`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan criticised South Korea. Thousands of people rallied in Seoul on Saturday."),
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes ont manifesté à Séoul.",
        ),
    ],
)
def test_protesters_no_phrase_names_are_the_people_of_the_place(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "PROTEST"]
    assert found and all(e[1] == {"KOR"} for e in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes ont manifesté "
            "dimanche devant l'ambassade du Japon à Séoul.",
        ),
        (
            "en",
            "Japan criticised South Korea. Thousands of people rallied on Sunday outside the "
            "Japanese embassy in Seoul.",
        ),
    ],
)
def test_a_protest_before_a_foreign_mission_is_the_host_country_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("PROTEST", frozenset({"KOR"}), frozenset({"JPN"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Union européenne a critiqué la Géorgie. Des milliers de manifestants se sont "
            "rassemblés dimanche contre le gouvernement géorgien.",
        ),
        (
            "en",
            "The European Union criticised Georgia. Thousands of demonstrators rallied on "
            "Sunday against the Georgian government.",
        ),
    ],
)
def test_crowds_are_never_an_organisation(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    assert not [f for f in found if f[0] == "PROTEST" and "European Union" in f[1]], found
