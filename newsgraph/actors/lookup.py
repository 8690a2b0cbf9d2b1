"""From a piece of the text to the actors mentioned there: how later stages read the actors."""

from __future__ import annotations

from ..article import Actor, Article


def actor_at(article: Article, start: int, end: int) -> Actor | None:
    """The actor with a mention inside ``text[start:end]`` (or covering it), the longest first.

    Ties go to the earliest mention, so the head of a phrase ("le dirigeant nord-coréen Kim
    Jong-un") resolves to the person rather than to the country of the adjective.
    """
    found = actors_in(article, start, end)
    return found[0] if found else None


def actors_in(article: Article, start: int, end: int) -> list[Actor]:
    """Every actor with a mention overlapping ``text[start:end]``, longest mention first."""
    best: dict[str, tuple[int, int, Actor]] = {}
    for actor in article.actors:
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                key = (-(mention.end - mention.start), mention.start)
                if actor.id not in best or key < best[actor.id][:2]:
                    best[actor.id] = (*key, actor)
    return [entry[2] for entry in sorted(best.values(), key=lambda e: (e[0], e[1]))]
