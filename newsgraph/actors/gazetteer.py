"""Finding known phrases in a text, fast: a dictionary of token sequences, longest match first.

Matching ignores case, accents, hyphens, apostrophes and the kind of space ("Kim Jong-un",
"Kim Jong Un" and "KIM JONG UN" are one key), except for phrases registered as acronyms,
which must appear in capitals ("US" is not "us").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from ..textutil import strip_accents

T = TypeVar("T")

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
#: Longest phrase, in tokens, the gazetteer looks for.
MAX_TOKENS = 8
#: What may stand between two words of one phrase: spaces, hyphens, apostrophes and dots.
JOINERS = " \u00a0\u202f-‐'’."


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """A phrase found in the text: its offsets and what it stands for."""

    start: int
    end: int
    text: str
    values: tuple[T, ...]


def tokens(text: str) -> list[Token]:
    """Word tokens of ``text`` with their matching keys (lower case, no accents)."""
    return [
        Token(m.start(), m.end(), word, word_key(word))
        for m in _TOKEN.finditer(text)
        for word in (m.group(0),)
    ]


def key(phrase: str) -> tuple[str, ...]:
    """The matching key of a phrase."""
    return tuple(word_key(word) for word in _TOKEN.findall(phrase))


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The matching key of one word ("Élysée" -> "elysee"), kept for the words of the next
    texts: news repeats its words, and stripping accents is the costly part of a key."""
    return strip_accents(word.lower())


class Gazetteer(Generic[T]):
    """Phrases and the values they stand for (a phrase may stand for several values)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[tuple[T, bool]]] = {}
        #: Every beginning of a registered key: a window that is none can grow into no phrase.
        self._prefixes: set[tuple[str, ...]] = set()
        self._longest = 0

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, phrase: str, value: T, acronym: bool | None = None) -> None:
        """Register ``phrase``; an acronym (all capitals, by default) must match in capitals."""
        phrase_key = key(phrase)
        if not phrase_key or len(phrase_key) > MAX_TOKENS:
            return
        if acronym is None:
            acronym = phrase.replace(".", "").isupper() and len(phrase.replace(".", "")) <= 5
        values = self._entries.setdefault(phrase_key, [])
        for position, (existing, strict) in enumerate(values):
            if existing == value:
                values[position] = (existing, strict and acronym)  # "OTAN" and "Otan" both
                break
        else:
            values.append((value, acronym))
        self._prefixes.update(phrase_key[:size] for size in range(1, len(phrase_key) + 1))
        self._longest = max(self._longest, len(phrase_key))

    def get(self, phrase: str) -> tuple[T, ...]:
        """The values of exactly ``phrase`` (case-insensitive, acronyms included)."""
        return tuple(value for value, _ in self._entries.get(key(phrase), []))

    def find(self, text: str, toks: list[Token] | None = None) -> list[Hit[T]]:
        """Non-overlapping phrases of ``text``, scanning left to right, longest first."""
        toks = toks if toks is not None else tokens(text)
        return list(self._scan(text, toks))

    def _scan(self, text: str, toks: list[Token]) -> Iterator[Hit[T]]:
        reach = _reach(text, toks)
        index = 0
        while index < len(toks):
            hit, size = self._longest_at(text, toks, index, reach[index])
            if hit is None:
                index += 1
                continue
            if index + 1 < len(toks):
                following, _ = self._longest_at(text, toks, index + 1, reach[index + 1])
                if following is not None and following.start < hit.end < following.end:
                    index += 1  # "la Commission européenne": the longer name starts one word later
                    continue
            yield hit
            index += size

    def _longest_at(
        self, text: str, toks: list[Token], index: int, reach: int
    ) -> tuple[Hit[T] | None, int]:
        """The longest registered phrase of at most ``reach`` tokens from ``index``."""
        found: tuple[Hit[T] | None, int] = (None, 0)
        window: tuple[str, ...] = ()
        for size in range(1, min(self._longest, reach) + 1):
            window += (toks[index + size - 1].key,)
            if window not in self._prefixes:
                break
            entries = self._entries.get(window)
            if not entries:
                continue
            start, end = toks[index].start, toks[index + size - 1].end
            surface = text[start:end]
            values = tuple(v for v, acronym in entries if not acronym or _capitals(surface))
            if values:
                found = Hit(start, end, surface, values), size
        return found


def _reach(text: str, toks: list[Token]) -> list[int]:
    """For each token, how many tokens from it can make one phrase: separated by spaces,
    hyphens, apostrophes or dots only."""
    reach = [1] * len(toks)
    for index in range(len(toks) - 2, -1, -1):
        if _joined(text[toks[index].end : toks[index + 1].start]):
            reach[index] = reach[index + 1] + 1
    return reach


def _joined(gap: str) -> bool:
    """Whether the characters between two tokens keep them in one phrase: all of them are
    :data:`JOINERS` (what stripping those leaves is nothing)."""
    return len(gap) <= 2 and not gap.strip(JOINERS)


def _capitals(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
