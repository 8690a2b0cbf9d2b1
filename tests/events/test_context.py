"""Sides an event's sentence does not name, from the context (:mod:`newsgraph.events.context`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {"en": Coder("en"), "fr": Coder("fr")}


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
    article = make_article(text, lang)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    protests = [e[:3] for e in found if e[0] == "PROTEST"]
    assert protests == [("PROTEST", frozenset({"PHL"}), frozenset({"CHN"}))], found
