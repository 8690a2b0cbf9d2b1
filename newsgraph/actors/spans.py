"""Spans of text and the names in them: where a person's name starts and ends, what overlaps
what, and the parser's parts of speech under our tokens."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from ..article import Article
from ..knowledge import Person
from .gazetteer import Hit, Token, key
from .index import Known
from .people import PersonInfo

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"[{_UPPER}][\w’'.-]*"
_PARTICLE = r"(?:(?:de|da|del|della|do|dos|van|von|der|bin|ben|ibn|al|el|la|le)\s+)?"
_PARTICLE_WORD = re.compile(r"^(?:de|da|del|della|do|dos|van|von|der|bin|ben|ibn|al|el)$")
#: A person's name right after a title: two to four capitalised words.
NAME_AFTER = re.compile(rf",?\s+({_WORD}(?:\s+{_PARTICLE}{_WORD}){{1,3}})")
#: The rest of a name after an entity the model cut short: "-te", " Lamine Zeine".
_NAME_TAIL = re.compile(rf"(?:-\w+)?(?:\s+{_WORD}){{0,2}}")


def extend(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity span grown over the rest of a name the model cut ("Lai Ching|-te")."""
    match = _NAME_TAIL.match(text, end)
    return (start, match.end()) if match and match.end() > end else (start, end)


def trim(text: str, start: int, end: int, honorifics: Collection[str]) -> tuple[int, int, str]:
    """An entity cut to the name in it: no honorific ("M. Blinken"), no possessive ending
    ("Biden's"), no words before the last lower-case one ("ministre letton Baiba Braže")."""
    part = text[start:end]
    for suffix in ("'s", "’s", "'", "’"):
        if part.endswith(suffix):
            part, end = part[: -len(suffix)], end - len(suffix)
    words = [(m.start() + start, m.group(0)) for m in re.finditer(r"\S+", part)]
    plain = [i for i, (_, w) in enumerate(words) if _plain_word(w)]
    if plain:
        words = words[plain[-1] + 1 :]
    while words and key(words[0][1]) and key(words[0][1])[0] in honorifics:
        words = words[1:]
    if not words:
        return start, start, ""
    return words[0][0], end, " ".join(w for _, w in words)


def fuller_name(name: str, people: Iterable[PersonInfo]) -> PersonInfo | None:
    """The person already found whose name holds this one's words in a row ("Hassan Sheikh"
    for Hassan Sheikh Mohamud)."""
    words = key(name)
    for info in people:
        full = key(info.name)
        if len(words) < len(full) and any(
            full[i : i + len(words)] == words for i in range(len(full) - len(words) + 1)
        ):
            return info
    return None


def parts_of_speech(article: Article, toks: list[Token]) -> dict[int, str]:
    """The part of speech of the parser's token under each of our tokens (by start offset)."""
    if article.doc is None:
        return {}
    by_char: dict[int, str] = {}
    for token in article.doc:
        for offset in range(token.idx, token.idx + len(token.text)):
            by_char[offset] = token.pos_
    return {tok.start: by_char.get(tok.start, "") for tok in toks}


def _plain_word(word: str) -> bool:
    """A word that cannot be part of a name: lower case, not a particle ("de", "al-Burhan")."""
    return word.islower() and not _PARTICLE_WORD.match(word)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def is_person(hit: Hit[Known]) -> bool:
    return any(isinstance(v, Person) for v in hit.values)


def capitalised(text: str) -> bool:
    return text[:1].isupper()
