"""Speakers a possessive names, who speak for its possessor: a state's body ("Zembia hit back.
Its Foreign Office said …"), an unnamed official ("his spokesman said", « l'un de ses
porte-parole »), a government ("son gouvernement a assuré"), see :mod:`.resolve`."""

from __future__ import annotations

from ..article import Actor
from .antecedent import Said, fallback
from .described import set_off
from .layout import Found, Layout, Speaker
from .mentions import Mentions


def possessor_kind(layout: Layout, speaker: Speaker | None) -> str | None:
    """The kind of the possessor of an unnamed official ("his spokesman said", "l'un de ses
    porte-parole"), who speaks for that possessor: the subject of the statement when of that
    kind ("Bola Tinubu urged …, his spokesman said"), else whom a pronoun would stand for."""
    if speaker is None:
        return None
    officials = layout.lexicon.official_nouns
    for i in layout.tokens(speaker.start, speaker.end):
        token = layout.doc[i]
        kind = layout.lexicon.possessives.get(token.lower_)
        if kind and (token.head.lemma_.lower() in officials or token.head.lower_ in officials):
            return kind
    return None


def possessed_government(layout: Layout, speaker: Speaker | None) -> str | None:
    """The kind of the possessor of a government named by a possessive ("his government
    announced", "son gouvernement a assuré"): the government of the person the possessive
    stands for, which folds into that person's state."""
    if speaker is None:
        return None
    head = layout.doc[speaker.head]
    nouns = layout.lexicon.government_nouns
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None
    for child in head.children:
        kind = layout.lexicon.possessives.get(child.lower_)
        if child.i < head.i and kind in ("person", "any"):
            return "person"
    return None


def possessed_body(
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
    named: Actor,
) -> Actor | None:
    """The state whose body the speaker's words name by a possessive of a state ("its",
    "their"), where the body's name alone is another state's: in "Zembia hit back. Its Foreign
    Office said …", the Foreign Office is Zembia's, not the United Kingdom's. The possessor is
    the subject of the statement when a state, else the state a pronoun would stand for."""
    speaker = item.speaker
    if speaker is None or named.kind != "country":
        return None
    head = layout.doc[speaker.head]
    kinds = [
        layout.lexicon.possessives.get(c.lower_)
        for c in head.children
        if c.i < head.i and c.dep_ == "poss"
    ]
    kind = next((k for k in kinds if k in ("thing", "group")), None)
    inside = mentions.mentions_of(named, speaker.start, speaker.end)
    if kind is None or any(set_off(layout, speaker, m) for m in inside):
        return None
    owner = owner_of(layout, mentions, item, paragraph, said, kind)
    if owner is None or owner.kind != "country" or owner.id == named.id:
        return None
    return owner


def owner_of(
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
    kind: str,
) -> Actor | None:
    """The possessor of a speaker named by a possessive ("its Foreign Office", "his
    spokesman"): the subject of ``kind`` of the statement before the speaker ("Bola Tinubu
    urged …, his spokesman said"), else whom the pronoun stands for. The reported words
    are not searched: in "Its Foreign Office said Sweden had …", Sweden owns nothing."""
    end = item.speaker.start if item.speaker is not None else item.start
    subject = mentions.subject_within(item.start, max(item.start, end), layout, kind)
    return subject or fallback(layout, mentions, item, paragraph, said, kind)
