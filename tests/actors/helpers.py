"""Running the pipeline on a hand-written article and reading its actors, for the actors tests."""

from __future__ import annotations

import datetime as dt

from newsgraph import Article, Pipeline


def run(pipeline: Pipeline, text: str, published: dt.date = dt.date(2023, 9, 20)) -> Article:
    return pipeline(Article(raw=text, published=published))


def actors(article: Article) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.kind, a.country, a.sector) for a in article.actors}


def mentions_of(article: Article, name: str) -> list[str]:
    """The words of every mention of the actor called ``name``."""
    return [m.text for a in article.actors if a.name == name for m in a.mentions]
