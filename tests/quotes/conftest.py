from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph import Article, Options
from newsgraph.stages.parse import Parse

from .build import Cast, actors

Build = Callable[[str, str, Cast], Article]


@pytest.fixture(scope="session")
def parse() -> Parse:
    return Parse(Options())


@pytest.fixture(scope="session")
def build(parse: Parse) -> Build:
    """An article of ``text`` in ``lang``, parsed, with the actors of ``cast``."""

    def make(text: str, lang: str, cast: Cast) -> Article:
        article = parse(Article(raw=text, text=text, language=lang))
        article.actors = actors(text, cast)
        return article

    return make
