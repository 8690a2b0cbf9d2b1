"""Quoted words by their marks alone: quotation-mark pairs and dialogue dashes, no model.

A quote never runs across a paragraph break: each paragraph is paired on its own. A quote left
open at the end of a paragraph runs to its end only when the next paragraph opens with the same
mark (the convention for a quotation over several paragraphs); otherwise the stray mark is
ignored. Quotes inside quotes stay part of the outer one and are not reported on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Characters before a mark that say it opens a quote when the mark alone cannot tell.
_OPENS_AFTER = "([{/:—–-"
#: What ends the quoted words but is not part of them: spaces and a trailing comma.
_TRAILING = ","
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

Pairs = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Marked:
    """Quoted words: ``text[start:end]``, between ``text[open]`` and ``text[close]``.

    For a dialogue dash, ``open`` is the dash and ``close`` the end of the line.
    """

    open: int
    close: int
    start: int
    end: int
    dash: bool = False

    @property
    def outer(self) -> tuple[int, int]:
        """From the opening mark to just after the closing one."""
        return self.open, self.close + (0 if self.dash else 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` (separated by blank lines), without their outer spaces."""
    spans = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        start, stop = _strip(text, position, end)
        if start < stop:
            spans.append((start, stop))
        position = match.end() if match else len(text)
    return spans


def find_quotes(
    text: str, spans: Iterable[tuple[int, int]], pairs: Pairs, dashes: Sequence[str]
) -> list[Marked]:
    """Every quote of ``text``, paragraph by paragraph, in text order."""
    spans = list(spans)
    openers = {opening for opening, _ in pairs}
    found: list[Marked] = []
    for index, (start, end) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else None
        run_on = following is not None and text[following] in openers
        dashed = find_dashed(text, start, end, dashes)
        marked = find_marked(text, start, end, pairs, run_on)
        inside = [m for m in marked if not any(d.open <= m.open < d.close for d in dashed)]
        found.extend(sorted([*dashed, *inside], key=lambda m: m.open))
    return found


def find_marked(
    text: str, start: int, end: int, pairs: Pairs, run_on: bool = False
) -> list[Marked]:
    """The outermost quotes of ``text[start:end]`` (one paragraph) between paired marks.

    ``run_on`` says that the next paragraph opens with a mark: a quote still open at the end
    of this one then runs to its end.
    """
    closing_of = {opening: closing for opening, closing in pairs}
    closers = {closing for _, closing in pairs}
    stack: list[tuple[str, int]] = []  # (the closing mark awaited, where the quote opened)
    found: list[Marked] = []
    for i in range(start, end):
        if text[i] not in closing_of and text[i] not in closers:
            continue
        awaited = [closing for closing, _ in stack]
        action, mark = _role(text, i, start, end, closing_of, awaited)
        if action == "close":
            depth = len(awaited) - 1 - awaited[::-1].index(mark)
            opened = stack[depth][1]
            del stack[depth:]
            if not stack:
                found.extend(_marked(text, opened, i))
        elif action == "open":
            stack.append((mark, i))
    if stack and run_on:
        found.extend(_marked(text, stack[0][1], end))
    return found


def _role(
    text: str, i: int, start: int, end: int, closing_of: dict[str, str], awaited: list[str]
) -> tuple[str | None, str]:
    """What the mark at ``i`` does: ``("open", closing mark awaited)``, ``("close", closing
    mark)``, or ``(None, "")`` for a stray mark."""
    char = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens_here = before.isspace() or before in _OPENS_AFTER or before in closing_of
    closes_here = not before.isspace() and not opens_here
    partner = closing_of.get(char)
    if char in awaited:
        return "close", char
    if partner and partner != char and awaited and awaited[-1] == partner and closes_here:
        return "close", partner  # a sloppy “…“: the opener used as closer
    if partner == char:
        return ("open", char) if opens_here and not after.isspace() else (None, "")
    if partner:
        return "open", partner
    if opens_here and not after.isspace():
        return "open", char  # a sloppy ”…”: the closer used as opener
    return None, ""


def _marked(text: str, opened: int, closed: int) -> list[Marked]:
    """The quote between the mark at ``opened`` and ``closed`` (empty when nothing is quoted)."""
    start, end = _strip(text, opened + 1, closed)
    while end > start and text[end - 1] in _TRAILING:
        start, end = _strip(text, start, end - 1)
    if start >= end:
        return []
    return [Marked(opened, closed, start, end)]


def find_dashed(text: str, start: int, end: int, dashes: Sequence[str]) -> list[Marked]:
    """The lines of ``text[start:end]`` that open with a dialogue dash and a space."""
    found = []
    position = start
    for line in text[start:end].split("\n"):
        line_start, line_end = _strip(text, position, position + len(line))
        position += len(line) + 1
        if (
            line_end - line_start > 2
            and text[line_start] in dashes
            and text[line_start + 1].isspace()
        ):
            words_start, words_end = _strip(text, line_start + 1, line_end)
            found.append(Marked(line_start, line_end, words_start, words_end, dash=True))
    return found


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards past spaces of any kind (no-break ones included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
