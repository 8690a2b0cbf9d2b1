"""Stage ``actors``: every political actor of the article, resolved to one canonical actor."""

from __future__ import annotations

from typing import ClassVar

from .. import lang
from ..actors.index import ActorIndex
from ..actors.registry import MemoryRegistry, Registry, SqliteRegistry
from ..actors.resolve import ArticleActors
from ..article import Article
from ..options import Options


class Actors:
    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("text", "entities", "doc", "published", "authors")
    assigns: ClassVar[tuple[str, ...]] = ("actors",)
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        languages = [code for code in sorted(options.models) if code in lang.available("actors")]
        self.index = ActorIndex.load(languages)
        self.version = "actors.v1+" + self.index.version
        self.registry: Registry = (
            SqliteRegistry(options.registry) if options.registry else MemoryRegistry()
        )

    def __call__(self, article: Article) -> Article:
        actors, lessons = ArticleActors(article, self.index, self.registry).build()
        article.actors = actors
        for entry in lessons:
            self.registry.learn(entry)
        return article
