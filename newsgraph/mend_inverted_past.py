"""Mending a compound-tense verb whose auxiliary comes before its inverted subject clitic.

In a French speech tag in the past, the auxiliary takes the hyphenated subject clitic and the
participle follows it ("…, a-t-il martelé", "…, a-t-elle ajouté devant la presse"). The
tagger, seeing no subject before the participle, may read it as an adjective, or the parser
may make the clitic the head of the tag and the participle a modifier of it ("-elle" advcl,
"ajouté" acl of "-elle"), so no reader finds a speech tag there. An auxiliary of the
language's ``auxiliaries`` (``newsgraph/lang/<code>/parse.json``), its optional euphonic
"-t", a subject clitic of ``inverted_subjects`` and the word right after it, tagged a verb,
adjective or noun with a participle's ending (an adjective or a noun after a form of
"avoir" only: "est-il vrai" is a copula), are rebuilt as one verb: the participle
a past participle (VERB) heading the group, the auxiliary its ``aux:tense``, the clitic its
subject, the "-t" a dependent in no argument role; the participle hangs where the group hung
(a parataxis of the word it hung on, as :mod:`.mend_inverted` hangs its verbs). A group that
holds the sentence's root is left alone ("a-t-il fait valoir", where the parser may hang the
whole sentence on the infinitive).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang
from .mend_inverted import Clitics, inverted_clitics

#: Parts of speech a tagger slips the participle of an inverted tag into, or reads right (not
#: adverbs: "a-t-il ainsi déclaré", "a-t-il aussi").
PARTS = frozenset({"VERB", "ADJ", "NOUN"})
#: The lemma of the auxiliary before a slipped participle: "être" with an adjective is a
#: copula ("est-il vrai que …").
HAVE = "avoir"
#: Endings of a French past participle ("martelé", "averti", "prévenu", "admis", "dit").
ENDINGS = ("é", "i", "u", "is", "it")
#: The morphology of the mended participle.
PARTICIPLE = {"Tense": "Past", "VerbForm": "Part"}


@dataclass(frozen=True, slots=True)
class Grammar:
    """A language's auxiliaries and its inverted subject clitics (:class:`.Clitics`)."""

    auxiliaries: frozenset[str]
    inverted: Clitics


@cache
def _grammar(code: str) -> Grammar | None:
    """The auxiliaries and inverted clitics of a language's parse data, if it has both."""
    clitics = inverted_clitics(code)
    if clitics is None:
        return None
    auxiliaries = lang.section(code, "parse", "auxiliaries")
    return Grammar(frozenset(auxiliaries), clitics) if auxiliaries else None


def mend_inverted_past(doc: Doc) -> None:
    """Rebuild the compound tags whose auxiliary precedes the subject clitic (in place):
    "Kiev tiendra, a -t -elle martelé/ADJ ." -> "martelé" VERB, parataxis of "tiendra", with
    "a" its auxiliary and "-elle" its subject."""
    grammar = _grammar(doc.lang_)
    if grammar is None:
        return
    for token in doc[1:-1]:
        if token.lower_ not in grammar.inverted.subjects or not _participle(doc[token.i + 1]):
            continue
        group = _group(doc, token, grammar)
        if group is not None and _slipped_after_have(doc[token.i + 1], group[0]):
            _rebuild(group, doc[token.i + 1], grammar.inverted.labels)


def _participle(token: Token) -> bool:
    """Whether ``token`` may be a past participle: a lowercase word with a participle's
    ending, of a part of speech the tagger gives one ("martelé/ADJ", "ajouté/VERB")."""
    return bool(
        token.pos_ in PARTS and token.is_alpha and token.is_lower and token.lower_.endswith(ENDINGS)
    )


def _slipped_after_have(participle: Token, auxiliary: Token) -> bool:
    """Whether ``participle`` is tagged a verb, or slipped after a form of "avoir"."""
    return participle.pos_ == "VERB" or auxiliary.lemma_ == HAVE


def _group(doc: Doc, clitic: Token, grammar: Grammar) -> list[Token] | None:
    """The auxiliary, euphonic "-t" and ``clitic`` before a participle, or None when no
    auxiliary stands before them."""
    at = clitic.i - 1
    words = [clitic]
    if at > 0 and doc[at].lower_ in grammar.inverted.euphonic:
        words.insert(0, doc[at])
        at -= 1
    if at < 0 or doc[at].lower_ not in grammar.auxiliaries:
        return None
    return [doc[at], *words]


def _rebuild(group: list[Token], participle: Token, labels: dict[str, str]) -> None:
    """Hang ``group`` (auxiliary, "-t", clitic) on ``participle`` and the participle where the
    group hung, unless the group holds the root or the participle already heads it as a verb."""
    members = {t.i for t in group} | {participle.i}
    outside = [t.head for t in (*group, participle) if t.head.i not in members]
    if any(t.head.i == t.i for t in (*group, participle)) or not outside:
        return  # the sentence's root is in the group
    host = participle.head if participle.head.i not in members else outside[-1]
    if host.is_punct and host.head.i != host.i:
        host = host.head  # "a -t -elle conclu", the auxiliary hung on the final stop
    if host.i in members or participle.is_ancestor(host):
        return
    if participle.pos_ == "VERB" and all(t.head.i == participle.i for t in group):
        return
    for token in participle.doc:
        if token.head.i in members and token.i not in members:
            token.head = participle  # what hung on the auxiliary or the clitic
    if participle.head.i != host.i:
        participle.head, participle.dep_ = host, labels["tag"]
    if participle.pos_ != "VERB":
        participle.pos_ = "VERB"
        participle.morph = MorphAnalysis(participle.doc.vocab, PARTICIPLE)
        participle.lemma_ = participle.lower_  # readers take a verb back by its ending
    auxiliary, *clitics = group
    auxiliary.head, auxiliary.dep_ = participle, "aux:tense"
    for word in clitics[:-1]:
        word.head, word.dep_ = participle, labels["euphonic"]
    clitics[-1].head, clitics[-1].dep_ = participle, labels["subject"]
