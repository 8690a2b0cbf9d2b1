"""Where the body ends: short closing lines kept, an author's bio left out.

The body segment is the run of lines with the most prose (:func:`clean._body_segment`), so a
short last paragraph, which scores below zero, falls outside it: a one-sentence quote
(« Nous ne céderons pas. »), a closing line ("He added: \"We will see.\"") or the last
exchange of an interview (« — Et demain ? » / « — Nous verrons. »). Such lines are taken back
while they read as closing sentences; the first line of unknown shape or of known chrome ends
the body. A bio of the author after the text ("Jane Doe is our Asia editor.") is left out.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lines import Line

#: A closing statement out of dialogue has this many words, one a function word at least
#: ("Le vote aura lieu jeudi."), unlike a button with a full stop ("Continue reading.").
STATEMENT_WORDS = 3
#: Punctuation that ends a statement; "?" and "!" end one only in a line of dialogue or quoted.
_STATEMENT_END = (".", "…")
_ANY_END = (".", "…", "?", "!")
_CLOSING_QUOTES = "»”\"’' \u00a0\u202f"
#: A line of dialogue or a quotation opens with a dash, a quotation mark or an interview's
#: "Q:" / "A:".
_DIALOGUE_OPENING = re.compile(r"[—–\-«“\"]|[QA]\s?:\s")


def body_end(
    lines: list[Line], reasons: list[str | None], first: int, last: int, lexicon: Lexicon
) -> int:
    """The body's last line: ``last`` moved past closing lines, then back before bios.

    "— Et demain ?" and "— Nous verrons." after the body are kept; a following "Partager"
    or "Jane Doe" ends it; "Jane Doe is The Review's Asia editor." at its end is left out.
    """
    end = last
    if last < first:
        return last
    while end + 1 < len(lines) and reasons[end + 1] is None and closes(lines[end + 1]):
        end += 1
    while end > first and reasons[end] is None and is_author_bio(lines[end], lexicon):
        reasons[end] = "author-bio"
        end -= 1
    return end


def closes(line: Line) -> bool:
    """A short line that reads as a sentence ending an article ("Le vote aura lieu jeudi.",
    « — Et demain ? »), not a link title ("Que peut encore faire l'Europe ?"), a label or a
    button ("Continue reading.")."""
    dialogue = _DIALOGUE_OPENING.match(line.text) is not None
    if line.words < 2 or not (dialogue or line.text[:1].isupper()):
        return False
    text = line.text.rstrip(_CLOSING_QUOTES)
    if dialogue or len(text) < len(line.text.rstrip(" \u00a0\u202f")):  # quoted
        return text.endswith(_ANY_END)
    statement = line.words >= STATEMENT_WORDS and line.function_ratio > 0
    return statement and text.endswith(_STATEMENT_END)


def is_author_bio(line: Line, lexicon: Lexicon) -> bool:
    """A line that presents the article's author ("Claire Vasseur est correspondante de …")."""
    return line.words <= 30 and any(p.search(line.text) for p in lexicon.author_bio)
