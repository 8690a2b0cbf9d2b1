"""A speech tag with a subject clitic set off inside a quote: « Les discussions ont été
constructives, a-t-il indiqué à la télévision, mais aucun accord n'est en vue » and « Nous
partons de zéro, dit-elle. Mais nous avons un plan. » are the words of whom the clitic stands
for, which :mod:`.resolve` finds as for a tag after the quote."""

from __future__ import annotations

from .inverted import clitic
from .layout import Layout, Speaker, Token

#: What closes the tag's clause before the quoted words go on.
TAG_ENDS = ",.;:!?"


def clitic_incise(layout: Layout, verb: Token, end: int) -> Speaker | None:
    """The subject clitic of ``verb``, a reporting verb after a comma inside quoted words
    that end at ``end``, when a punctuation mark closes the tag's clause and quoted words
    follow it (« …, a-t-il ajouté, … »; not « …, dit-il » at the quote's end)."""
    speaker = clitic(layout, verb)
    if speaker is None:
        return None
    rest = layout.text[max(speaker.end, layout.token_end(verb.i)) : end]
    stop = next((k for k, char in enumerate(rest) if char in TAG_ENDS), None)
    if stop is None or not any(char.isalnum() for char in rest[stop + 1 :]):
        return None
    return speaker
