"""Quotations and reported statements, with their speakers as actors.

>>> from newsgraph.quotes import extract, load
>>> article.quotes = extract(article, load("fr"))      # doctest: +SKIP

The work goes in three steps over the parsed article (``Article.doc``), each linear in its
length: quoted words are paired by their marks (:mod:`.marks`); the quotations among them
(:mod:`.direct`) get a cue and the words naming their speaker (:mod:`.tags`, :mod:`.speakers`),
and reporting verbs and attribution phrases give the reported statements (:mod:`.reported`);
the speakers' words are then resolved to the article's actors (:mod:`.resolve`). Sentences,
paragraphs and noun phrases are read by :mod:`.layout`. Everything language-specific is in
``newsgraph/lang/<code>/quotes.json`` (:mod:`.lexicon`).
"""

from __future__ import annotations

from ..article import Article, Quote
from .dialogue import find_quotes
from .direct import find_direct
from .headings import without_headings
from .layout import Found, Layout, Speaker
from .lexicon import QuoteLexicon, load
from .marks import Marked, find_dashed, find_marked, paragraphs
from .nested import speaking_for_state
from .partial import within_statements
from .reported import find_reported
from .resolve import resolve
from .scare import quoted_statements

__all__ = [
    "Found",
    "Layout",
    "Marked",
    "QuoteLexicon",
    "Speaker",
    "extract",
    "find",
    "find_dashed",
    "find_marked",
    "find_quotes",
    "load",
    "paragraphs",
    "resolve",
]


def find(article: Article, lexicon: QuoteLexicon) -> tuple[Layout, list[Found]]:
    """The quotations and reported statements of a parsed article, speakers as words."""
    layout = Layout(article, lexicon)
    direct = find_direct(layout)
    direct, reported = within_statements(layout, direct, find_reported(layout))
    direct = quoted_statements(layout, direct, reported)
    return layout, without_headings(layout, direct + reported)


def extract(article: Article, lexicon: QuoteLexicon) -> list[Quote]:
    """The quotes of a parsed article, speakers resolved to its actors."""
    layout, found = find(article, lexicon)
    quotes = resolve(article, layout, found)
    speaking_for_state(quotes, article.actors)
    return quotes
