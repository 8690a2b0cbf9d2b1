"""Noun phrases as speakers: whether one can name a speaker (:func:`naming`), and speakers
that are not the subject the parse gives a reporting verb: who speaks for it ("par la voix
de son ambassadeur"), the noun a finite verb is misparsed as describing."""

from __future__ import annotations

from ..textutil import nlp_view
from .inverted import finite
from .layout import NOMINAL, Layout, Speaker, Token


def naming(layout: Layout, phrase: Speaker | None) -> Speaker | None:
    """``phrase`` when it can name a speaker."""
    if phrase is None:
        return None
    tokens = layout.tokens(phrase.start, phrase.end)
    return phrase if any(layout.speaker_like(layout.doc[i]) for i in tokens) else None


def voice(layout: Layout, verb: Token) -> Speaker | None:
    """Who speaks for the subject of ``verb``: the noun phrase after a phrase of
    ``voice_phrases`` later in its clause, no other finite verb between ("La Russie a salué la
    « décision souveraine » de Bamako, par la voix de son ambassadeur adjoint à l'ONU, Dmitri
    Polianski": Polianski speaks)."""
    pattern = layout.lexicon.voice_pattern
    if pattern is None:
        return None
    start, end = layout.token_end(verb.i), layout.sentence(verb.idx)[1]
    match = pattern.search(nlp_view(layout.text[start:end]).lower())
    if match is None:
        return None
    between = layout.tokens(start, start + match.start())
    if any(layout.doc[i].pos_ in ("VERB", "AUX") and finite(layout.doc[i]) for i in between):
        return None
    after = layout.tokens(start + match.end(), end)
    if not after or layout.in_quote(after[0]) or layout.doc[after[0]].pos_ not in NOMINAL:
        return None
    head = layout.phrase_head(layout.doc[after[0]], end)
    return naming(layout, layout.noun_phrase(head, start + match.end(), end))


def predicate_of(layout: Layout, verb: Token) -> Speaker | None:
    """The noun phrase a finite verb is hung on as if it modified it: a clause on a noun is a
    participle or opens with a relative pronoun or a complementizer, so a finite verb without
    one is that noun's predicate, and the noun its subject ("the ministry's spokeswoman, Maria
    Zakharova, accused Yerevan of …", "accused" parsed as a clause on "spokeswoman")."""
    head = verb.head
    if verb.dep_ != "acl" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if "Fin" not in verb.morph.get("VerbForm") or any(
        c.dep_ == "mark" or c.lower_ in layout.lexicon.relative_pronouns for c in verb.children
    ):
        return None
    start, _ = layout.sentence(verb.idx)
    first = head.left_edge
    while first.i < head.i and first.pos_ in ("CCONJ", "PUNCT"):
        first = layout.doc[first.i + 1]  # "and the spokeswoman": the conjunction is no name
    return naming(layout, layout.noun_phrase(head, max(start, first.idx), verb.idx))
