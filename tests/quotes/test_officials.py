"""Whom a named speaker speaks for, on hand-built articles (no model)."""

from __future__ import annotations

from newsgraph.article import Actor, Article
from newsgraph.quotes.officials import state_of


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
