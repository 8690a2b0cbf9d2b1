"""Mending a verb the tagger reads as an adverb or a noun before its inverted subject clitic.

French puts a speech tag's subject after its verb, joined by a hyphen ("…, estime-t-il",
"…, juge-t-elle, faute de garanties"), and the tagger, seeing no subject before the verb,
may read the verb as an adverb or a noun ("estime/ADV", "juge/NOUN"), so no reader finds a
speech tag there. A word right before a hyphenated subject clitic (``inverted_subjects`` of
``newsgraph/lang/<code>/parse.json``, past a euphonic "-t"), tagged an adverb, a noun or an
adjective, is made a finite verb in the present tense: the clitic its subject (``nsubj``) and
the verb a ``parataxis`` of the word it hung on, or the sentence's root when it was one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang

#: Parts of speech a tagger slips the verb of an inverted tag into.
SLIPS = frozenset({"ADV", "NOUN", "ADJ"})
#: The morphology of the mended verb: a finite present, third person singular.
PRESENT = {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}


@dataclass(frozen=True, slots=True)
class Clitics:
    """The hyphenated subject clitics of a language and its euphonic consonants ("-t")."""

    subjects: frozenset[str]
    euphonic: frozenset[str]


@cache
def _clitics(code: str) -> Clitics | None:
    """The ``inverted_subjects`` of a language's parse data, if it has any."""
    if code not in lang.available("parse"):
        return None
    data: dict[str, Any] | None = lang.load(code, "parse").get("inverted_subjects")
    if data is None:
        return None
    return Clitics(frozenset(data["clitics"]), frozenset(data.get("euphonic", ())))


def mend_inverted(doc: Doc) -> None:
    """Make verbs of the words before a subject clitic that the tagger slipped (in place):
    "Le pays est prêt, estime/ADV -t -il, malgré …" -> "estime" VERB, "-t" "-il" its subject,
    "estime" a parataxis of "prêt"."""
    clitics = _clitics(doc.lang_)
    if clitics is None:
        return
    for token in doc[:-1]:
        subject = _subject(doc, token.i + 1, clitics)
        if not subject or token.pos_ not in SLIPS or not (token.is_alpha and token.is_lower):
            continue
        if not any(word.is_ancestor(token) for word in subject):  # no cycle
            _make_verb(token, subject)


def _subject(doc: Doc, at: int, clitics: Clitics) -> list[Token]:
    """The clitic words from ``at``: an optional euphonic "-t" and a subject clitic, or none."""
    words = []
    if doc[at].lower_ in clitics.euphonic and at + 1 < len(doc):
        words.append(doc[at])
        at += 1
    if doc[at].lower_ not in clitics.subjects:
        return []
    return [*words, doc[at]]


def _make_verb(verb: Token, subject: list[Token]) -> None:
    """Tag ``verb`` a finite present, hang ``subject`` on it and it on the word it hung on."""
    verb.pos_ = "VERB"
    verb.morph = MorphAnalysis(verb.doc.vocab, PRESENT)
    if verb.head.i != verb.i:
        verb.dep_ = "parataxis"
    for word in subject:
        word.head, word.dep_ = verb, "nsubj"
