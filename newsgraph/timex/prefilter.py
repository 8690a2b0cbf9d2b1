"""Cheap checks that tell a time expression's pattern cannot match a text, derived from it.

A form's compiled pattern cannot match a text without some of its pieces: "hier (?:soir|matin)"
needs "hier", "{day} {month}" a digit (or a month name), "{number} {unit}" a unit word. The
prefilter of a pattern is a small regular expression that finds one such required piece, taken
from the parse of the pattern itself, never listed by hand: a run of literal characters, a
character class (a digit), or an alternation of either (the month names of ``{month}``). It is
matched with the pattern's own flags, so a pattern that matches a text always leaves its
prefilter matching it too; a pattern without a required piece gets no prefilter.
"""

from __future__ import annotations

import re
import warnings
from functools import cache
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

# A required piece: the alternatives (regex sources) one of which every match contains, and a
# score, the length of its shortest alternative (a class counts one character).
Piece = tuple[tuple[str, ...], int]

_CATEGORIES = {
    sc.CATEGORY_DIGIT: r"\d",
    sc.CATEGORY_NOT_DIGIT: r"\D",
    sc.CATEGORY_SPACE: r"\s",
    sc.CATEGORY_NOT_SPACE: r"\S",
    sc.CATEGORY_WORD: r"\w",
    sc.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", sc.MAX_REPEAT))


def prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex that finds something in every text ``pattern`` matches, or None when the pattern
    has no required piece. ``hier (?:soir|matin)`` gives ``hier``; ``(?:le )?\\d+`` gives ``\\d``.
    """
    piece = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if piece is None:
        return None
    return _compiled("|".join(piece[0]), pattern.flags)


@cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


def _sequence(items: Any) -> Piece | None:
    """The best required piece of a sequence: its longest literal run or its best item."""
    best: Piece | None = None
    run = ""
    for op, av in items:
        if op is sc.LITERAL:
            run += chr(av)
            continue
        best = _better(best, _run(run))
        run = ""
        best = _better(best, _item(op, av))
    return _better(best, _run(run))


def _run(run: str) -> Piece | None:
    return ((re.escape(run),), len(run)) if run else None


def _better(one: Piece | None, other: Piece | None) -> Piece | None:
    if one is None or (other is not None and other[1] > one[1]):
        return other
    return one


def _item(op: Any, av: Any) -> Piece | None:
    """The required piece of one parsed item, None where it requires nothing we can name."""
    if op is sc.SUBPATTERN:
        return _sequence(av[-1])
    if op in _REPEATS:
        return _sequence(av[2]) if av[0] >= 1 else None
    if op is sc.BRANCH:
        return _union([_sequence(branch) for branch in av[1]])
    if op is sc.IN:
        return _class(av)
    return None


def _union(pieces: list[Piece | None]) -> Piece | None:
    """All branches' pieces together, or None when a branch requires nothing."""
    sources: list[str] = []
    for piece in pieces:
        if piece is None:
            return None
        sources += piece[0]
    return tuple(sources), min(piece[1] for piece in pieces if piece is not None)


def _class(items: Any) -> Piece | None:
    """The source of a character class (``[0-3]``, ``\\d``); None for a negated or odd one."""
    parts: list[str] = []
    for op, av in items:
        if op is sc.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sc.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sc.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return (f"[{''.join(parts)}]",), 1
