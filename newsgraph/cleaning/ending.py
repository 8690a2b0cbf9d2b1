"""Where the body ends: short closing lines kept, an author's bio left out.

The body segment is the run of lines with the most prose (:func:`clean._body_segment`), so a
short last paragraph, which scores below zero, falls outside it: a one-sentence quote
(« Nous ne céderons pas. »), a closing line ("He added: \"We will see.\"") or the last
exchange of an interview (« — Et demain ? » / « — Nous verrons. »). Such lines, quoted or of
dialogue, are taken back; the first other line ends the body. A short plain sentence is not
taken back: after the body it cannot be told from a credit line or a caption. A bio of
the author after the text ("Jane Doe is our Asia editor.") is left out.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .lines import Line

#: Punctuation that ends a line of dialogue or a quoted line.
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
    """A short quoted or dialogue line that ends a sentence (« — Et demain ? », « Nous ne
    céderons pas. »), not a link title ("Que peut encore faire l'Europe ?"), a label or a
    button ("Continue reading.")."""
    dialogue = _DIALOGUE_OPENING.match(line.text) is not None
    if line.words < 2 or not (dialogue or line.text[:1].isupper()):
        return False
    text = line.text.rstrip(_CLOSING_QUOTES)
    quoted = dialogue or len(text) < len(line.text.rstrip(" \u00a0\u202f"))
    return quoted and text.endswith(_ANY_END)


def is_author_bio(line: Line, lexicon: Lexicon) -> bool:
    """A line that presents the article's author ("Claire Vasseur est correspondante de …")."""
    return line.words <= 30 and any(p.search(line.text) for p in lexicon.author_bio)
