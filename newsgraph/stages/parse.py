"""Stage ``parse``: spaCy over the clean body, in batches, one pipeline per language."""

from __future__ import annotations

from typing import Any, ClassVar

from ..article import Article
from ..nlp import entities, load_model
from ..options import Options
from ..textutil import nlp_view


class Parse:
    name: ClassVar[str] = "parse"
    requires: ClassVar[tuple[str, ...]] = ("text", "language")
    assigns: ClassVar[tuple[str, ...]] = ("doc", "entities")
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        self.models = dict(options.models)
        self.version = "parse.v2+" + "+".join(f"{c}:{m}" for c, m in sorted(self.models.items()))
        self._parsed: dict[int, Any] = {}

    def nlp(self, code: str) -> Any:
        return load_model(self.models[code])

    def prepare(self, batch: list[Article]) -> None:
        """Parse the batch with ``nlp.pipe``, one call per language."""
        self._parsed = {}
        for code in sorted({a.language for a in batch if a.language in self.models}):
            group = [a for a in batch if a.language == code]
            docs = self.nlp(code).pipe(nlp_view(a.text) for a in group)
            self._parsed.update({id(a): doc for a, doc in zip(group, docs, strict=True)})

    def __call__(self, article: Article) -> Article:
        assert article.language is not None
        doc = self._parsed.pop(id(article), None)
        if doc is None:
            doc = self.nlp(article.language)(nlp_view(article.text))
        article.doc = doc
        article.entities = entities(doc, article.text, article.language)
        return article
