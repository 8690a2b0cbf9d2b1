"""The cleaner, written out as one readable function over plain steps."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ..article import Caption, Removed, Span
from ..textutil import fold
from .classify import chrome_reason
from .ending import body_end
from .headline import choose_headline
from .lexicon import Lexicon
from .lines import Line, split_lines
from .parts import read_byline, read_caption
from .sections import announces_briefs, earlier_story, story_spans, story_titles

#: What a chrome line costs the body segment it would sit in.
CHROME_PENALTY = 2.0
#: What the parts of an article's own header cost (they often sit between lede and body).
PART_PENALTY = 1.0
PARTS = frozenset({"caption", "byline", "publication-info", "headline"})
#: What a short line that is neither prose nor known chrome costs.
UNKNOWN_PENALTY = 0.5


@dataclass
class CleanResult:
    """The body of a raw page and the parts taken out of it."""

    text: str
    paragraphs: list[Span]
    title: str | None
    authors: list[str] = field(default_factory=list)
    translated_from: str | None = None
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    #: Texts outside the body that may date the article (captions, publication lines).
    dated_lines: list[str] = field(default_factory=list)
    #: The stories of a page of several (:func:`.sections.story_spans`); empty for one story.
    sections: list[Span] = field(default_factory=list)


def clean_text(
    raw: str,
    lexicon: Lexicon,
    *,
    title: str | None = None,
    repeated: Collection[str] = (),
    lines: list[Line] | None = None,
    extracted: bool = False,
) -> CleanResult:
    """Split ``raw`` into the article body and the site chrome around it.

    ``title`` is the headline when the input's metadata gives one; ``repeated`` holds folded
    lines seen in other articles of the same source; ``lines`` are those of ``raw`` when
    :func:`split_lines` already ran on it. ``extracted`` says that an HTML extractor already
    chose the main text: every line that is not plainly chrome is then kept.
    """
    lines = lines if lines is not None else split_lines(raw, lexicon)
    reasons = [_reason(line, lexicon, title, repeated) for line in lines]
    first, last = (0, len(lines) - 1) if extracted else _body_segment(lines, reasons)
    if not extracted:
        last = body_end(lines, reasons, first, last, lexicon)
        first = earlier_story(lines, reasons, first)
    roundup = announces_briefs(lines, reasons, first, lexicon, title)
    titles = story_titles(lines, reasons, first, last, roundup)
    first = min([first, *titles])
    if title is None:
        title, first = choose_headline(lines, reasons, first, last, lexicon, bool(titles))
    for index, line in enumerate(lines):
        if reasons[index] is None and not first <= index <= last:
            reasons[index] = "outside-body"
        elif reasons[index] is None and line.words < 2 and not line.sentence_like:
            reasons[index] = "fragment"
    return _assemble(lines, reasons, title, lexicon, {lines[i].number for i in titles})


def _reason(
    line: Line, lexicon: Lexicon, title: str | None, repeated: Collection[str]
) -> str | None:
    if title is not None and line.folded == fold(title):
        return "headline"
    reason = chrome_reason(line, lexicon)
    if reason is None and line.folded in repeated:
        return "repeated-in-source"
    return reason


def _score(line: Line, reason: str | None) -> float:
    if reason is not None:
        return -PART_PENALTY if reason in PARTS else -CHROME_PENALTY
    if line.sentence_like:
        return 1.0 + min(line.words, 200) / 20
    return 0.0 if line.words >= 8 else -UNKNOWN_PENALTY


def _body_segment(lines: list[Line], reasons: list[str | None]) -> tuple[int, int]:
    """The run of lines with the most prose in it (maximum-sum subarray of line scores)."""
    best, best_range = 0.0, (0, -1)
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, index
        total += _score(line, reasons[index])
        if total > best:
            best, best_range = total, (start, index)
    if best_range[1] < 0:  # no prose at all: keep whatever is not known chrome
        kept = [i for i, reason in enumerate(reasons) if reason is None]
        return (kept[0], kept[-1]) if kept else (0, -1)
    return best_range


def _assemble(
    lines: list[Line],
    reasons: list[str | None],
    title: str | None,
    lexicon: Lexicon,
    titles: Collection[int] = (),
) -> CleanResult:
    """The body's paragraphs, the parts taken out, and where each story starts when the page
    has several (``titles``, the line numbers of their titles)."""
    result = CleanResult(text="", paragraphs=[], title=title)
    paragraphs: list[list[Line]] = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None:
            follows = paragraphs and paragraphs[-1][-1].number == line.number - 1
            if follows:
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
            continue
        result.removed.append(Removed(line=line.number, text=line.text, reason=reason))
        _read_part(result, line, reason, lexicon)
    offset = 0
    stories: list[int] = []  # where each story's title paragraph starts
    for paragraph in paragraphs:
        text = "\n".join(line.text for line in paragraph)
        result.paragraphs.append(Span(offset, offset + len(text), text))
        if paragraph[0].number in titles:
            stories.append(offset)
        offset += len(text) + 2
    result.text = "\n\n".join(p.text for p in result.paragraphs)
    result.sections = story_spans(result.text, stories)
    return result


def _read_part(result: CleanResult, line: Line, reason: str, lexicon: Lexicon) -> None:
    if reason == "caption":
        result.captions.append(read_caption(line, lexicon))
        result.dated_lines.append(line.text)
    elif reason == "byline":
        authors, translated_from = read_byline(line, lexicon)
        result.authors.extend(a for a in authors if a not in result.authors)
        result.translated_from = result.translated_from or translated_from
    elif reason == "publication-info":
        result.dated_lines.append(line.text)
