"""Mending the verb of a speech tag after a quotation that the tagger reads as a noun.

« Personne ne veut la guerre », note le ministre: with no subject before it, the tagger reads
"note" (and "analyse", "juge", "tranche", "pointe" …) as a noun or an adjective, so no reader
finds a speech tag there. A form of ``incise_slips`` (``newsgraph/lang/<code>/parse.json``,
with its infinitive), tagged a noun, an adjective or an adverb, right after a comma that
follows a closing quotation mark or that stands inside quoted words still open (« …, analyse
Paul Garnier, chercheur … ») or after such a comma and a reflexive clitic of ``reflexives`` (a
pronominal verb: « … », s'indigne/ADJ Marc Olivier; a form of ``pronominal`` only so, since
without its reflexive it is transitive: « …, indigne Marie Dubreuil »), and right before a noun
phrase that opens with a determiner or a name (a determiner only for a form that is also a
title before a name, « juge Martin »; a capitalised word the tagger reads as a noun is a name
there: « …, s'indigne Yannick/NOUN Le Bris »), is made a finite verb in the present: the head
of that noun phrase its subject, the verb a parataxis of the word it hung on (or of the
subject's head when it hung inside the subject; the root when there is no other), with the
relations' names of ``inverted_subjects.labels``. The new tree is checked before it is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang
from .mend_inverted import PRESENT, inverted_clitics
from .mend_verbs import Heads, acyclic, apply_heads, noun_phrase_at

#: Parts of speech a tagger slips the verb of a tag after a quotation into (X: left untagged).
SLIPS = frozenset({"NOUN", "ADJ", "ADV", "X"})
#: Parts of speech that open the subject's noun phrase right after the verb.
OPENERS = frozenset({"DET", "PROPN"})
#: The morphology of the mended verb: a finite present, third person singular.
SINGULAR = {**PRESENT, "Number": "Sing"}


@dataclass(frozen=True, slots=True)
class IncisePattern:
    """The slipping forms with their infinitives, the opening and closing quotation marks,
    and the relations' names (``subject``, ``tag``)."""

    forms: dict[str, str]
    #: Forms that are also titles before a name ("juge Martin"): mended before a determiner only.
    titles: frozenset[str]
    opening: str
    closing: str
    labels: dict[str, str]
    #: Reflexive clitics that may stand between the comma and a pronominal verb ("s'", "se").
    reflexives: frozenset[str] = frozenset()
    #: Forms that speak only as pronominal verbs (« s'indigne X »): mended after a reflexive only.
    pronominal: frozenset[str] = frozenset()


@cache
def _pattern(code: str) -> IncisePattern | None:
    """The ``incise_slips`` of a language's parse data, if it has any."""
    data: dict[str, Any] | None = lang.section(code, "parse", "incise_slips")
    clitics = inverted_clitics(code)  # the relations' names an inverted tag is given
    if data is None or clitics is None:
        return None
    return IncisePattern(
        dict(data["forms"]),
        frozenset(data.get("titles", ())),
        "".join(data["opening"]),
        "".join(data["closing"]),
        clitics.labels,
        frozenset(data.get("reflexives", ())),
        frozenset(data.get("pronominal", ())),
    )


def mend_incises(doc: Doc) -> None:
    """Make verbs of the slipped verbs of tags after quotations in ``doc`` (in place):
    "« … », note/NOUN le ministre" -> "note" VERB of lemma "noter", "ministre" its subject."""
    pattern = _pattern(doc.lang_)
    if pattern is None:
        return
    for token in doc[2:-1]:
        lemma = pattern.forms.get(token.lower_)
        comma = _comma_before(doc, token, pattern)
        if lemma is None or token.pos_ not in SLIPS or comma is None:
            continue
        if token.lower_ in pattern.pronominal and comma.i == token.i - 1:
            continue  # « …, indigne Marie » is transitive: Marie is its object, no speaker
        after = _opener(doc[token.i + 1])
        if after not in OPENERS or (after != "DET" and token.lower_ in pattern.titles):
            continue  # « …, juge Martin, qui l'instruira » is a judge, not a tag
        if not _after_quote(doc, comma, pattern):
            continue
        subject = noun_phrase_at(doc, token.i + 1)
        heads = None if subject is None else _rebuilt(token, subject, pattern.labels)
        if heads is not None and acyclic(doc, heads):
            token.pos_, token.lemma_ = "VERB", lemma
            token.morph = MorphAnalysis(doc.vocab, SINGULAR)
            apply_heads(doc, heads)


def _comma_before(doc: Doc, verb: Token, pattern: IncisePattern) -> Token | None:
    """The comma right before ``verb``, or before the reflexive clitic right before it
    (« …, s'indigne … »), else None."""
    before = doc[verb.i - 1]
    if before.text == ",":
        return before
    if before.lower_ in pattern.reflexives and before.i > 0 and doc[before.i - 1].text == ",":
        return doc[before.i - 1]
    return None


def _opener(token: Token) -> str:
    """The part of speech ``token`` opens a subject with: a capitalised word the tagger reads as
    a noun is a name (« Yannick/NOUN Le Bris »)."""
    if token.pos_ == "NOUN" and token.text[:1].isupper() and token.text[1:2].islower():
        return "PROPN"
    return str(token.pos_)


def _after_quote(doc: Doc, comma: Token, pattern: IncisePattern) -> bool:
    """Whether ``comma`` follows a closing quotation mark, or stands inside quoted words its
    paragraph opened and did not close yet."""
    text = doc.text
    before = text[: comma.idx].rstrip(" \u00a0\u202f")
    if before[-1:] and before[-1] in pattern.closing:
        return True
    paragraph = before[before.rfind("\n") + 1 :]
    opened = max(paragraph.rfind(mark) for mark in pattern.opening)
    closed = max(paragraph.rfind(mark) for mark in pattern.closing)
    return opened > closed


def _rebuilt(verb: Token, subject: Token, labels: dict[str, str]) -> Heads:
    """The new ``{token: (head, relation)}``: the subject on the verb, the verb on the word it
    hung on, or on the subject's head when it hung inside the subject."""
    heads: Heads = {subject.i: (verb.i, labels["subject"])}
    host = verb.head
    if host.i == verb.i or subject.is_ancestor(host) or host.i == subject.i:
        host = subject.head if subject.head.i not in (subject.i, verb.i) else verb
    heads[verb.i] = (host.i, labels["tag"] if host.i != verb.i else "ROOT")
    return heads
