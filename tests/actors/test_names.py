"""The article's names from the name gazetteer's hits, on hand-built articles (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors.gazetteer import tokens
from newsgraph.actors.index import ActorIndex
from newsgraph.actors.names import ArticleNames, article_names, person_spans
from newsgraph.article import Article, Entity, Removed, Span
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


def test_a_dateline_the_cleaner_took_off_is_still_the_home_country(index: ActorIndex) -> None:
    text = "Ruritania's envoy met Iran's envoy on Tuesday."
    article = _article(text, "en", [])
    article.removed = [
        Removed(1, "THE DAILY LEDGER", "outside-body"),
        Removed(4, "NAIROBI, June 3, 2026 09:10 EAT | Updated: June 3, 2026", "publication-info"),
    ]
    assert _names(index, article).home == "KEN"
    article.removed = [Removed(4, "KENYA | WORLD | SPORT", "navigation")]
    assert _names(index, article).home is None


def test_a_body_owned_by_a_possessive_is_the_state_s_the_possessive_takes_up(
    index: ActorIndex,
) -> None:
    text = "Peru hit back on Monday. Its Foreign Office summoned the envoy."
    found = _names(index, _article(text, "en", []))
    office = next(h.values[0] for h in found.names if h.text == "Foreign Office")
    assert getattr(office, "country", None) == "PER"
    text = "Peru hit back on Monday. The Foreign Office summoned the envoy."
    found = _names(index, _article(text, "en", []))
    office = next(h.values[0] for h in found.names if h.text == "Foreign Office")
    assert getattr(office, "country", None) == "GBR"
    text = "Peru sent envoys to Chile and its Foreign Office said so."
    found = _names(index, _article(text, "en", []))
    office = next(h.values[0] for h in found.names if h.text == "Foreign Office")
    assert getattr(office, "country", None) == "PER"  # the subject's, not the last state's


def test_a_place_inside_a_person_s_name_is_no_place(index: ActorIndex) -> None:
    text = "Le député Santiago Ramírez a rencontré le président du Chili."
    found = _names(index, _article(text, "fr", ["Santiago Ramírez"]))
    assert found.home is None
    assert [h.text for h in found.names] == ["Chili"]  # "Santiago" alone would be Chile
