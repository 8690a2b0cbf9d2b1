"""Stage ``events``: declarations, versions, and events coded on articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.article import Actor, Span
from newsgraph.evaluate import load_gold
from newsgraph.evaluate.run import article_for
from newsgraph.evaluate.score import score_events
from newsgraph.serialize import to_dict
from newsgraph.stages.events import Events

from ..conftest import ROOT
from ..events.helpers import make_article


@pytest.fixture(scope="module")
def stage() -> Events:
    return Events(Options())


def test_declarations() -> None:
    assert Events.name == "events"
    assert Events.requires == ("doc", "actors", "quotes")
    assert Events.assigns == ("events", "actors")  # countries standing in for a place
    assert Events.any_language is False


def test_version_names_the_code_and_the_data(stage: Events) -> None:
    for part in ("events.v2", "events-fr.", "events-en.", "plover-mapping.", "kb-"):
        assert part in stage.version


def test_a_language_without_a_lexicon_gets_no_events_and_a_warning(stage: Events) -> None:
    article = Article(raw="x", text="x", language="de")
    article.doc = object()
    assert stage(article).events == []
    assert any("no event lexicon" in w for w in article.warnings)


class _Coder:
    """A coder that records the actors it was given, and fails when told to."""

    def __init__(self, fail: bool) -> None:
        self.fail, self.seen = fail, []

    def code_article(self, article: Article) -> list:
        self.seen = [a.id for a in article.actors]
        if self.fail:
            raise RuntimeError("coder failed")
        return []


def _with_unplaced_body() -> Article:
    article = Article(raw="x", text="x", language="fr")
    article.doc = object()
    article.actors = [
        Actor("USA", "United States", "state", "USA"),
        Actor("org::voltana", "Voltana", "organization"),
        Actor("ITA", "Italy", "state", "ITA"),
    ]
    return article


@pytest.mark.parametrize("fail", [False, True])
def test_a_body_of_no_country_is_hidden_from_the_coder_and_put_back(fail: bool) -> None:
    stage = Events(Options())
    coder = _Coder(fail)
    stage.coders = {"fr": coder}  # type: ignore[dict-item]
    article = _with_unplaced_body()
    if fail:
        with pytest.raises(RuntimeError):
            stage(article)
    else:
        stage(article)
    assert coder.seen == ["USA", "ITA"]
    assert [a.id for a in article.actors] == ["USA", "org::voltana", "ITA"]


@pytest.mark.model
def test_codes_an_article(stage: Events) -> None:
    article = make_article(
        "Les États-Unis ont imposé des sanctions à l'Iran mardi dernier. "
        "Téhéran a dénoncé une décision illégale.",
        "fr",
        published=dt.date(2024, 6, 20),
        names=["United States", "Iran"],
    )
    events = stage(article).events
    summary = [(e.type, e.source, e.target, e.modality, e.date) for e in events]
    assert summary == [
        ("SANCTION", ["United States"], ["Iran"], "asserted", "2024-06-18"),
        # the reply has no time of its own: it is part of the occasion just dated
        ("ACCUSE", ["Iran"], ["United States"], "asserted", "2024-06-18"),
    ]
    assert all(e.coder and e.coder in stage.version for e in events)


@pytest.mark.model
@pytest.mark.shared
def test_the_seed_article_with_its_actors_given(stage: Events, shared: Path) -> None:
    """The sample article, with the gold actors found by name (the actors stage aside): at
    least 9 of its 11 events, and at most 4 others."""
    record = load_gold([ROOT / "gold" / "seed.jsonl"], shared)[0]
    names = {
        "Antony Blinken": ["Antony Blinken", "Blinken", "secrétaire d’État américain"],
        "Kim Jong-un": ["Kim\u00a0Jong-un", "nord-coréen"],
        "Vladimir Putin": ["Vladimir\u00a0Poutine"],
        "Jake Sullivan": ["Jake Sullivan", "conseiller américain"],
        "Joe Biden": ["Joe\u00a0Biden", "président américain"],
        "Yoon Suk-yeol": ["Yoon\u00a0Suk-yeol", "président sud-coréen"],
        "North Korea": ["Corée du Nord", "elle en paiera"],
        "Russia": ["Russie"],
        "United States": ["États-Unis"],
        "South Korea": ["Corée du Sud"],
        "Ukraine": ["Ukraine"],
    }
    parse = Pipeline.from_options(Options(stages=("clean", "language", "published", "parse")))
    article = parse(article_for(record))
    article.actors = []
    for gold in record.actors:
        forms = names.get(gold.name, [])
        mentions = []
        for form in forms:
            start = article.text.find(form)
            while start >= 0:
                # a resolved pronoun is the pronoun alone: "elle" of "elle en paiera"
                end = start + len(form.split()[0]) if form.startswith("elle") else start + len(form)
                mentions.append(Span(start, end, article.text[start:end]))
                start = article.text.find(form, start + 1)
        article.actors.append(
            Actor(gold.name, gold.name, gold.kind, gold.country, gold.sector, mentions=mentions)
        )
    article = stage(article)
    metrics, _ = score_events(to_dict(article), record)
    assert metrics.counts.found >= 9
    assert metrics.counts.output - metrics.counts.correct <= 4
