"""End to end on the bundled examples and on the sample article in ../shared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph import Options, Pipeline, read, to_dict

from .conftest import EXAMPLES

pytestmark = pytest.mark.model


def process(paths: list[Path], pipeline: Pipeline) -> list:
    errors: list[Exception] = []
    articles = list(pipeline.pipe(read(paths, pipeline.options, errors.append)))
    assert errors == []
    return articles


def test_examples(pipeline: Pipeline) -> None:
    articles = {Path(a.origin).name: a for a in process([EXAMPLES], pipeline)}
    assert len(articles) == 8
    for name, article in articles.items():
        assert article.status == "ok" and article.text and article.language in ("fr", "en")
        assert article.doc is not None
        assert article.title or name == "fr-legacy-latin1.txt"  # wire copy without headline
    assert articles["fr-legacy-latin1.txt"].language == "fr"
    html = articles["fr-sanctions.html"]
    assert html.published == dt.date(2024, 5, 14) and html.authors


def test_seed_article(shared: Path, pipeline: Pipeline) -> None:
    [article] = process([shared / "samples" / "seed-fr.txt"], pipeline)
    assert article.text.startswith("Le secrétaire d’État américain Antony Blinken a condamné")
    assert article.text.endswith("par le biais de la Déclaration de Washington.")
    assert article.title is not None and article.title.startswith(
        "Le secrétaire d’État américain Antony"
    )
    assert article.authors == ["Amanda Florian"]
    assert article.translated_from == "Forbes US"
    assert article.language == "fr"
    assert article.published_estimated and article.published >= dt.date(2023, 8, 3)
    for chrome in (
        "logo_blanc",
        "Rechercher",
        "Likez",
        "Newsletter",
        "Abonnez-vous",
        "découvrez chaque trimestre",
        "TTC",
        "À lire également",
        "Getty Images",
    ):
        assert chrome not in article.text
    assert article.captions[0].credit == "Getty Images"


def test_the_same_article_gets_the_same_id(pipeline: Pipeline) -> None:
    path = EXAMPLES / "en-talks-scrape.txt"
    first, second = process([path, path], pipeline)
    assert first.id == second.id


def test_options_reach_the_stages() -> None:
    pipeline = Pipeline.from_options(
        Options(published=dt.date(2020, 1, 2), stages=("clean", "language", "published"))
    )
    [article] = process([EXAMPLES / "en-talks-scrape.txt"], pipeline)
    assert article.published == dt.date(2020, 1, 2) and article.doc is None


def test_every_example_output_follows_the_schema(pipeline: Pipeline) -> None:
    from .test_serialize import schema_validator

    validator = schema_validator()
    for article in process([EXAMPLES], pipeline):
        validator.validate(to_dict(article))
