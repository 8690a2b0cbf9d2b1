"""Stage ``clean``: the article body apart from the site chrome, headline, captions and byline."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import PurePath
from typing import ClassVar

from .. import lang
from ..article import Article
from ..cleaning import Lexicon, clean_text
from ..cleaning.lines import Line, split_lines
from ..options import Options

#: A line is boilerplate of a source when it appears in this share of its articles in a batch.
REPEATED_SHARE = 0.5
#: ...and the batch holds at least this many articles of that source.
REPEATED_MIN_ARTICLES = 3


class Clean:
    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ("raw",)
    assigns: ClassVar[tuple[str, ...]] = (
        "text",
        "paragraphs",
        "sections",
        "title",
        "authors",
        "translated_from",
        "captions",
        "removed",
    )
    any_language: ClassVar[bool] = True

    def __init__(self, options: Options) -> None:
        lexicon = Lexicon.for_languages(lang.available("cleaning"))
        self.lexicon = lexicon
        self.version = "clean.v1+" + "+".join(lexicon.versions)
        self._repeated: dict[str, frozenset[str]] = {}
        self._lines: dict[int, list[Line]] = {}

    def prepare(self, batch: list[Article]) -> None:
        """Learn which lines repeat across the articles of each source in the batch."""
        self._lines = {id(a): split_lines(a.raw, self.lexicon) for a in batch}
        by_source: dict[str, list[list[Line]]] = defaultdict(list)
        for article in batch:
            by_source[source_key(article)].append(self._lines[id(article)])
        self._repeated = {key: repeated_lines(pages) for key, pages in by_source.items()}

    def __call__(self, article: Article) -> Article:
        result = clean_text(
            article.raw,
            self.lexicon,
            title=article.title,
            repeated=self._repeated.get(source_key(article), frozenset()),
            lines=self._lines.pop(id(article), None),
            extracted=article.extracted,
        )
        article.text = result.text
        article.paragraphs = result.paragraphs
        article.sections = result.sections
        article.title = result.title
        article.authors = article.authors or result.authors
        article.translated_from = article.translated_from or result.translated_from
        article.captions = result.captions
        article.removed = result.removed
        if not article.text:
            article.warnings.append("no article body found: every line looked like site chrome")
        return article


def source_key(article: Article) -> str:
    """Articles of one source: the outlet if known, else the folder or file they came from."""
    if article.source:
        return article.source
    if article.origin:
        return str(PurePath(article.origin.split(":")[0]).parent)
    return ""


def repeated_lines(pages: list[list[Line]]) -> frozenset[str]:
    """Folded lines found on at least half the pages of one source (and on two at least)."""
    if len(pages) < REPEATED_MIN_ARTICLES:
        return frozenset()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({line.folded for line in lines})
    threshold = max(2, REPEATED_SHARE * len(pages))
    return frozenset(line for line, count in counts.items() if count >= threshold)
