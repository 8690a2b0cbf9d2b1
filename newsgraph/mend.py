"""Mending a slip the parsers make on news prose, after parsing, before any stage reads it.

A coordination of subjects (or objects) that the parser flattens: "La Russie et l'Ukraine ont
mené des pourparlers" comes out, with the elided article, as two subjects of "mené" and an
"et" hanging on the verb, so a reader of the subject finds one country. Dependents of one word
with the same core relation, on the same side of it, with a coordinating conjunction of that
word between the last two of them, are made a coordination again: every later one a ``conj`` of
the first (the Universal Dependencies way, "X, Y et Z"), the conjunction the ``cc`` of the last.
The relations are the Universal Dependencies labels both the French and the English models use.

A gerund the tagger reads as a noun: "tout en avertissant que …" comes out with "avertissant"
a NOUN, so no reader takes it for a verb. A word with a gerund ending right after a gerund mark
of the language (``gerunds`` in ``newsgraph/lang/<code>/parse.json``) and tagged a noun,
adjective or name is made a present participle, as the tagger reads most gerunds; one before
a preposition is so only when an infinitive follows (« en menaçant/ADJ de rappeler son
ambassadeur », not « en représentant de l'Union »), and that infinitive becomes its complement.

A finite verb the tagger reads as an adverb or a noun after its subject ("ce que le Kremlin
dément/ADV"): made a verb again, with its subject and object (:mod:`newsgraph.mend_verbs`);
so is a verb read so before its hyphenated subject clitic ("…, estime/ADV-t-il",
:mod:`newsgraph.mend_inverted`), and a past participle after its auxiliary and that clitic
("…, a-t-il martelé/ADJ", :mod:`newsgraph.mend_inverted_past`), and one read as a noun before its
subject after a quotation ("« … », note/NOUN le ministre", :mod:`newsgraph.mend_incises`), and a
past participle read as an adverb after a lone auxiliary ("que ses navires aient violé/ADV les
territoire", :mod:`newsgraph.mend_participles`). A finite verb hung as an adjective on the
noun before it ("La Russie bombarde/amod Kyiv") is made that noun's verb
(:mod:`newsgraph.mend_modifiers`).

A verb form the lemmatiser leaves as its own lemma ("tente/VERB" of lemma "tente") is given
its lemma from data (:mod:`newsgraph.mend_lemmas`); a verb whose ending contradicts the tense
or mood the tagger gives it ("signerait/Imp", "céderons/Pres", "exigeait/Pres") is given the
ones its ending tells (:mod:`newsgraph.mend_tenses`). A hyphenated noun the tokenizer cut at
its hyphen ("état", "-", "major") is merged into one first (:mod:`newsgraph.mend_hyphens`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, MorphAnalysis, Token

from . import lang
from .mend_hyphens import mend_hyphens
from .mend_incises import mend_incises
from .mend_inverted import mend_inverted
from .mend_inverted_past import mend_inverted_past
from .mend_lemmas import mend_lemmas
from .mend_modifiers import mend_modifiers
from .mend_participles import mend_participles
from .mend_tenses import mend_tenses
from .mend_verbs import mend_verbs

#: Relations a flattened coordination repeats, in a fixed order.
CORE = ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj")
#: Parts of speech a tagger slips a gerund into.
SLIPS = frozenset({"NOUN", "ADJ", "PROPN"})


def mend(doc: Doc) -> Doc:
    """``doc`` with its flattened coordinations rebuilt (in place); returned for chaining."""
    mend_hyphens(doc)
    for token in doc:
        if token.n_lefts + token.n_rights < 3:  # two of a kind and a conjunction at least
            continue
        children = list(token.children)
        for relation in CORE:
            same = [c for c in children if c.dep_ == relation]
            if len(same) > 1:
                _coordinate(token, same, [c for c in children if c.dep_ == "cc"])
    _gerunds(doc)
    mend_verbs(doc)
    mend_modifiers(doc)
    mend_inverted(doc)
    mend_incises(doc)
    mend_inverted_past(doc)
    mend_participles(doc)
    mend_lemmas(doc)
    mend_tenses(doc)
    return doc


@cache
def _gerund_data(code: str) -> dict[str, Any] | None:
    """The ``gerunds`` of a language's parse data, if it has any."""
    data: dict[str, Any] | None = lang.section(code, "parse", "gerunds")
    return data


def _gerunds(doc: Doc) -> None:
    """Make present participles of the gerunds tagged as nouns ("en avertissant/NOUN que" ->
    VERB, VerbForm=Part, Tense=Pres), not before a genitive ("en représentant de l'État")
    unless an infinitive follows ("en menaçant de rappeler", the infinitive its complement).
    The lemma becomes the form itself, as the lemmatiser leaves a verb form it does not know,
    so a reader of verbs finds its infinitive by its ending ("avertissant" -> "avertir")."""
    data = _gerund_data(doc.lang_)
    if data is None:
        return
    marks, endings = set(data["marks"]), tuple(data["endings"])
    after = set(data["not_before"])
    for token in doc[1:]:
        if (
            token.pos_ in SLIPS
            and token.lower_.endswith(endings)
            and doc[token.i - 1].lower_ in marks
        ):
            joined = _joined_infinitive(token, after)
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in after and joined is None:
                continue  # « en représentant de l'Union »: a noun
            token.pos_ = "VERB"
            token.morph = MorphAnalysis(doc.vocab, {"Tense": "Pres", "VerbForm": "Part"})
            token.lemma_ = token.lower_
            if joined is not None:
                _take_infinitive(token, joined)


def _joined_infinitive(gerund: Token, prepositions: set[str]) -> Token | None:
    """The infinitive that one of ``prepositions`` joins right after a gerund (« en menaçant
    de rappeler »), if there is one."""
    doc, at = gerund.doc, gerund.i + 2
    if at >= len(doc) or doc[gerund.i + 1].lower_ not in prepositions:
        return None
    word = doc[at]
    verbal = word.pos_ in ("VERB", "AUX") and "Inf" in word.morph.get("VerbForm", [])
    return word if verbal else None


def _take_infinitive(gerund: Token, verb: Token) -> None:
    """Make the infinitive joined to a gerund its complement, where the parser hung it on the
    verb the gerund depends on (« a riposté en menaçant de rappeler son ambassadeur » has
    « rappeler » under « riposté »): what is threatened, promised or refused is the gerund's,
    so the readers of its verb find it there."""
    if verb.head.i == gerund.i or verb.head.i != gerund.head.i:
        return
    if gerund.i in {w.i for w in verb.subtree}:
        return
    verb.head, verb.dep_ = gerund, "xcomp"


def _coordinate(head: Token, dependents: list[Token], conjunctions: list[Token]) -> None:
    """Join ``dependents`` of ``head`` on each side of it when a conjunction stands between
    the last two of that side."""
    for side in ([d for d in dependents if d.i < head.i], [d for d in dependents if d.i > head.i]):
        if len(side) < 2:
            continue
        between = [c for c in conjunctions if side[-2].i < c.i < side[-1].i]
        if not between:
            continue
        first = side[0]
        for later in side[1:]:
            later.head, later.dep_ = first, "conj"
        between[-1].head = side[-1]
