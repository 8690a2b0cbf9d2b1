"""The subject of a quoted opinion framed by an attribution phrase is part of what is said.

"Pour l'analyste Léa Morvan, Oslo « joue sa dernière carte ». « … », prévient-elle": the words
between the attribution phrase ("Pour X,", "Selon X,", "According to X,") and the quotation it
opens ("Oslo") are the speaker's, as much as the quoted words: they are the subject of the
opinion, not an actor the narration names, so no pronoun after them takes them up. Only a gap
without a finite verb is read so (a participle may describe the speaker: "Pour Léa Morvan,
porte-parole de l'office chargé des pêches, Oslo « … »"): in "Selon lui, le ministre a dit
que « … »" the words between name who speaks.
"""

from __future__ import annotations

from collections.abc import Iterable

from .inverted import finite
from .layout import Found, Layout

#: Marks that end a sentence or a phrase: a gap holding one is no subject of the quotation.
_BREAKS = frozenset(".!?;:\n")


def framed_subjects(layout: Layout, found: Iterable[Found]) -> list[tuple[int, int]]:
    """The spans between an attribution phrase's speaker and the quotation it opens, where
    the words between are a noun phrase with no verb ("Pour X, Oslo « … »": "Oslo")."""
    spans = []
    for item in found:
        if not item.direct or item.cue is None or item.speaker is None:
            continue
        if not item.cue[1] <= item.speaker.start < item.speaker.end <= item.start:
            continue  # the cue is no phrase that opens the sentence before its speaker
        gap = layout.text[item.speaker.end : item.start]
        if not gap.strip(" \u00a0,«“\"'‘") or any(mark in gap for mark in _BREAKS):
            continue
        words = layout.tokens(item.speaker.end, item.start)
        if any(layout.doc[i].pos_ in ("VERB", "AUX") and finite(layout.doc[i]) for i in words):
            continue
        spans.append((item.speaker.end, item.start))
    return spans
