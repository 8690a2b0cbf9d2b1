"""Whom a named speaker speaks for, on hand-built articles (no model)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Article
from newsgraph.quotes.officials import state_of

from .build import Cast, quotes_of
from .conftest import Build


def _article(actors: list[Actor]) -> Article:
    text = "The White House said so."
    return Article(raw=text, text=text, language="en", actors=actors)


def test_an_official_s_state_is_the_article_s_actor_for_his_country() -> None:
    usa = Actor("USA", "United States", "country", "USA", "GOV")
    spokesman = Actor("Q1", "John Kirby", "person", "USA", "GOV")
    article = _article([spokesman, usa])
    assert state_of(article, spokesman) is usa


def test_no_state_when_the_article_names_none_of_the_country_or_none_is_known() -> None:
    usa = Actor("USA", "United States", "country", "USA", "GOV")
    article = _article([usa])
    assert state_of(article, Actor("Q2", "Jean-Noël Barrot", "person", "FRA", "GOV")) is None
    assert state_of(article, Actor("Q3", "Someone", "person")) is None


def _state_and_people(article: Article, country: str) -> Article:
    """``article`` with its people of ``country`` and that state an actor."""
    for actor in article.actors:
        actor.country = country
    article.actors.append(Actor("st", "Zembia", "country", country))
    return article


@pytest.mark.model
def test_a_name_set_off_after_an_indefinite_description_is_who_it_introduces(
    build: Build,
) -> None:
    text = (
        "An army spokesman, Lt Col Eitan Varsh, accused the rebels of rebuilding their bases "
        'along the river "in broad daylight" within sight of the army.'
    )
    cast: Cast = {"Eitan Varsh": ("person", ["Eitan Varsh"])}
    article = _state_and_people(build(text, "en", cast), "ZMB")
    assert [s for _, s, direct in quotes_of(article) if direct] == ["Eitan Varsh"]


@pytest.mark.model
def test_a_label_that_is_a_person_s_surname_names_that_person(build: Build) -> None:
    text = (
        "The BBC interviewed Chancellor Anna Rhodes on Sunday.\n\n"
        "Kettering: Will you raise taxes?\n\n"
        'Rhodes: "I am not going to write the budget on your programme."'
    )
    cast: Cast = {"Anna Rhodes": ("person", ["Anna Rhodes", "Rhodes"])}
    article = _state_and_people(build(text, "en", cast), "GBR")
    assert [s for _, s, direct in quotes_of(article) if direct] == ["Anna Rhodes"]
