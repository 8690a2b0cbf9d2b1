"""Speakers a colon introduces: the subject of the clause the colon closes ("Mirzoyan s'est
voulu confiant : « … »"), or a name standing alone before it as a label ("Meghan McCain,
Twitter: "…""), after a dash that sets it off from a heading ("Iowa polls not wrong, just too
early - Mark Blumenthal: "…""), or after a phrase that gives a source ("More from Jones: "…"")."""

from __future__ import annotations

from .inverted import reduced_subject
from .layout import Layout, Speaker, name_like
from .speakers import SUBJECTS, naming, subject
from .subjectless import bare_subject

#: The most words of a speaker's name set before a colon as a label.
LABEL = 10
#: Entity labels of a time, which a source phrase may open but which speaks no quote.
TIMES = frozenset({"DATE", "TIME"})
#: Dashes that set a label off from a heading before it, after a space ("… - Carl Bialik:").
LABEL_DASHES = "-–—"


def colon_speaker(layout: Layout, colon: int) -> Speaker | None:
    """The speaker of what a colon at ``colon`` opens: a label after a dash before it
    (:func:`dashed_label`), else the subject of the clause it closes ("Mirzoyan s'est voulu
    confiant :"): that of its first verb that has one, or of its main verb."""
    dashed = dashed_label(layout, colon)
    if dashed is not None:
        return dashed
    start, _ = layout.sentence(colon)
    verbs = [
        layout.doc[i]
        for i in layout.tokens(start, colon)
        if layout.doc[i].pos_ in ("VERB", "AUX") and not layout.in_quote(i)
    ]
    # the main clause first: "Less than an hour after EU leaders sat down, Charles Michel
    # posted a short message on X: “…”"
    for verb in sorted(verbs, key=lambda v: v.dep_ != "ROOT"):
        if any(child.dep_ in SUBJECTS for child in verb.children):
            return subject(layout, verb)
    for verb in verbs:
        reduced = naming(layout, reduced_subject(layout, verb))
        if reduced is not None:  # "Mitt Romney, the nominee, tweeted in response: “…”"
            return reduced
    for verb in verbs:
        if verb.dep_ == "ROOT":
            return bare_subject(layout, verb)
    return _label(layout, start, colon) if not verbs else None


def verb_first(layout: Layout, colon: int) -> Speaker | None:
    """The name after a verb of saying that opens the sentence a colon closes, the speaker
    set after the verb as in a tag ('Continued Stone: “…”', 'Added Sen. Ted Cruz: “…”')."""
    start, _ = layout.sentence(colon)
    words = [i for i in layout.tokens(start, colon) if not layout.doc[i].is_space]
    if len(words) < 2 or not layout.text[layout.doc[words[0]].idx].isupper():
        return None
    if not layout.is_tag(layout.doc[words[0]]):
        return None
    if any(layout.doc[i].pos_ in ("VERB", "AUX") for i in words[1:]):
        return None
    return _label(layout, layout.doc[words[1]].idx, colon)


def dashed_label(layout: Layout, colon: int) -> Speaker | None:
    """A label after the last dash (a space before it) of the sentence a colon closes, words
    with no verb: a heading of a round-up set off from its source ("Pollsters agree - Carl
    Bialik: "…"", "What it means - More from Jones: "…"")."""
    text = layout.text
    start, _ = layout.sentence(colon)
    dash = max(
        (i for i in range(start + 1, colon) if text[i] in LABEL_DASHES and text[i - 1] == " "),
        default=None,
    )
    if dash is None:
        return None
    words = layout.tokens(dash + 1, colon)
    if any(layout.doc[i].pos_ in ("VERB", "AUX") for i in words):
        return None
    return _label(layout, dash + 1, colon)


def _label(layout: Layout, start: int, colon: int) -> Speaker | None:
    """A speaker's name, alone before a colon that opens its sentence's quotation, as in a
    round-up of reactions or a headline ("Meghan McCain, Twitter: "…"", "Emmanuel Macron :
    « … »"): a few words with no verb, the first a name, or any noun phrase after a phrase of
    ``source_phrases`` ("From the report: "…"")."""
    words = [i for i in layout.tokens(start, colon) if not layout.doc[i].is_space]
    sourced = _after_source_phrase(layout, words)
    if sourced:
        words = words[sourced:]
    if not words or len(words) > LABEL or not (sourced or name_like(layout.doc[words[0]])):
        return None
    if any(layout.in_quote(i) for i in words) or (sourced and _timed(layout, words)):
        return None
    head = layout.doc[words[0]]
    while head.head.i != head.i and head.head.i in words:
        head = head.head
    return Speaker(layout.doc[words[0]].idx, layout.token_end(words[-1]), head.i)


def _timed(layout: Layout, words: list[int]) -> bool:
    """Whether ``words`` name a time, not a source ("From Monday: "…"")."""
    return any(layout.doc[i].ent_type_ in TIMES for i in words)


def _after_source_phrase(layout: Layout, words: list[int]) -> int:
    """How many of ``words`` make a phrase of ``source_phrases`` that opens them ("More from",
    "From"), or 0."""
    said = " ".join(layout.doc[i].lower_ for i in words)
    for phrase in sorted(layout.lexicon.source_phrases, key=len, reverse=True):
        if said.startswith(phrase + " "):
            return len(phrase.split())
    return 0
