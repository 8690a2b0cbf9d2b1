"""The article's names from the name gazetteer's hits, on hand-built articles (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors.gazetteer import tokens
from newsgraph.actors.index import ActorIndex
from newsgraph.actors.names import ArticleNames, article_names, person_spans
from newsgraph.article import Article, Entity, Span
from newsgraph.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(KnowledgeBase.load(), ["en", "fr"])


def _article(text: str, code: str, people: list[str]) -> Article:
    entities = [Entity(text.index(p), text.index(p) + len(p), p, "PERSON", "PER") for p in people]
    return Article(raw=text, text=text, language=code, published=dt.date(2025, 3, 5),
                   paragraphs=[Span(0, len(text), text)], entities=entities)  # fmt: skip


def _names(index: ActorIndex, article: Article) -> ArticleNames:
    people = person_spans(article, index.cues[article.language or ""])
    return article_names(article, index, tokens(article.text), people)


def test_person_spans_leave_out_titles_and_honorifics(index: ActorIndex) -> None:
    text = "Le président Emmanuel Macron a reçu M. Zelensky à Paris."
    article = _article(text, "fr", ["président Emmanuel Macron", "M. Zelensky"])
    spans = person_spans(article, index.cues["fr"])
    assert [text[s:e] for s, e in spans] == ["Emmanuel Macron", "Zelensky"]


def test_a_dateline_is_the_home_country_and_no_actor(index: ActorIndex) -> None:
    text = "RIYADH — Saudi Arabia's foreign minister met Iran's envoy on Tuesday."
    found = _names(index, _article(text, "en", []))
    assert found.home == "SAU"
    assert [h.text for h in found.names] == ["Saudi Arabia", "Iran"]


def test_a_place_inside_a_person_s_name_is_no_place(index: ActorIndex) -> None:
    text = "Le député Santiago Ramírez a rencontré le président du Chili."
    found = _names(index, _article(text, "fr", ["Santiago Ramírez"]))
    assert found.home is None
    assert [h.text for h in found.names] == ["Chili"]  # "Santiago" alone would be Chile
