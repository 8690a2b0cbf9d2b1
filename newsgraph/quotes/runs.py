"""Quotations that run on: over a speech tag, over sentences and over paragraphs.

A quote without a speaker takes that of the quote before it in the same paragraph; a sentence
that its speech tag interrupts is one quotation, tag and all; a quotation left open at the end
of its paragraph takes the speaker named where it ends, in the next one; and a paragraph that
opens with an untagged quotation, after one that ends with a tagged quotation, goes on with
that speaker's words.
"""

from __future__ import annotations

from bisect import bisect_left

from ..textutil import last_char
from .layout import Found, Layout
from .marks import Marked
from .tags import CLOSERS, OPENERS, SENTENCE_ENDS

#: What may end a paragraph after a quotation left open: spaces and a comma.
TRAILING_RUN = " \t\u00a0,"
#: What ends quoted words that are an utterance.
UTTERANCE_ENDS = frozenset(".!?…,")


def carry_over(layout: Layout, found: list[Found]) -> list[Found]:
    """Quotes without a speaker take that of the quote before them in the same paragraph
    ('"Recognition is not only …," he said. "It is also the only way …"'). A sentence that
    its speech tag interrupts is one quotation, tag and all: the quote that goes on after the
    tag and a comma, or after the tag's sentence, with no cue of its own or that same one,
    joins the quote before it ('"We'll walk away …," he said, "the only place on earth …"',
    '"I don't think the industry is over," she said. "I think it's just changing."')."""
    carried: list[Found] = []
    for item in found:
        previous = carried[-1] if carried else None
        if (
            previous is None
            or previous.speaker is None
            or layout.paragraph(previous.start) != layout.paragraph(item.start)
        ):
            carried.append(item)
        elif _interrupted(layout, previous, item):
            carried[-1] = Found(previous.start, item.end, True, previous.cue, previous.speaker)
        elif item.speaker is None:
            carried.append(Found(item.start, item.end, item.direct, item.cue, previous.speaker))
        else:
            carried.append(item)
    return carried


def goes_on(layout: Layout, quote: Marked, found: list[Found]) -> bool:
    """Whether quoted words that are no quotation by themselves (no verb, a name alone) go on
    with the quotation before them, over its speech tag: they end as an utterance does (a
    final mark or a comma) and only the tag's sentence, or the tag and a comma, stands
    between ('"Safety," said Grimm. "Safety for the whole country, everybody."', « Non », a
    répondu X. « Jamais. »). :func:`carry_over` then joins them into one quotation."""
    previous = found[-1] if found else None
    if previous is None or previous.speaker is None:
        return False
    if layout.paragraph(previous.start) != layout.paragraph(quote.start):
        return False
    words = layout.text[quote.start : quote.end].rstrip().rstrip(CLOSERS).rstrip()
    if words[-1:] not in UTTERANCE_ENDS or _title_after_comma(layout.text, quote.open, words):
        return False
    return _interrupted(layout, previous, Found(quote.start, quote.end, True, None, None))


def _title_after_comma(text: str, opening: int, words: str) -> bool:
    """Whether capitalised words after a comma name a title ('…," she wrote in her memoir,
    "Tough Choices."') rather than go on with what is said."""
    before = last_char(text, opening)
    initials = [word[:1] for word in words.split() if word[:1].isalpha()]
    capitalised = bool(initials) and all(initial.isupper() for initial in initials)
    return capitalised and before is not None and text[before] == ","


def _interrupted(layout: Layout, previous: Found, item: Found) -> bool:
    """Whether ``item`` goes on with the quotation ``previous`` after its speech tag: the
    tag and a comma stand between them, or the tag's sentence alone, and ``item`` has no cue
    of its own or that same one.
    """
    cue = previous.cue
    if cue is None or not previous.direct or not item.direct:
        return False
    if not previous.end <= cue[0] < cue[1] <= item.start:
        return False
    if item.cue is not None and item.cue != cue:
        return False
    if item.speaker is not None and item.cue != cue:
        return False
    text = layout.text
    before = last_char(text, item.start)
    while before is not None and text[before] in OPENERS:
        before = last_char(text, before)
    if before is None:
        return False
    if text[before] == ",":  # mid-sentence: '…," he said, "…'
        return True
    return text[before] in SENTENCE_ENDS and _tag_sentence(layout, cue, before)


def _tag_sentence(layout: Layout, cue: tuple[int, int], end: int) -> bool:
    """Whether the sentence of the speech tag ``cue`` ends at ``end``, right before the next
    quote opens: the quotation goes on after its tag in a new sentence ('"I don't think the
    industry is over," she said. "I think it's just changing."' is one quotation, tag and
    all), not after other words of the narrative ('…," he said. He left. "…"')."""
    return not any(cue[1] < cut <= end for cut in layout.cuts[bisect_left(layout.cuts, cue[1]) :])


def run_back(layout: Layout, found: list[Found]) -> list[Found]:
    """A quotation left open at the end of its paragraph, going on in the next one, takes the
    speaker of what follows: in news style the speaker of a quotation over paragraphs is
    named at its end ("“We are ready … ready.\n\n“But we will not …,” the president said.")."""
    result = list(found)
    for index in range(len(result) - 2, -1, -1):
        item, following = result[index], result[index + 1]
        if (
            item.speaker is None
            and following.speaker is not None
            and _runs_on(layout, item, following)
        ):
            result[index] = Found(item.start, item.end, item.direct, item.cue, following.speaker)
    return result


def _runs_on(layout: Layout, item: Found, following: Found) -> bool:
    """Whether the quotation ``item`` is left open at the end of its paragraph and
    ``following`` goes on with it from the start of the next one."""
    if not item.direct or not following.direct:
        return False
    text = layout.text
    if layout.paragraph(following.start) != layout.paragraph(item.start) + 1:
        return False
    _, paragraph_end = layout.paragraphs[layout.paragraph(item.start)]
    between = text[item.end : following.start]
    return (
        not text[item.end : paragraph_end].strip(TRAILING_RUN)  # no closing mark
        and not between.strip().strip(OPENERS)
    )


def next_paragraph(layout: Layout, found: list[Found]) -> list[Found]:
    """A paragraph that opens with a quotation without a tag of its own, right after a
    paragraph that ends with a tagged quotation (the quote, or its tag's sentence, last), goes
    on with that speaker's words: news style names the speaker once for a run of quoted
    paragraphs ('"Ted Cruz is the best candidate," Viguerie tells the paper.\n\n"He's what
    we've waited for."')."""
    result = list(found)
    for index in range(1, len(result)):
        item, previous = result[index], result[index - 1]
        if (
            item.speaker is None
            and item.direct
            and previous.direct
            and previous.speaker is not None
            and layout.paragraph(item.start) == layout.paragraph(previous.start) + 1
            and _opens_paragraph(layout, item)
            and _ends_paragraph(layout, previous)
        ):
            result[index] = Found(item.start, item.end, True, item.cue, previous.speaker)
    return result


def _opens_paragraph(layout: Layout, item: Found) -> bool:
    """Whether only quotation marks and spaces stand before ``item`` in its paragraph."""
    start, _ = layout.paragraphs[layout.paragraph(item.start)]
    return not layout.text[start : item.start].strip().strip(OPENERS)


def _ends_paragraph(layout: Layout, item: Found) -> bool:
    """Whether ``item`` ends its paragraph, but for closing marks and its tag's sentence
    ('"…," Viguerie tells Breitbart News in an exclusive interview.')."""
    text = layout.text
    _, end = layout.paragraphs[layout.paragraph(item.start)]
    rest = text[item.end : end].rstrip()
    if not rest.strip(CLOSERS + " \u00a0.,!?"):
        return True
    cue = item.cue
    if cue is None or not item.end <= cue[0] < end:
        return False
    last = item.end + len(rest) - 1
    return not any(cue[1] < cut <= last for cut in layout.cuts)
