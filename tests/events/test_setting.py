"""Places of events: where an event happened, with its country."""

from __future__ import annotations

import pytest

from newsgraph import Article
from newsgraph.events import Coder
from newsgraph.events.participants import ActorIndex
from newsgraph.events.setting import Places

from .helpers import coded, make_article


def test_a_capital_the_model_did_not_take_for_a_place_still_is_one() -> None:
    text = "Russia fired missiles at Kyiv and at the Russian border on Tuesday."
    article = Article(raw=text, text=text, language="en")  # no entities: the model saw none
    places = Places(article, ActorIndex(article), "en")
    kyiv = places.entity_in(text.index("Kyiv"), text.index(" and"))
    assert kyiv is not None and (kyiv.text, places.country(kyiv)) == ("Kyiv", "UKR")
    # an adjective of a state names no place
    assert places.entity_in(text.index("the Russian"), text.index(" on")) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes se sont rassemblées "
            "dimanche sur la place de la Liberté, à Séoul.",
        ),
        (
            "en",
            "Japan criticised South Korea. Thousands of people rallied on Sunday in Freedom "
            "Square, in Seoul.",
        ),
    ],
)
def test_a_place_of_a_known_country_comes_before_a_square_of_none(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:2] for e in coded(coders[lang], text, lang)}
    assert ("PROTEST", frozenset({"KOR"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        (
            "fr",
            "Le président Joe Biden a rencontré Yoon Suk-yeol à Washington.",
            "Washington",
            "USA",
        ),
        ("fr", "Joe Biden et Yoon Suk-yeol se sont rencontrés à Séoul.", "Séoul", "KOR"),
        ("en", "Putin met Kim Jong Un in Pyongyang.", "Pyongyang", "PRK"),
    ],
)
def test_place_is_where_the_event_happened_with_its_country(
    coders: dict[str, Coder], lang: str, text: str, place: str, country: str
) -> None:
    article = make_article(text, lang)
    events = coders[lang].code_article(article)
    assert [(e.place, e.place_country) for e in events] == [(place, country)]


@pytest.mark.model
def test_a_place_named_as_the_target_is_not_the_place(coders: dict[str, Coder]) -> None:
    article = make_article("Le voyage de Kim Jong-un en Russie a inquiété Séoul.", "fr")
    (event,) = coders["fr"].code_article(article)
    assert event.place is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", "Russia launched drones at Kharkiv on Tuesday.", "Kharkiv", "UKR"),
        ("fr", "La Russie a lancé des drones sur Kharkiv mardi.", "Kharkiv", "UKR"),
        ("fr", "Des frappes ont visé Alep dans la nuit.", "Alep", "SYR"),
    ],
)
def test_a_city_inside_a_country_the_model_missed_gives_its_country(
    lang: str, text: str, name: str, country: str
) -> None:
    article = Article(raw=text, text=text, language=lang)  # no entities: the model saw none
    places = Places(article, ActorIndex(article), lang)
    found = places.entity_in(text.index(name), text.index(name) + len(name) + 1)
    assert found is not None and (found.text, places.country(found)) == (name, country)
