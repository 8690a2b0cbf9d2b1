"""Mending a verb the tagger reads as an adverb or a noun before its inverted subject clitic.

French puts a speech tag's subject after its verb, joined by a hyphen ("…, estime-t-il",
"…, juge-t-elle, faute de garanties"), and the tagger, seeing no subject before the verb,
may read the verb as an adverb or a noun ("estime/ADV", "juge/NOUN"), so no reader finds a
speech tag there. A word right before a hyphenated subject clitic (``inverted_subjects`` of
``newsgraph/lang/<code>/parse.json``, past a euphonic "-t"), tagged an adverb, a noun or an
adjective, is made a finite verb in the present tense, of the clitic's number: the clitic its
subject, the "-t" a dependent in no argument role, the verb a parataxis of the word it hung on
(or the sentence's root when it was one), with the relations' names of the data (``labels``).
Its lemma is its infinitive by the data's first-group ending for that number ("juge-t-il" ->
"juger", "estiment-ils" -> "estimer"), else the form itself, as the lemmatiser leaves a form it
does not know; readers of verbs take such a form back by its ending (:mod:`.inflection`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang

#: Parts of speech a tagger slips the verb of an inverted tag into.
SLIPS = frozenset({"ADV", "NOUN", "ADJ"})
#: The morphology of the mended verb, less its number: a finite present, third person.
PRESENT = {"Mood": "Ind", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}


@dataclass(frozen=True, slots=True)
class Clitics:
    """The hyphenated subject clitics of a language with their number ("-ils": "Plur"), its
    euphonic consonants ("-t"), the (form, infinitive) endings of a verb by number and the
    relations' names: ``subject``, ``euphonic`` and ``tag`` (the verb on its host)."""

    subjects: dict[str, str]
    euphonic: frozenset[str]
    infinitives: dict[str, tuple[str, str]]
    labels: dict[str, str]

    def lemma(self, form: str, number: str) -> str:
        """The infinitive of a present ``form`` of ``number`` by its ending ("juge", "Sing"
        -> "juger"), else ``form``."""
        ending, infinitive = self.infinitives.get(number, ("", ""))
        if ending and form.endswith(ending) and len(form) > len(ending):
            return form[: len(form) - len(ending)] + infinitive
        return form


@cache
def inverted_clitics(code: str) -> Clitics | None:
    """The ``inverted_subjects`` of a language's parse data, if it has any."""
    data: dict[str, Any] | None = lang.section(code, "parse", "inverted_subjects")
    if data is None:
        return None
    infinitives = {number: (pair[0], pair[1]) for number, pair in data["infinitives"].items()}
    return Clitics(
        dict(data["clitics"]), frozenset(data.get("euphonic", ())), infinitives, data["labels"]
    )


def mend_inverted(doc: Doc) -> None:
    """Make verbs of the words before a subject clitic that the tagger slipped (in place):
    "Le pays est prêt, estime/ADV -t -il, malgré …" -> "estime" VERB (lemma "estimer"), "-il"
    its subject, "estime" a parataxis of "prêt"."""
    clitics = inverted_clitics(doc.lang_)
    if clitics is None:
        return
    for token in doc[:-1]:
        subject = _subject(doc, token.i + 1, clitics)
        if not subject or token.pos_ not in SLIPS or not (token.is_alpha and token.is_lower):
            continue
        if not any(word.is_ancestor(token) for word in subject):  # no cycle
            _make_verb(token, subject, clitics)


def _subject(doc: Doc, at: int, clitics: Clitics) -> list[Token]:
    """The clitic words from ``at``: an optional euphonic "-t" and a subject clitic, or none."""
    words = []
    if doc[at].lower_ in clitics.euphonic and at + 1 < len(doc):
        words.append(doc[at])
        at += 1
    if doc[at].lower_ not in clitics.subjects:
        return []
    return [*words, doc[at]]


def _make_verb(verb: Token, subject: list[Token], clitics: Clitics) -> None:
    """Tag ``verb`` a finite present of its clitic's number, with its infinitive as lemma;
    hang the clitic on it as its subject, the "-t" before it as a non-argument, and the verb
    on the word it hung on ("juge -t -il" -> "juger", Number=Sing, "-t" dep, "-il" nsubj)."""
    labels = clitics.labels
    number = clitics.subjects[subject[-1].lower_]
    verb.pos_ = "VERB"
    verb.morph = MorphAnalysis(verb.doc.vocab, {**PRESENT, "Number": number})
    verb.lemma_ = clitics.lemma(verb.lower_, number)
    if verb.head.i != verb.i:
        verb.dep_ = labels["tag"]
    for word in subject[:-1]:
        word.head, word.dep_ = verb, labels["euphonic"]
    subject[-1].head, subject[-1].dep_ = verb, labels["subject"]
