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
from functools import lru_cache

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
    first = _first_entry(article.raw, _head(article.text, 0), stamp)
    return first is not None and article.raw.find(_head(article.text, start)) > first


@lru_cache(maxsize=8)
def _first_entry(raw: str, body: str, stamp: re.Pattern[str]) -> int | None:
    """Where the first entry of a live report starts in the raw text, counting the stamps
    from the body's first line (``body``) on, not the page's header; None unless two or more
    stamps open entries there. Once per article: the decisions of its sentences ask again."""
    found = [m.start() for m in stamp.finditer(raw, max(raw.find(body), 0))]
    return found[0] if len(found) >= 2 else None


def _head(text: str, start: int) -> str:
    """The first :data:`_PROBE` characters of the line of the body that starts at ``start``,
    looked up in the raw text."""
    return text[start : start + _PROBE].split("\n")[0].strip()
