"""Stage ``quotes``: direct quotes and reported statements, with their speakers as actors."""

from __future__ import annotations

from typing import ClassVar

from .. import lang
from ..article import Article
from ..options import Options
from ..quotes import QuoteLexicon, extract, load


class Quotes:
    name: ClassVar[str] = "quotes"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        codes = sorted(set(options.models) & set(lang.available("quotes")))
        self.lexicons: dict[str, QuoteLexicon] = {code: load(code) for code in codes}
        self.version = "quotes.v1+" + "+".join(
            f"{code}:{lexicon.version}" for code, lexicon in self.lexicons.items()
        )

    def __call__(self, article: Article) -> Article:
        lexicon = self.lexicons.get(article.language or "")
        if lexicon is None or article.doc is None:
            article.quotes = []
        else:
            article.quotes = extract(article, lexicon)
        return article
