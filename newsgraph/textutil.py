"""Small text helpers shared by the stages: folding for matching, same-length NLP views."""

from __future__ import annotations

import re
import unicodedata

#: Spaces that French typography puts inside « », before : ; ! ? and in numbers.
NARROW_SPACES = "\u00a0\u202f\u2007\u2009"

#: What ends a sentence or a line of prose, closing quotes and brackets included; a line
#: without it is a title, a label or a fragment.
TERMINAL = tuple(".!?…»”\"’')]:")
_APOSTROPHES = "\u2019\u02bc\u2018`´"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"

_SAME_LENGTH = str.maketrans({**{c: " " for c in NARROW_SPACES}, **{c: "'" for c in _APOSTROPHES}})
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def nlp_view(text: str) -> str:
    """``text`` with typographic spaces and apostrophes made plain, **same length**.

    The NLP model reads this view; every offset it returns is an offset into ``text``.
    """
    return text.translate(_SAME_LENGTH)


def fold(text: str) -> str:
    """A matching key: lower case, plain spaces, apostrophes and hyphens; accents kept."""
    text = nlp_view(text).lower()
    for dash in _DASHES:
        text = text.replace(dash, "-")
    return " ".join(text.split())


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str, folded: bool = False) -> list[str]:
    """The words of ``text``, lower-cased; elided articles (l', d') are words of their own.

    ``folded`` says that ``text`` is already the output of :func:`fold`.
    """
    key = text if folded else fold(text)
    return [w for part in _WORD.findall(key) for w in part.split("'") if w]


def contains_phrase(folded: str, phrase: str) -> bool:
    """Whether the folded ``phrase`` occurs in ``folded`` at word boundaries."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded) is not None


def last_char(text: str, position: int) -> int | None:
    """The index of the last character before ``position`` that is not a space."""
    position -= 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position if position >= 0 else None
