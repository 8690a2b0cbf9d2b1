"""Cues before a quote: the last one in its sentence, the clause a colon closes before it, a
speech tag in the sentence before ("Representative Rangel said. “…”")."""

from __future__ import annotations

from ..textutil import last_char
from .colon import colon_speaker, verb_first
from .cues import Attribution, found_cue, is_cue
from .introduced import introduces
from .inverted import cue_span
from .layout import RELATIVE_CLAUSES, Layout, Token
from .marks import Marked
from .speakers import SUBJECTS, naming, subject


def cue_before(layout: Layout, quote: Marked) -> Attribution | None:
    """For a quote on the word an attribution phrase qualifies, a reporting verb before it
    whose subject names a speaker: "Emmanuel Macron a assuré Mette Frederiksen de « la
    solidarité … », selon l'Élysée" quotes Macron (the parser may not hang the quote on it)."""
    start, _ = layout.sentence(quote.open)
    for i in reversed(layout.tokens(start, quote.open)):
        token = layout.doc[i]
        if layout.is_cue(token) and token.dep_ not in RELATIVE_CLAUSES:
            speaker = subject(layout, token)
            return (cue_span(layout, token), speaker) if naming(layout, speaker) else None
    return None


def before(layout: Layout, quote: Marked) -> Attribution | None:
    """The last cue before the quote in its sentence, or the clause a colon closes; a cue in
    a relative clause only when the clause has a subject of its own or ends on the quote."""
    start, _ = layout.sentence(quote.open)
    last = last_char(layout.text, quote.open)
    colon = last if last is not None and layout.text[last] == ":" else None
    if colon is not None:
        inverted = verb_first(layout, colon)
        if inverted is not None:
            return None, inverted
    for i in reversed(layout.tokens(start, quote.open)):
        token = layout.doc[i]
        relative = token.dep_ in RELATIVE_CLAUSES and not (
            _own_subject(layout, token) or _closes_on(layout, token, quote)
        )
        if is_cue(layout, token) and not layout.in_quote(i) and not relative:
            return found_cue(layout, token)
        if not relative and introduces(layout, token, quote):
            return _introduced(layout, token, colon)
    return (None, colon_speaker(layout, colon)) if colon is not None else None


def _introduced(layout: Layout, verb: Token, colon: int | None) -> Attribution:
    """The cue and speaker of a verb introducing a quote; its subject lost by the parser, the
    speaker of the clause the ``colon`` before the quote closes ('Trump gestured, then leaned
    in and boomed: “…”')."""
    speaker = subject(layout, verb)
    if speaker is None and colon is not None:
        return None, colon_speaker(layout, colon)
    return cue_span(layout, verb), speaker


def _own_subject(layout: Layout, verb: Token) -> bool:
    """Whether a relative clause has a subject of its own before its verb, not the relative
    pronoun: its verb speaks for that subject ('a new ad in which he declares, “…”'), not for
    the noun the clause describes."""
    relatives = layout.lexicon.relative_pronouns
    return any(
        c.dep_ in SUBJECTS and c.i < verb.i and c.pos_ == "PRON" and c.lower_ not in relatives
        for c in verb.children
    )


def _closes_on(layout: Layout, verb: Token, quote: Marked) -> bool:
    """Whether a relative clause ends right before the quote, a comma or a colon between them
    ('from Mike Lee, who declared in the debate spin room, “I'm sending the signal”'): the
    quote is what its verb says, and the speaker the noun the clause describes."""
    last = last_char(layout.text, quote.open)
    if last is None or layout.text[last] not in ",:":
        return False
    words = [t.i for t in verb.subtree if t.idx < quote.open and not t.is_punct]
    edge = max(words, default=verb.i)
    inside = layout.tokens(quote.open, quote.outer[1])
    if not inside:
        return False
    return all(t.is_punct or t.is_space for t in layout.doc[edge + 1 : inside[0]])


def sentence_before(layout: Layout, quote: Marked) -> Attribution | None:
    """A cue in the sentence before the quote, in its paragraph, that reports no clause of its
    own ("Representative Rangel said. “…”", "Mirzoyan a répondu. « … »"), and is not in a
    subordinate clause: '“…,” Stenberg said as she accepted her award. “…”' goes on with
    Stenberg's words, not with what "she accepted"."""
    start, _ = layout.sentence(quote.open)
    paragraph = layout.paragraphs[layout.paragraph(quote.open)]
    if start <= paragraph[0]:
        return None
    before, _ = layout.sentence(start - 1)
    for i in reversed(layout.tokens(max(before, paragraph[0]), start)):
        token = layout.doc[i]
        if layout.is_cue(token) and token.dep_ not in RELATIVE_CLAUSES:
            if _subordinate(token):
                continue
            if any(c.dep_ == "ccomp" for c in layout.children(token)):
                return None
            return found_cue(layout, token)
    return None


def _subordinate(verb: Token) -> bool:
    """Whether a verb heads an adverbial clause a conjunction opens ("as she accepted her
    award", "alors qu'elle répondait aux députés")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
