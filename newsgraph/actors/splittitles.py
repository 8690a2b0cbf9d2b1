"""Titles a nationality adjective splits in two: "le ministre vellanien des Affaires
étrangères" is Vellania's foreign minister, not a minister of no office.

French puts the adjective of the country right after the head noun of a title and before its
complement ("la ministre vellanienne de la Défense", "le secrétaire vellanien à la Défense"), so
the title lexicon, which lists "ministre des Affaires étrangères", finds only "ministre". A title
hit followed by a country adjective and then by words that, put after the title, make a longer
title of the lexicon becomes that longer title, spanning the adjective; the descriptor still
reads the country from the adjective inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..knowledge import CountryMatch
from .gazetteer import MAX_TOKENS, Gazetteer, Hit, Token

#: What may stand between the head of a title, the adjective and the complement: one space.
_SPACES = frozenset({" ", "\u00a0"})


def joined_titles(
    text: str,
    toks: Sequence[Token],
    titles: list[Hit[Any]],
    lexicon: Gazetteer[Any],
    names: Sequence[Hit[Any]],
) -> list[Hit[Any]]:
    """``titles`` with each title split by a country adjective joined to its complement:
    "ministre" + "vellanien" + "des Affaires étrangères" → one hit of the foreign minister's
    title over the three; the title hits inside the complement it swallows are dropped."""
    adjectives = {
        h.start: h for h in names if isinstance(h.values[0], CountryMatch)
        and h.values[0].via == "adjective"
    }  # fmt: skip
    starts = {tok.start: i for i, tok in enumerate(toks)}
    joined: list[Hit[Any]] = []
    for hit in titles:
        longer = _joined(text, toks, starts, hit, lexicon, adjectives)
        joined.append(longer or hit)
    kept: list[Hit[Any]] = []
    for hit in joined:
        if kept and hit.start < kept[-1].end:
            continue  # inside the complement a joined title took
        kept.append(hit)
    return kept


def _joined(
    text: str,
    toks: Sequence[Token],
    starts: dict[int, int],
    hit: Hit[Any],
    lexicon: Gazetteer[Any],
    adjectives: dict[int, Hit[Any]],
) -> Hit[Any] | None:
    """The longer title ``hit`` makes with the complement after its country adjective."""
    gap_end = hit.end + 1
    adjective = adjectives.get(gap_end)
    if text[hit.end : gap_end] not in _SPACES or adjective is None:
        return None
    first = starts.get(adjective.end + 1)
    if first is None or text[adjective.end : adjective.end + 1] not in _SPACES:
        return None
    head = hit.text.split()
    for last in range(min(len(toks), first + MAX_TOKENS - len(head)) - 1, first - 1, -1):
        complement = text[toks[first].start : toks[last].end]
        if "\n" in complement or "," in complement:
            continue
        values = lexicon.get(f"{hit.text} {complement}")
        if values:
            end = toks[last].end
            return Hit(hit.start, end, text[hit.start : end], values)
    return None
