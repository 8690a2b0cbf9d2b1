"""Speakers a colon introduces: the subject of the clause the colon closes ("Mirzoyan s'est
voulu confiant : « … »"), or a name standing alone before it as a label ("Meghan McCain,
Twitter: "…"")."""

from __future__ import annotations

from .inverted import reduced_subject
from .layout import Layout, Speaker, name_like
from .speakers import SUBJECTS, bare_subject, naming, subject

#: The most words of a speaker's name set before a colon as a label.
LABEL = 10


def colon_speaker(layout: Layout, colon: int) -> Speaker | None:
    """The subject of the clause that a colon at ``colon`` closes ("Mirzoyan s'est voulu
    confiant :"): that of its first verb that has one, or of its main verb."""
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


def _label(layout: Layout, start: int, colon: int) -> Speaker | None:
    """A speaker's name, alone before a colon that opens its sentence's quotation, as in a
    round-up of reactions or a headline ("Meghan McCain, Twitter: "…"", "Emmanuel Macron :
    « … »"): a few words with no verb, the first a name."""
    words = [i for i in layout.tokens(start, colon) if not layout.doc[i].is_space]
    if not words or len(words) > LABEL or not name_like(layout.doc[words[0]]):
        return None
    if any(layout.in_quote(i) for i in words):
        return None
    head = layout.doc[words[0]]
    while head.head.i != head.i and head.head.i in words:
        head = head.head
    return Speaker(layout.doc[words[0]].idx, layout.token_end(words[-1]), head.i)
