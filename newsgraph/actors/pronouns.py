"""Subject pronouns ("il", "she") that point back to a person named before."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..article import Actor, Article
from .people import PersonInfo

#: Quoted passages within a paragraph (the quotes stage reads them properly; this only keeps
#: the words of quoted speech apart from the narrator's: its pronouns, its present tense).
QUOTED = re.compile(r"«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"")


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` lies within a passage :data:`QUOTED` finds in ``text``: the "N" of
    'Il a dit « Nous frapperons »' does, the "I" of "Il" does not. The passages of a text are
    found once (:func:`_passages`), so asking for each word of an article stays cheap."""
    starts, ends = _passages(text)
    at = bisect_right(starts, offset) - 1
    return at >= 0 and offset < ends[at]


def quotation_start(text: str, offset: int) -> int | None:
    """Where the passage :func:`in_quotation` finds ``offset`` in starts, else None."""
    starts, ends = _passages(text)
    at = bisect_right(starts, offset) - 1
    return starts[at] if at >= 0 and offset < ends[at] else None


@lru_cache(maxsize=8)
def _passages(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the quoted passages of ``text`` start and end, in order (they never overlap)."""
    found = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def resolve_pronouns(
    article: Article,
    pronouns: frozenset[str],
    people: dict[str, PersonInfo],
    others: dict[str, Actor],
) -> None:
    """Subject pronouns that follow a person as the subject of a sentence join that person.

    The antecedent is the last subject mention before the pronoun, within two paragraphs and
    its story (:meth:`.Article.story`);
    when that subject is a country or an organisation ("elle" for "la Russie"), the pronoun
    is left alone.
    """
    if article.doc is None:
        return
    subjects = _subject_mentions(article, people, others)
    bounds = [p.start for p in article.paragraphs] or [0]
    for token in article.doc:
        if token.lower_ not in pronouns or not token.dep_.startswith("nsubj"):
            continue
        start = token.idx
        if in_quotation(article.text, start):
            continue  # a pronoun inside a quotation speaks of someone else
        floor = max([b for b in bounds if b <= start][-2:] or [0])
        floor = max(floor, article.story(start)[0])  # not from an earlier story of the page
        before = [actor for s, actor in subjects if floor <= s < start]
        if before and before[-1] in people:
            people[before[-1]].spans.append((start, start + len(token.text)))


def _subject_mentions(
    article: Article, people: dict[str, PersonInfo], others: dict[str, Actor]
) -> list[tuple[int, str]]:
    """(offset, actor id) of every mention that is the subject of its clause."""
    assert article.doc is not None
    subject_at = {t.idx for t in article.doc if t.dep_.startswith("nsubj")}
    mentions = [(s, e, pid) for pid, p in people.items() for s, e in p.spans]
    mentions += [(m.start, m.end, a.id) for a in others.values() for m in a.mentions]
    return sorted((s, actor) for s, e, actor in mentions
                  if any(s <= at < e for at in subject_at))  # fmt: skip
