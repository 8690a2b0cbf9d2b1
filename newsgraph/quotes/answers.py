"""The guest who gives an interview's labelled answers: 'Q: Will taxes go up? / A: "We have
no plans to."' or « Q : … ? / R : « Non. » ». The label ("A", "R": ``answer_labels``) is no
speaker's name: the answer is the guest's, the last person named before the interview's
run of questions and answers ("Finance Minister Jane Roe spoke to us about the budget.")."""

from __future__ import annotations

from ..article import Actor
from .layout import Found, Layout, Speaker
from .mentions import Mentions

#: The most characters of an interview's label before its colon ("Réponse").
LABEL = 10
#: What may close a question's paragraph after its question mark.
CLOSING = " \t\n\u00a0\u202f»”\"’'"


def answer_label(layout: Layout, speaker: Speaker | None) -> bool:
    """Whether the speaker's words are an answer's label followed by a colon ("A:", "R :")."""
    if speaker is None:
        return False
    words = layout.text[speaker.start : speaker.end].strip().lower()
    after = layout.text[speaker.end : speaker.end + 3].lstrip(" \u00a0\u202f")
    return words in layout.lexicon.answer_labels and after.startswith(":")


def interview_guest(layout: Layout, mentions: Mentions, item: Found) -> Actor | None:
    """The person last named, outside quotes, before the run of questions and labelled
    answers that holds ``item``: a person a question names ("Q: And Mr Smith's plan?") is not
    the guest."""
    paragraph = layout.paragraph(item.start)
    while paragraph > 0 and _interview_line(layout, paragraph - 1):
        paragraph -= 1
    start = layout.paragraphs[paragraph][0] if layout.paragraphs else item.start
    last = mentions.last_before(start, "person", layout, None)
    return last[1] if last else None


def _interview_line(layout: Layout, paragraph: int) -> bool:
    """Whether a paragraph is a question or a labelled line of an interview."""
    start, end = layout.paragraphs[paragraph]
    text = layout.text[start:end].strip()
    if text.rstrip(CLOSING).endswith("?"):
        return True
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= LABEL and label.strip().lower() in _labels(layout)


def _labels(layout: Layout) -> frozenset[str]:
    """An interview's labels: the answers' and the interviewer's, without their colon."""
    asked = {mark.rstrip(": \u00a0").lower() for mark in layout.lexicon.interviewer}
    return layout.lexicon.answer_labels | asked
