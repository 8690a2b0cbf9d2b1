"""Live blogs' entry titles: a line that opens with a clock time and has no final punctuation
("18h40 – L'armée israélienne dit avoir tiré sur des « suspects »") is a heading over the
entry, which tells the same news in full; its words are neither quotation nor statement."""

from __future__ import annotations

from .layout import FINAL, Found, Layout
from .tags import CLOSERS

#: What may close a line after its last word: spaces and closing quotation marks.
TRAILING = CLOSERS + " \t\u00a0\u202f"
#: What sets a clock time off from the title after it ("18h40 – …", "6:40pm: …").
SEPARATORS = "–—-:|"


def without_headings(layout: Layout, found: list[Found]) -> list[Found]:
    """``found`` but for what stands in a timestamped heading."""
    return [item for item in found if not _heading(layout, item.start)]


def _heading(layout: Layout, position: int) -> bool:
    """Whether the paragraph at ``position`` is a timestamped entry title: it opens with a
    clock time (``clock_time``) set off by a dash or a colon, and does not end like a
    sentence ("12h40 – Erdogan juge les frappes « disproportionnées ». …" is an entry)."""
    clock = layout.lexicon.clock_time
    if clock is None:
        return False
    start, end = layout.paragraphs[layout.paragraph(position)]
    line = layout.text[start:end].strip()
    opening = clock.match(line)
    if "\n" in line or opening is None:
        return False
    rest = line[opening.end() :].lstrip()
    return rest[:1] in tuple(SEPARATORS) and line.rstrip(TRAILING)[-1:] not in FINAL
