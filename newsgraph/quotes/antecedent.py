"""The antecedent of a speaker that is a pronoun, or of a quote without any speaker: the
speaker of the previous quote or the last actor of the pronoun's kind mentioned before
(:mod:`.resolve` says which)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import Actor
from .layout import Found, Layout, Speaker, Token
from .mentions import (
    Mentions,
    agrees,
    free,
    known_gender,
    of_kind,
    pronoun_gender,
    text_gender,
)

#: Most words of a pronoun ("ce dernier", "the latter").
PRONOUN_WORDS = 2
#: Hyphened words glued to the end of a word (« Celle-ci »).
GLUED_TAIL = re.compile(r"(?:-\w+)+")


class Said(NamedTuple):
    """A quote already resolved: its paragraph, where its speaker is named, who says it,
    whether its speaker's words name a person (a name, or an official: "a spokeswoman"), and
    the span of its words when they stand in quotation marks or a line of dialogue, and the
    gender of the pronoun that named its speaker ("…," she said: Fem), if one did."""

    paragraph: int
    position: int
    actor: Actor
    personal: bool
    words: tuple[int, int] | None = None
    gender: str | None = None


def _glued(layout: Layout, speaker: Speaker) -> str:
    """A speaker's words with the hyphened words glued after them (« Celle » and « -ci »)."""
    tail = GLUED_TAIL.match(layout.text, speaker.end)
    return " ".join(layout.text[speaker.start : speaker.end].split()) + (
        tail.group() if tail else ""
    )


def speaker_pronoun(layout: Layout, speaker: Speaker | None) -> str | None:
    """The kind of a speaker's words that are a pronoun ("il", "-t-elle", "they", "ce
    dernier"), or that make one with the hyphened words glued after them, which the tokenizer
    split off and the parser hung beside them (« Celle-ci a jugé que … » has the subject
    « Celle », its « -ci » a subject of its own)."""
    if speaker is None:
        return None
    words = layout.text[speaker.start : speaker.end]
    return _pronoun_kind(layout, words) or _pronoun_kind(layout, _glued(layout, speaker))


def _pronoun_kind(layout: Layout, text: str) -> str | None:
    """The kind of the pronoun ``text`` is, if it is one of at most ``PRONOUN_WORDS`` words."""
    words = text.split()
    return layout.lexicon.pronoun_kind(" ".join(words)) if len(words) <= PRONOUN_WORDS else None


def named_gender(layout: Layout, speaker: Speaker | None, actor: Actor) -> str | None:
    """The gender of the person pronoun that names a quote's speaker, a person ("“…,” she
    said": Fem), else None."""
    if actor.kind != "person" or speaker_pronoun(layout, speaker) != "person":
        return None
    return pronoun_gender(layout, speaker)


def previous(said: list[Said], paragraph: int) -> Actor | None:
    """The speaker of the last statement in paragraph ``paragraph``, who issued the document
    that speaks next ("According to his press service, Lukashenko negotiated … “…,” the
    statement said")."""
    if said and said[-1].paragraph == paragraph:
        return said[-1].actor
    return None


def fallback(
    layout: Layout,
    mentions: Mentions,
    item: Found,
    paragraph: int,
    said: list[Said],
    kind: str | None = None,
) -> Actor | None:
    """The speaker of a quote whose speaker is a pronoun (or a possessive of ``kind``) or
    unknown (see the module's doc): the speaker of the previous quote or the last actor
    mentioned, whichever came last; for a person, the previous quote of a person or an
    official ("a ministry spokeswoman said. “…,” she told")."""
    kind = kind or speaker_pronoun(layout, item.speaker)
    if item.speaker is not None and kind is None:
        return None
    if kind == "demonstrative":
        return _demonstrated(mentions, layout, item.speaker)
    if kind == "latter":
        last = mentions.last_before(
            item.speaker.start if item.speaker else item.start,
            "person",
            layout,
            None,
            salient=False,
        )
        return last[1] if last else None
    position = item.speaker.start if item.speaker else item.start
    own = own_speaker(said, position) if item.speaker is not None and kind == "person" else None
    gender = pronoun_gender(layout, item.speaker) if kind == "person" else None
    previous = None
    for entry in reversed(said):
        if entry.paragraph < paragraph - 1:
            break
        if own is not None and entry.actor.id == own.id:
            continue
        if gender is not None and _other_gender(layout, entry.actor, gender, said):
            continue
        if of_kind(entry.actor, kind) or (kind == "person" and entry.personal):
            previous = (entry.position, entry.actor)
            break
    limit = None if item.speaker else max(paragraph - 1, 0)
    mentioned = mentions.last_before(
        position,
        kind or "person",
        layout,
        limit,
        gender=gender,
        exclude=own,
        fits=(lambda actor: not _called_other(actor, gender, said)) if gender else None,
    )
    if previous is None or (mentioned is not None and mentioned[0] > previous[0]):
        return mentioned[1] if mentioned else None
    return previous[1]


def _demonstrated(mentions: Mentions, layout: Layout, speaker: Speaker | None) -> Actor | None:
    """The actor a demonstrative speaker (« celle-ci ») points back to: that of the last noun
    phrase before it, in its sentence or the one before, that agrees with it in gender and
    number, a name inside a longer one being part of that one (« la Cour suprême
    de Lagos. Celle-ci a estimé que … »: the court). None when that phrase names
    no actor (« Marie Dupont a rencontré le chef de l'Etat. … a déclaré celui-ci »), or when
    the pronoun's gender is unknown."""
    if speaker is None:
        return None
    gender = layout.lexicon.demonstrative_genders.get(_glued(layout, speaker).lower())
    if gender is None:
        return None
    cut = layout.sentence(speaker.start)[0]
    start = layout.sentence(max(len(layout.text[:cut].rstrip()) - 1, 0))[0]
    for i in reversed(layout.tokens(start, speaker.start)):
        token = layout.doc[i]
        if token.pos_ not in ("NOUN", "PROPN") or free(token) or _plural(token):
            continue
        first, last = token.left_edge.i, token.i
        for child in token.children:
            if free(child) or child.dep_ in ("det", "amod"):
                first, last = min(first, child.left_edge.i), max(last, child.right_edge.i)
        span = (layout.doc[first].idx, layout.token_end(last))
        named = mentions.overlapping(token.idx, layout.token_end(i))
        named = named or mentions.overlapping(*span)
        actor = named[0] if named else None
        if actor is not None and actor.kind == "person":
            if _person_agrees(layout, actor, span, gender):
                return actor
            continue
        if _phrase_gender(layout, token) != gender:
            continue
        return actor
    return None


def _determined(token: Token) -> list[Token]:
    """A noun with its determiners (« la », « France »)."""
    return [token, *(c for c in token.children if c.dep_ == "det")]


def _plural(token: Token) -> bool:
    """Whether a noun or its determiner is plural (« les ministres »)."""
    return any("Plur" in w.morph.get("Number") for w in _determined(token))


def _person_agrees(layout: Layout, actor: Actor, span: tuple[int, int], gender: str) -> bool:
    """Whether a person named in ``span`` can be what a pronoun of ``gender`` stands for."""
    mention = next((m for m in actor.mentions if m.start < span[1] and span[0] < m.end), None)
    return mention is not None and agrees(layout, mention, actor, gender)


def _phrase_gender(layout: Layout, token: Token) -> str | None:
    """The gender a noun phrase's determiner or title gives it (« la France »: Fem)."""
    genders = {str(g) for w in _determined(token) if w.pos_ == "DET" for g in w.morph.get("Gender")}
    if (title := layout.lexicon.noun_genders.get(token.lower_)) is not None:
        genders.add(title)
    if not genders and token.pos_ == "NOUN":
        genders = {str(g) for g in token.morph.get("Gender")}
    return genders.pop() if len(genders) == 1 else None


def own_speaker(said: list[Said], position: int) -> Actor | None:
    """The speaker of the quoted words ``position`` is in, whom a third person pronoun there
    does not stand for: one speaks of oneself in the first person ("— He said the opposition
    had paralysed the government", in an opposition lawmaker's answer, is the president's)."""
    for entry in reversed(said):
        if entry.words is not None and entry.words[0] <= position < entry.words[1]:
            return entry.actor
    return None


def _other_gender(layout: Layout, actor: Actor, gender: str, said: list[Said]) -> bool:
    """Whether the knowledge base, the text's titles or a pronoun that named ``actor`` before
    give ``actor`` the gender other than a pronoun's ("Mr Reyes … Reyes said … “…,” she said"
    is not Reyes's)."""
    return (
        known_gender(actor) not in (None, gender)
        or text_gender(layout, actor) not in (None, gender)
        or _called_other(actor, gender, said)
    )


def _called_other(actor: Actor, gender: str, said: list[Said]) -> bool:
    """Whether a pronoun of the gender other than ``gender`` named ``actor`` as the speaker
    of an earlier quote: "Sofia Lindqvist and Anders Berg spoke. “…,” she said. … “…,” he
    said": the "she" was Lindqvist, so the "he" is not."""
    return any(e.actor.id == actor.id and e.gender not in (None, gender) for e in said)
