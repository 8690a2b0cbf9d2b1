"""Quoted words by their marks alone: quotation-mark pairs and dialogue dashes, no model.

A quote never runs across a paragraph break: each paragraph is paired on its own. A quote left
open at the end of a paragraph runs to its end only when the next paragraph opens with the same
mark (the convention for a quotation over several paragraphs), and likewise at the end of a
line inside a paragraph; otherwise the stray mark is ignored. Quotes inside quotes stay part of
the outer one and are not reported on their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

#: Characters before a mark that say it opens a quote when the mark alone cannot tell.
_OPENS_AFTER = "([{/:—–-"
#: What ends the quoted words but is not part of them: spaces and a trailing comma.
_TRAILING = ","
#: Closing double marks that copy mixing straight and curly marks uses one for the other: one
#: in closing position closes a quote the other should close ('“…crumbling," she said').
_DOUBLE_CLOSERS = frozenset({'"', "”"})
#: The opening single mark that typesetters also put for an apostrophe before a year ("‘08").
_APOSTROPHE_OPENER = "‘"
#: A curly single mark that ends a word, not inside one: it closes a quote.
_CLOSING_SINGLE = re.compile(r"\S’(?!\w)")
#: Single quotation marks, which also stand for apostrophes.
_SINGLE = frozenset({"‘", "'"})
_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

Pairs = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Marked:
    """Quoted words: ``text[start:end]``, between ``text[open]`` and ``text[close]``.

    For a dialogue dash, ``open`` is the dash and ``close`` the end of the line; ``close`` is
    where the closing mark begins.
    """

    open: int
    close: int
    start: int
    end: int
    dash: bool = False
    #: How many characters the closing mark has.
    width: int = 1
    #: A dialogue line of the interviewer's: no quotation, though it may report one.
    asker: bool = False
    #: An answer of the guest of an interview whose questions are plain paragraphs.
    answer: bool = False

    @property
    def outer(self) -> tuple[int, int]:
        """From the opening mark to just after the closing one."""
        return self.open, self.close + (0 if self.dash else self.width)


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


def find_marked(
    text: str,
    start: int,
    end: int,
    pairs: Pairs,
    run_on: bool = False,
    elided: Collection[str] = (),
) -> list[Marked]:
    """The outermost quotes of ``text[start:end]`` (one paragraph) between paired marks.

    A mark may be more than one character (the two apostrophes of some wire copy: ''…'').
    ``run_on`` says that the next paragraph opens with a mark: a quote still open at the end
    of this one then runs to its end. Otherwise an opening mark still open at the end is
    stray: the paragraph is paired again without it, so that the quotes after it are not
    taken for quotes inside it ("said in ‘08 that the ‘blame game’ …", "« Nous ferons … puis
    il a ajouté « rien n'est joué »": "blame game", "rien n'est joué"). A single mark before
    a word of ``elided`` (lowercase), then no letter, is an apostrophe that elides its first
    letters ("six of ‘em", "Sophie in 't Veld").
    """
    marks = [
        (i, m)
        for i, m in _marks(text, start, end, pairs)
        if not _elides_word(text, i, m, end, elided)
    ]
    while True:  # once per stray mark: seldom more than one pass
        found, unclosed = _pair(text, (start, end), pairs, marks)
        if unclosed is None or run_on:
            break
        marks = [(i, m) for i, m in marks if i != unclosed[1]]
    if unclosed is not None:
        _, opened, width = unclosed
        found.extend(_marked(text, opened, width, end, 0))
    return found


def _pair(
    text: str, span: tuple[int, int], pairs: Pairs, marks: list[tuple[int, str]]
) -> tuple[list[Marked], tuple[str, int, int] | None]:
    """The outermost quotes of the paragraph ``span`` between its ``marks`` (where, which),
    and the outermost opening mark still open at the end (closing mark awaited, where,
    width), if any."""
    start, end = span
    closing_of = {opening: closing for opening, closing in pairs}
    stack: list[tuple[str, int, int]] = []  # (the closing mark awaited, where, opening width)
    found: list[Marked] = []
    for i, mark in marks:
        line_end = _line_run_on(text, start, i, mark, closing_of) if stack else None
        if line_end is not None:
            _, opened, width = stack[0]
            found.extend(_marked(text, opened, width, line_end, 0))
            stack = []
        awaited = [closing for closing, _, _ in stack]
        action, role = _role(text, i, mark, start, end, closing_of, awaited)
        if action == "close":
            depth = len(awaited) - 1 - awaited[::-1].index(role)
            _, opened, width = stack[depth]
            del stack[depth:]
            if not stack:
                found.extend(_marked(text, opened, width, i, len(mark)))
        elif action == "open":
            stack.append((role, i, len(mark)))
    return found, stack[0] if stack else None


def _line_run_on(
    text: str, start: int, i: int, mark: str, closing_of: dict[str, str]
) -> int | None:
    """Where the line before ``i`` ends, when the opening mark ``mark`` at ``i`` opens a line of
    the paragraph: a quote still open there ran to the end of that line, the convention for a
    quotation over several paragraphs in a text whose paragraphs are single lines ('“Trump
    events are outlets … revel in it.⏎“There’s another side …,” Sexton said.'); None
    otherwise."""
    if mark not in closing_of or closing_of[mark] == mark:
        return None
    newline = text.rfind("\n", start, i)
    if newline < 0 or text[newline:i].strip():
        return None
    return newline


def _marks(text: str, start: int, end: int, pairs: Pairs) -> list[tuple[int, str]]:
    """Where the quotation marks of ``text[start:end]`` are, the longest mark first where two
    begin at the same character (''…'' before a lone apostrophe)."""
    marks = sorted({mark for pair in pairs for mark in pair}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(mark) for mark in marks))
    return [(m.start(), m.group()) for m in pattern.finditer(text, start, end)]


def _role(
    text: str,
    i: int,
    mark: str,
    start: int,
    end: int,
    closing_of: dict[str, str],
    awaited: list[str],
) -> tuple[str | None, str]:
    """What the mark ``mark`` at ``i`` does: ``("open", closing mark awaited)``, ``("close",
    closing mark)``, or ``(None, "")`` for a stray mark."""
    before = text[i - 1] if i > start else " "
    after = text[i + len(mark)] if i + len(mark) < end else " "
    if before.isalnum() and after.isalnum():
        return None, ""  # inside a word: an apostrophe ("Guyana’s", "don’t"), never a mark
    opens_here = before.isspace() or before in _OPENS_AFTER or _ends_mark(text, i, closing_of)
    closes_here = not before.isspace() and not opens_here
    partner = closing_of.get(mark)
    if mark in awaited:
        return "close", mark
    if closes_here and awaited and {mark, awaited[-1]} <= _DOUBLE_CLOSERS:
        return "close", awaited[-1]  # mixed marks: '“…," she said. "…”'
    if partner and partner != mark and awaited and awaited[-1] == partner and closes_here:
        return "close", partner  # a sloppy “…“: the opener used as closer
    if partner == mark:
        return ("open", mark) if opens_here and _opens_words(mark, after) else (None, "")
    if partner:
        elided = mark == _APOSTROPHE_OPENER and _elides_year(text, i + len(mark), end)
        return (None, "") if elided else ("open", partner)
    if opens_here and not after.isspace():
        return "open", mark  # a sloppy ”…”: the closer used as opener
    return None, ""


def _opens_words(mark: str, after: str) -> bool:
    """Whether a mark used both ways, with a space or a mark before it, opens a quote given
    the character after it: not a space, nor a digit after an apostrophe, which elides the
    century ("the '90s")."""
    return not after.isspace() and not (mark == "'" and after.isdigit())


def _elides_year(text: str, after: int, end: int) -> bool:
    """Whether the opening mark before ``after`` is an apostrophe that elides a century: two
    digits follow it, then no other digit, and no closing mark ends a word after it in the
    paragraph ("said in ‘08 that …", "the ‘90s"; not "called it ‘99 problems’")."""
    digits = text[after : min(after + 3, end)]
    if len(digits) < 2 or not digits[:2].isdigit() or digits[2:].isdigit():
        return False
    return _CLOSING_SINGLE.search(text, after, end) is None


def _elides_word(text: str, i: int, mark: str, end: int, elided: Collection[str]) -> bool:
    """Whether the single mark ``mark`` at ``i`` is an apostrophe before an elided word of
    ``elided``, which no letter follows ("of ‘em.", "in 't Veld"; not "‘tis a pity’")."""
    if mark not in _SINGLE or (i > 0 and text[i - 1].isalnum()):
        return False
    match = _WORD.match(text, i + len(mark), end)
    return match is not None and match.group().lower() in elided


def _ends_mark(text: str, i: int, closing_of: dict[str, str]) -> bool:
    """Whether an opening mark ends right before ``i`` (“‘…": a quote opens inside another)."""
    return any(text.endswith(opening, 0, i) for opening in closing_of)


def _marked(text: str, opened: int, width: int, closed: int, close_width: int) -> list[Marked]:
    """The quote between the mark at ``opened`` (``width`` characters) and the one at
    ``closed`` (``close_width``); none when nothing is quoted."""
    start, end = _strip(text, opened + width, closed)
    while end > start and text[end - 1] in _TRAILING:
        start, end = _strip(text, start, end - 1)
    if start >= end:
        return []
    return [Marked(opened, closed, start, end, width=max(close_width, 1))]


def find_dashed(text: str, start: int, end: int, dashes: Sequence[str]) -> list[Marked]:
    """The lines of ``text[start:end]`` that open with a dialogue mark and a space: a dash
    ("— "), or an interview's label ("Q: ", "A: ")."""
    found = []
    position = start
    for line in text[start:end].split("\n"):
        line_start, line_end = _strip(text, position, position + len(line))
        position += len(line) + 1
        width = _dialogue_mark(text, line_start, line_end, dashes)
        if width:
            words_start, words_end = _strip(text, line_start + width, line_end)
            found.append(Marked(line_start, line_end, words_start, words_end, dash=True))
    return found


def _dialogue_mark(text: str, start: int, end: int, dashes: Sequence[str]) -> int:
    """The length of the dialogue mark that opens ``text[start:end]``, followed by a space
    and words; 0 if none does."""
    for mark in dashes:
        width = len(mark)
        if (
            end - start > width + 1
            and text.startswith(mark, start)
            and text[start + width].isspace()
        ):
            return width
    return 0


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards past spaces of any kind (no-break ones included)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
