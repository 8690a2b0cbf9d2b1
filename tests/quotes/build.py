"""Articles built by hand for the quotation tests: text, the spaCy parse, actors by name."""

from __future__ import annotations

import re

from newsgraph import Article
from newsgraph.article import Actor, ActorKind, Span
from newsgraph.quotes import extract, find, load

#: Actors by hand: name -> (kind, the words that mention it).
Cast = dict[str, tuple[ActorKind, list[str]]]


def actors(text: str, cast: Cast) -> list[Actor]:
    """The actors of ``cast``, each mentioned wherever one of its words occurs in ``text``."""
    found = []
    for number, (name, (kind, words)) in enumerate(cast.items()):
        mentions = [
            Span(m.start(), m.end(), m.group())
            for word in words
            for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
        ]
        found.append(Actor(id=f"a{number}", name=name, kind=kind, mentions=mentions))
    return found


def quotes_of(article: Article) -> list[tuple[str, str | None, bool]]:
    """``(text, speaker's name, direct)`` of each quote newsgraph finds in ``article``."""
    names = {actor.id: actor.name for actor in article.actors}
    return [
        (q.text, names.get(q.speaker or ""), q.direct)
        for q in extract(article, load(article.language or ""))
    ]


def speaker_words(article: Article, direct_only: bool = False) -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``article`` (each direct
    one with ``direct_only``), by the quote's words."""
    text = article.text or ""
    _, found = find(article, load(article.language or ""))
    return {
        text[f.start : f.end]: f.speaker and text[f.speaker.start : f.speaker.end]
        for f in found
        if f.direct or not direct_only
    }
