"""The antecedent of a speaker that is a pronoun, or of a quote without any speaker: the
speaker of the previous quote or the last actor of the pronoun's kind mentioned before
(:mod:`.resolve` says which)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import Actor
from .layout import Found, Layout, Speaker
from .mentions import Mentions, known_gender, of_kind, pronoun_gender, text_gender

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


def speaker_pronoun(layout: Layout, speaker: Speaker | None) -> str | None:
    """The kind of a speaker's words that are a pronoun ("il", "-t-elle", "they", "ce
    dernier"), or that make one with the hyphened words glued after them, which the tokenizer
    split off and the parser hung beside them (« Celle-ci a jugé que … » has the subject
    « Celle », its « -ci » a subject of its own)."""
    if speaker is None:
        return None
    text = layout.text[speaker.start : speaker.end]
    tail = GLUED_TAIL.match(layout.text, speaker.end)
    for words in (text, text + tail.group() if tail else None):
        kind = _pronoun_kind(layout, words) if words else None
        if kind is not None:
            return kind
    return None


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
        return _demonstrated(mentions, layout, item.speaker.start if item.speaker else item.start)
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


def _demonstrated(mentions: Mentions, layout: Layout, position: int) -> Actor | None:
    """The actor a demonstrative speaker (« celle-ci ») points back to: the one named last
    before ``position``, whatever its kind; a name inside a longer one is part of that one
    (« la Cour permanente d'arbitrage de La Haye. Celle-ci a jugé que … »: the court)."""
    last = mentions.last_before(position, None, layout, None, salient=False)
    if last is None:
        return None
    longest = mentions.overlapping(last[0], last[0] + 1)
    return longest[0] if longest else last[1]


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
