"""Capitals that receive what a state hands over: "livraison de drones vers Pyongyang",
"supplied missiles to Moscow", "promis à Kiev", "reproché à Washington". After a word of
giving, sending or blaming and a preposition of direction, a capital names its state, the
recipient; elsewhere "à Moscou" stays where something happens.
"""

from __future__ import annotations

from .gazetteer import Token
from .index import LanguageCues

#: Most words between the word of giving and the preposition ("supplied some old rockets to").
WINDOW = 4

#: Marks that end the clause between the word of giving and the capital.
CLOSING = frozenset(",.;:!?")


def receives(text: str, toks: list[Token], first: int, cues: LanguageCues) -> bool:
    """Whether the name starting at token ``first`` follows a recipient preposition, itself
    at most :data:`WINDOW` words after a word of giving or blaming in the same clause:
    "a nié toute livraison de drones vers Pyongyang" is North Korea's,
    "a promis à Kiev" Ukraine's; "s'est rendu à Moscou" stays a place."""
    before = first - 1
    if before < 1 or toks[before].key not in cues.recipient_prepositions:
        return False
    for index in range(before - 1, max(before - WINDOW - 2, -1), -1):
        if CLOSING & set(text[toks[index].end : toks[index + 1].start]):
            return False  # a comma or a full stop between the words closes the clause
        if any(toks[index].key.startswith(stem) for stem in cues.recipient_stems):
            return True
    return False
