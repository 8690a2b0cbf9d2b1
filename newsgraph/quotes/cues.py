"""Reporting verbs and attribution phrases as the cue of a quote, with their speaker."""

from __future__ import annotations

from .described import is_document
from .inverted import cue_span
from .layout import Layout, Speaker, Token
from .speakers import subject

Attribution = tuple[tuple[int, int] | None, Speaker | None]


def is_cue(layout: Layout, token: Token) -> bool:
    """Whether ``token`` is a reporting verb, governs one, or bears an attribution phrase."""
    return layout.cue_of(token) is not None or token.i in layout.according


def found_cue(layout: Layout, token: Token) -> Attribution:
    """The cue and speaker of a reporting verb or of the attribution phrase on ``token``:
    the phrase's when the head of the verb's subject names no speaker ("Selon lui,
    l'opération d'Iekaterinbourg relevait de « l'application de la loi »"), is a document,
    or is plural."""
    according = layout.according.get(token.i)
    speaker = subject(layout, token) if layout.is_cue(token) else None
    if according is not None and (
        speaker is None
        or not layout.speaker_like(layout.doc[speaker.head])
        or is_document(layout, layout.doc[speaker.head])
        or _several(layout.doc[speaker.head])
    ):
        return (according.start, according.speaker.start), according.speaker
    return cue_span(layout, token), speaker


def _several(head: Token) -> bool:
    """Whether a subject is a plural description ("the four leaders affirmed their “…”,
    according to a Downing Street readout"): no one actor, so the attribution phrase names
    whose account the words are."""
    return head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")
