"""Pages of several stories: the title line that opens each one.

Some pages hold several short stories one after the other, each under its own title line: a
page of world briefs (« Le monde en bref », "World briefing"), a round-up, a flash and, under a
second headline, its follow-up. A story title is a short line with no final stop, set off by a
blank line and followed by a paragraph of prose. A single story may have such lines too (the
subheadings that cut a long article), so a page is read as several stories only when its titles
show it:

- a title sits in a header of its own: a byline or a publication line next to it
  ("Sommet de Luanda : … / Par Awa Diallo"), a new article on the page;
- or two titles at least open with a label and a colon, the way briefs are headed
  ("Tchad : un convoi attaqué près d'Abéché", "Kosovo: Police officers detained"), and every title
  of the body does;
- or the page's headline announces briefs (« Le monde en bref », "World briefing", the
  ``roundup`` patterns of ``cleaning.json``) and the body has two titles at least.
"""

from __future__ import annotations

import re

from ..article import Span
from .lexicon import Lexicon
from .lines import Line

#: A story title is at least this many words and at most ``TITLE_MAX``.
TITLE_MIN, TITLE_MAX = 3, 20
#: The parts of an article's header that open a story of its own next to its title.
HEADER_PARTS = frozenset({"byline", "publication-info"})
#: Lines that may sit between two stories without ending the page's run of stories.
BETWEEN = HEADER_PARTS | {"related", "site", "advertising", "caption"}
#: A brief's label: up to four words, each capitalised, before a colon ("Serbie-Kosovo :",
#: "Sudan:", "Royaume-Uni :").
_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*\s?){1,4}\s?:\s+\S", re.UNICODE)
#: The least prose a story above a second header must have to be read as a story, in words.
STORY_WORDS = 25


def is_title(lines: list[Line], reasons: list[str | None], index: int) -> bool:
    """A short line with no final stop, set off by a blank line or a header part (a byline,
    a publication line) before it, and followed, past such parts, by a paragraph of prose."""
    line = lines[index]
    if not TITLE_MIN <= line.words <= TITLE_MAX or line.terminal or line.sentence_like:
        return False
    before = reasons[index - 1] if index > 0 else None
    if not (line.blank_before or before in HEADER_PARTS):
        return False
    after = index + 1
    while after < len(lines) and reasons[after] in HEADER_PARTS:
        after += 1
    return after < len(lines) and reasons[after] is None and lines[after].sentence_like


def labelled(line: Line) -> bool:
    """Whether a title opens with a brief's label and a colon ("Niger : un journaliste
    libéré")."""
    return _LABEL.match(line.text) is not None


def story_titles(
    lines: list[Line],
    reasons: list[str | None],
    first: int,
    last: int,
    roundup: bool = False,
) -> list[int]:
    """The lines (indexes) that open the second and later stories of the body
    ``lines[first:last + 1]`` and the title right above its first line when it opens the
    first; none on a page of one story. ``roundup`` when the page's headline announces
    briefs (:func:`announces_briefs`)."""
    body = [
        i
        for i in range(max(first - 1, 0), last + 1)
        if reasons[i] is None and is_title(lines, reasons, i)
    ]
    headed = [i for i in body if i > first and _in_header(lines, reasons, i)]
    if headed:
        return headed
    inside = [i for i in body if i >= first]
    if roundup and len(body) >= 2:
        return body
    if len([i for i in body if labelled(lines[i])]) >= 2 and all(
        labelled(lines[i]) for i in inside
    ):
        return body
    return []


def announces_briefs(
    lines: list[Line],
    reasons: list[str | None],
    first: int,
    lexicon: Lexicon,
    title: str | None = None,
) -> bool:
    """Whether the page's headline (``title`` when the input gives it, else a line above the
    body that is not chrome) announces briefs: « Le monde en bref », "News in brief"."""
    heads = [title] if title is not None else []
    heads += [lines[i].text for i in range(first) if reasons[i] is None]
    return any(p.search(head) for head in heads for p in lexicon.roundup)


def _in_header(lines: list[Line], reasons: list[str | None], index: int) -> bool:
    """Whether a byline or publication line stands right before or after the title."""
    near = [index - 1, index + 1]
    return any(0 <= i < len(lines) and reasons[i] in HEADER_PARTS for i in near)


def earlier_story(lines: list[Line], reasons: list[str | None], first: int) -> int:
    """Where the body starts when a story sits above the one the body segment found: a
    second header (a title with a byline or a publication line) opens the body, and above
    it, past the header's other parts and links, a run of prose paragraphs (at least
    :data:`STORY_WORDS` words) tells a story of its own. Returns ``first`` when there is none.
    """
    title = _header_title(lines, reasons, first)
    if title is None:
        return first
    index = title - 1
    while index >= 0 and reasons[index] in BETWEEN:
        index -= 1
    start, words = index + 1, 0
    while index >= 0 and reasons[index] is None and lines[index].sentence_like:
        start, words = index, words + lines[index].words
        index -= 1
    return start if words >= STORY_WORDS else first


def _header_title(lines: list[Line], reasons: list[str | None], first: int) -> int | None:
    """The title of the header right above the body's first line, if it has a byline or a
    publication line next to it."""
    index = first - 1
    while index >= 0 and reasons[index] in HEADER_PARTS:
        index -= 1
    if index < 0 or reasons[index] is not None or not is_title(lines, reasons, index):
        return None
    return index if _in_header(lines, reasons, index) else None


def story_spans(text: str, starts: list[int]) -> list[Span]:
    """The stories of ``text`` from the starts of their titles: the first from the text's
    start, each up to the next; none when fewer than two stories are found."""
    bounds = sorted({0, *starts})
    if len(bounds) < 2:
        return []
    ends = [*bounds[1:], len(text)]
    return [Span(s, e, text[s:e].rstrip()) for s, e in zip(bounds, ends, strict=True)]
