"""When one event is told twice, and when two tellings are two events.

:meth:`~.coder.Coder.code_article` keeps one event per :func:`identity` (type, parties,
modality) and sentence; across sentences, an act stated as done and told again is a new one
unless its noun points back (:func:`points_back`) or it is the same word told again nearby
on the same day (:func:`retells`), and a headline's event that
:func:`restates` a body's is the body's. Coordinated verbs of one identity are two acts
(:func:`another_act`).
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .dating_back import pointing_back
from .decide import SentenceCoder, two_acts
from .participants import ActorIndex, party


def identity(event: Event, index: ActorIndex) -> tuple[Any, ...]:
    """What makes two events the same: type, the parties on each side, modality."""

    def sides(ids: list[str]) -> frozenset[str]:
        return frozenset(party(index.by_id[i]) if i in index.by_id else i for i in ids)

    return (event.type, sides(event.source), sides(event.target), event.modality)


def restates(key: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """Whether two identities are of one event: the same type and a party shared on each
    side."""
    return bool(key[0] == other[0] and key[1] & other[1] and key[2] & other[2])


def another_act(sentence: SentenceCoder, event: Event, before: Event | None) -> bool:
    """Whether two tellings of one identity in a sentence are two acts
    (:func:`.decide.two_acts`: coordinated verbs)."""
    if before is None or event.trigger is None or before.trigger is None:
        return False
    by_start = {c.token.idx: c for c in sentence.candidates.values()}
    first, second = by_start.get(before.trigger.start), by_start.get(event.trigger.start)
    if first is None or second is None:
        return False
    return two_acts(sentence.coder.tree, first, second)


def points_back(sentence: SentenceCoder, event: Event) -> bool:
    """Whether the event's trigger is a noun that points back to an event told before: a
    definite, demonstrative or possessive one ("l'accord", "cette rencontre", "their
    meeting"; a genitive name makes a phrase definite too: "Kyiv's accusations"), where
    "un nouvel accord", "the latest strike" or "another attack" is one more and "the previous
    meeting" an older one."""
    if event.trigger is None:
        return False
    start = event.trigger.start
    candidate = next((c for c in sentence.candidates.values() if c.token.idx == start), None)
    if candidate is None or not candidate.noun:
        return False
    lexicon, syntax = sentence.coder.lexicon, sentence.coder.tree.syntax
    return pointing_back(candidate.token, lexicon.renewal, lexicon.earlier, syntax.possessive)


def retells(article: Article, before: Event, event: Event) -> bool:
    """Whether a telling of an event already told with the same day, type and sides (its
    :func:`identity`) in another sentence is the same act told again: it is when the two
    sentences are next to each other or in one paragraph and name the act with one word
    ("Russian jets bombed Ukrainian positions on Monday. The army said Russian jets bombed
    its positions on Monday": one raid); another word is another act in a row ("a dénoncé
    … a aussitôt convoqué", "bombed … also shelled")."""
    if before.sentence is None or event.sentence is None:
        return False
    between = article.text[before.sentence.end : event.sentence.start]
    near = (
        not between.strip()
        or "\n\n" not in article.text[before.sentence.start : event.sentence.start]
    )
    return near and _same_word(article, before, event)


def _same_word(article: Article, before: Event, event: Event) -> bool:
    """Whether two tellings name the act with one word, their triggers' lemma ("bomb"), the
    second bare: an adverb on it makes it one more ("a encore bombardé", "also bombed",
    "a également averti")."""
    doc = article.doc
    if doc is None or before.trigger is None or event.trigger is None:
        return False
    first = doc.char_span(before.trigger.start, before.trigger.end, alignment_mode="expand")
    second = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if first is None or second is None or not len(first) or not len(second):
        return False
    if any(child.dep_ == "advmod" for child in second.root.children):
        return False
    return bool(first.root.lemma_.lower() == second.root.lemma_.lower())
