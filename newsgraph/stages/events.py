"""Stage ``events``: PLOVER events, with source and target actors, modality, place and date.

The coder of each language (:class:`newsgraph.events.Coder`) is built once from its event
lexicon (``newsgraph/lang/<code>/events.json``); an article in a language without one gets no
events and a warning. Every event records the coder's version in ``coder``.

Two things besides ``events`` change: a country the article names only as a place joins
``actors`` when a kept event takes it as its target (:mod:`newsgraph.events.standin`), and the
parse in ``doc`` is mended where it hung a verb's arguments on a day's name
(:mod:`newsgraph.events.daynames`), so a reader of ``doc`` after this stage sees the mended arcs.
A body that speaks with no known country (:func:`newsgraph.actors.speaking.unplaced`) is hidden
from the coder: it is no side of an event.
"""

from __future__ import annotations

from typing import ClassVar

from ..actors.speaking import unplaced
from ..article import Article
from ..events import Coder, languages
from ..events.timing import timex_version
from ..options import Options


class Events:
    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors", "quotes")
    assigns: ClassVar[tuple[str, ...]] = ("events", "actors")
    any_language: ClassVar[bool] = False

    def __init__(self, options: Options) -> None:
        codes = sorted(set(options.models) & set(languages()))
        self.coders = {code: Coder(code) for code in codes}
        parts = [f"{code}:{coder.version}" for code, coder in self.coders.items()]
        parts += [f"{code}:{v}" for code in codes if (v := timex_version(code))]
        self.version = "events.v2+" + "+".join(parts)

    def __call__(self, article: Article) -> Article:
        coder = self.coders.get(article.language or "")
        if coder is None:
            article.events = []
            if article.doc is not None:
                article.warnings.append(
                    f"no event lexicon for language '{article.language}': no events coded"
                )
            return article
        # a body that speaks but has no known country is no side of an event: hidden from the
        # coder, then put back where it stood
        hidden = [(i, a) for i, a in enumerate(article.actors) if unplaced(a)]
        article.actors = [a for a in article.actors if not unplaced(a)]
        try:
            article.events = coder.code_article(article)
        finally:
            for index, actor in hidden:
                article.actors.insert(index, actor)
        return article
