"""Quotations over several paragraphs, as one quotation.

News style quotes a long passage over several paragraphs by opening each paragraph with a fresh
opening mark and closing none but the last ('"We have asked for a meeting … for weeks.⏎⏎"And
we will ask again, …"'; « Nous sommes prêts …⏎⏎« Mais nous ne céderons pas
… », a dit le ministre). :mod:`.marks` leaves each paragraph's words a quote of its own, and
:mod:`.runs` gives them one speaker; here the paragraphs of such a run become one quotation,
the passage the speaker is quoted in, from its first opening mark to its last closing one.
"""

from __future__ import annotations

from ..textutil import last_char
from .layout import Found, Layout
from .tags import CLOSERS, OPENERS

#: What may stand between a quotation left open and the end of its paragraph.
TRAILING = " \t\u00a0,"
#: What cannot end the words of a quotation left open: a closing mark, or a bracket that
#: closes the aside the quotation stands in.
UNCLOSED = frozenset(CLOSERS + ")]")


def joined_paragraphs(layout: Layout, found: list[Found]) -> list[Found]:
    """``found`` with each direct quotation left open at the end of its paragraph joined to
    the quotation that opens the next paragraph, over as many paragraphs as the run goes
    ('"We are ready.⏎⏎"But we will not yield," he said.' is one quotation); the joined
    quotation keeps the first cue and speaker found along the run."""
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if previous is not None and _continues(layout, previous, item):
            joined[-1] = Found(
                previous.start,
                item.end,
                True,
                previous.cue or item.cue,
                previous.speaker or item.speaker,
            )
        else:
            joined.append(item)
    return joined


def _continues(layout: Layout, previous: Found, item: Found) -> bool:
    """Whether the direct quotation ``item`` opens the paragraph after that of ``previous``
    with the mark that opened ``previous``, which is left open at the end of its own
    paragraph: no closing mark or bracket ends it, nothing but spaces or a comma follows it
    ('"… for weeks.⏎⏎"And we will ask again …'; not '(… ''a hard year.'')⏎⏎''Then …', nor
    a passage opened by another kind of mark, which copy mixing its sources' quotes shows)."""
    if not (previous.direct and item.direct):
        return False
    paragraph = layout.paragraph(previous.end - 1)
    if layout.paragraph(item.start) != paragraph + 1:
        return False
    text = layout.text
    _, end = layout.paragraphs[paragraph]
    start, _ = layout.paragraphs[paragraph + 1]
    opening = text[start : item.start].strip()
    return (
        not text[previous.end : end].strip(TRAILING)
        and text[previous.end - 1] not in UNCLOSED
        and bool(opening)
        and not opening.strip(OPENERS)
        and _opening_mark(text, previous.start) == opening[-1]
    )


def _opening_mark(text: str, start: int) -> str | None:
    """The opening quotation mark right before the words at ``start``, if there is one."""
    before = last_char(text, start)
    return text[before] if before is not None and text[before] in OPENERS else None
