"""Lines of a raw page and the shape cues the cleaner reads from them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textutil import NARROW_SPACES, TERMINAL, fold, words
from .lexicon import Lexicon

_WHITESPACE = " \t\r\f\v" + NARROW_SPACES + "\u200b\ufeff"


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the raw text."""

    number: int  # 1-based line number in the raw text
    text: str  # the line without surrounding whitespace
    folded: str
    words: int
    function_ratio: float
    terminal: bool
    blank_before: bool

    @property
    def sentence_like(self) -> bool:
        """Reads like a sentence of prose: long enough, punctuated, with function words."""
        prose = self.function_ratio >= 0.18 or self.words >= 15
        return self.words >= 8 and self.terminal and prose


def split_lines(raw: str, lexicon: Lexicon) -> list[Line]:
    """The non-blank lines of ``raw`` with their cues (lines of spaces alone are blank)."""
    lines: list[Line] = []
    blank_before = False
    for number, physical in enumerate(raw.split("\n"), start=1):
        text = physical.strip(_WHITESPACE)
        if not text:
            blank_before = True
            continue
        lines.append(_line(number, text, blank_before, lexicon))
        blank_before = False
    return lines


def _line(number: int, text: str, blank_before: bool, lexicon: Lexicon) -> Line:
    folded = fold(text)
    tokens = words(folded, folded=True)
    function = sum(1 for t in tokens if t in lexicon.function_words)
    return Line(
        number=number,
        text=text,
        folded=folded,
        words=len(tokens),
        function_ratio=function / len(tokens) if tokens else 0.0,
        terminal=text.rstrip("*").endswith(TERMINAL) and not text.endswith("::"),
        blank_before=blank_before,
    )


_LEADING_DECOR = re.compile(r"^[\W_]+", re.UNICODE)


def undecorated(folded: str) -> str:
    """A folded line without leading arrows, bullets and brackets (``<<< lire aussi``)."""
    return _LEADING_DECOR.sub("", folded)
