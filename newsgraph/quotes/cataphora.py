"""A quotation that opens a paragraph and whose speaker is named only after it: "« Nous ne
reculerons pas. » Léa Fontaine, porte-parole du collectif, a répondu lundi …", "« …, a-t-elle
prévenu, … » La maire de Lille Léa Fontaine s'exprimait devant le conseil", '"We will not
give up." That was the message from Mayor Tom Ellis on Monday'. News writing sets the words
first for effect and names who said them in the next sentence. When nothing before the
quotation names its speaker (no tag, a pronoun or a title with no antecedent), the first
person named after it, in the rest of its sentence or the sentence that follows, is the
speaker; a pronoun's or a title's gender must agree."""

from __future__ import annotations

from ..article import Actor
from .answers import CLOSING
from .antecedent import speaker_pronoun
from .layout import Found, Layout
from .mentions import Mentions, pronoun_gender
from .titled import person_title, title_gender

#: What may stand between a paragraph's start and the quoted words that open it: spaces,
#: opening marks and dialogue dashes.
OPENING = " \t\n\u00a0\u202f«“\"‘'—–-"


def named_after(layout: Layout, mentions: Mentions, item: Found) -> Actor | None:
    """The person named right after a direct quote that opens its paragraph, when the quote's
    speaker is missing, a person pronoun or a person's title (see the module's doc)."""
    if not item.direct or not _looked_for(layout, item):
        return None
    if not _opens_paragraph(layout, item.start):
        return None
    _, end = layout.sentence(max(item.end - 1, item.start))
    following = _next_word(layout.text, end)
    if following is not None:
        here, there = layout.paragraph(item.start), layout.paragraph(following)
        if there <= here + 1 and (there == here or _alone(layout, item, here)):
            end = layout.sentence(following)[1]
    return mentions.first_within(item.end, end, layout, _gender(layout, item))


def _looked_for(layout: Layout, item: Found) -> bool:
    """Whether the quote's speaker is missing, a person pronoun or a person's title, not a
    name, an institution or a spokesperson that this rule does not look for."""
    speaker = item.speaker
    return (
        speaker is None
        or speaker_pronoun(layout, speaker) == "person"
        or person_title(layout, speaker)
    )


def _gender(layout: Layout, item: Found) -> str | None:
    """The gender the speaker's pronoun or title gives, if any."""
    speaker = item.speaker
    if speaker is None:
        return None
    if speaker_pronoun(layout, speaker) == "person":
        return pronoun_gender(layout, speaker)
    return title_gender(layout, speaker)


def _opens_paragraph(layout: Layout, start: int) -> bool:
    """Whether only spaces, opening marks and dashes stand before ``start`` in its
    paragraph."""
    first = layout.paragraphs[layout.paragraph(start)][0] if layout.paragraphs else 0
    return not layout.text[first:start].strip(OPENING)


def _alone(layout: Layout, item: Found, paragraph: int) -> bool:
    """Whether nothing but closing marks and punctuation follows the quote in its
    paragraph."""
    end = layout.paragraphs[paragraph][1] if layout.paragraphs else len(layout.text)
    return not layout.text[item.end : end].strip(CLOSING + ".!?,;:")


def _next_word(text: str, position: int) -> int | None:
    """Where the first letter or digit at or after ``position`` is, if any."""
    for offset, char in enumerate(text[position:]):
        if char.isalnum():
            return position + offset
    return None
