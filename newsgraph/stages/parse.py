"""Stage ``parse``: spaCy over the clean body and the headline, in batches, one pipeline per
language."""

from __future__ import annotations

from typing import Any, ClassVar

from ..article import Article
from ..mend import mend
from ..nlp import entities, load_model
from ..options import Options
from ..parseview import parse_view, version


class Parse:
    name: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ("text", "language")
    assigns: ClassVar[tuple[str, ...]] = ("doc", "entities", "title_doc")
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        self.models = dict(options.models)
        self.version = "parse.v3+" + "+".join(
            f"{c}:{m}" + (f":{version(c)}" if version(c) else "")
            for c, m in sorted(self.models.items())
        )
        self._parsed: dict[int, tuple[Any, Any]] = {}

    def nlp(self, code: str) -> Any:
        return load_model(self.models[code])

    def prepare(self, batch: list[Article]) -> None:
        """Parse the batch with ``nlp.pipe``, one call per language: each body, then each
        headline."""
        self._parsed = {}
        for code in sorted({a.language for a in batch if a.language in self.models}):
            group = [a for a in batch if a.language == code]
            texts = [a.text for a in group] + [a.title or "" for a in group]
            docs = list(self.nlp(code).pipe(parse_view(text, code) for text in texts))
            for i, article in enumerate(group):
                self._parsed[id(article)] = (docs[i], docs[len(group) + i])

    def __call__(self, article: Article) -> Article:
        assert article.language is not None
        parsed = self._parsed.pop(id(article), None)
        if parsed is None:
            nlp, code = self.nlp(article.language), article.language
            parsed = (
                nlp(parse_view(article.text, code)),
                nlp(parse_view(article.title or "", code)),
            )
        article.doc, title_doc = (mend(doc) for doc in parsed)
        article.entities = entities(article.doc, article.text, article.language)
        article.title_doc = title_doc if article.title else None
        return article
