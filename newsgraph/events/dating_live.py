"""Whether a sentence belongs to an entry of a live report, the clock times of whose entries
the cleaner may have taken out of the body as lines of their own.

A live report posts its entries each under the clock time of its posting, either opening the
entry's first line ("20.05 BST – Lukashenko says …") or on a line of its own ("20h55" over
"Il appelle les deux camps à …"). The cleaner keeps the first form in the body and removes the
second as publication information, so the body alone no longer shows the entries: the raw
text does.
"""

from __future__ import annotations

import re

from ..article import Article
from .discourse import live_entry

#: How many characters of a sentence's start (short of its line's end) are looked up in the
#: raw text.
_PROBE = 40


def in_live_entry(article: Article, start: int, stamp: re.Pattern[str] | None) -> bool:
    """Whether the sentence at ``start`` of the body belongs to an entry of a live report
    (:func:`.discourse.live_entry`), its entries opened by clock times in the body or on lines
    of their own in the raw text ("20h55 ¶ « Ce n'est qu'un premier pas », a réagi António
    Guterres. Il appelle les deux camps à …": an entry of the report's day)."""
    if live_entry(article.text, start, stamp):
        return True
    if stamp is None or not article.raw:
        return False
    body = max(_found(article.raw, article.text, 0), 0)
    found = [m.start() for m in stamp.finditer(article.raw, body)]  # not the page's header
    if len(found) < 2:
        return False
    at = _found(article.raw, article.text, start)
    return at > found[0]


def _found(raw: str, text: str, start: int) -> int:
    """Where the line of the body that starts at ``start`` is in the raw text (its first
    :data:`_PROBE` characters), or -1."""
    words = text[start : start + _PROBE].split("\n")[0].strip()  # within its line
    return raw.find(words) if words else -1
