"""Mending a finite verb the tagger reads as an adverb or a noun after its subject.

"ce que le Kremlin dément." comes out with "dément" an adverb of "Kremlin", and "Alger dément
toute implication" with "implication" the root, so no reader finds a verb of denial there. A
form listed in ``verb_slips`` of ``newsgraph/lang/<code>/parse.json`` (with its lemma), tagged an
adverb or a noun right after a noun phrase, is made a verb again and the
tree around it rebuilt:

- the noun phrase before it is its subject (``nsubj``);
- a noun phrase right after it (past any adverbs, made its own) is its object (``obj``):
  "dément [toute implication]", "dément catégoriquement [ces informations]"; else an
  infinitive right after it, simple or compound, is its complement (``xcomp``): "dément
  [avoir ouvert] le feu", "conteste [vouloir] rompre";
- a relative pronoun ("que") right before the subject is its object too, and the verb a
  relative clause (``acl:relcl``) of the word before that pronoun: "ce [que le Kremlin dément]"
  (that word taking the verb's place when it hung on the verb);
- else the verb takes the place of the highest of the words it now governs: the root of the
  sentence when one of them was;
- after a subject set off by commas, the form is mended only when a clause opened by a
  complementizer follows it closely, which an apposition never has: "La ministre, Ilona
  Varga, juge pour sa part que …" ("juge" a verb, the clause its ``ccomp``), not "Anne Roy,
  juge d'instruction, a dit".

The new tree is checked before it is written: a mend that would leave a cycle is not made.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from . import lang

#: Parts of speech a tagger slips a finite verb into.
SLIPS = frozenset({"ADV", "NOUN"})
#: Parts of speech that head a noun phrase.
NOMINAL = frozenset({"NOUN", "PROPN"})
#: Relations inside a noun phrase, climbed from its last word to its head.
INSIDE = frozenset({"det", "amod", "nmod", "case", "flat", "flat:name", "fixed", "compound"})
#: Words that open a noun phrase after a verb.
OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM"})


@dataclass(frozen=True, slots=True)
class Slips:
    """The verb forms that slip, with their lemmas, the relative pronouns of a language and
    its subject pronouns."""

    forms: dict[str, str]
    relative: frozenset[str]
    pronouns: frozenset[str] = frozenset()


@cache
def _slips(code: str) -> Slips | None:
    """The ``verb_slips`` of a language's parse data, if it has any."""
    data: dict[str, Any] | None = lang.section(code, "parse", "verb_slips")
    if data is None:
        return None
    return Slips(
        dict(data["forms"]),
        frozenset(data.get("relative", ())),
        frozenset(data.get("subject_pronouns", ())),
    )


def mend_verbs(doc: Doc) -> None:
    """Make verbs of the slipped verb forms of ``doc`` and rebuild the tree around them (in
    place): "Alger dément/ADV toute implication" -> "dément" VERB, "Alger" its subject,
    "implication" its object."""
    slips = _slips(doc.lang_)
    if slips is None:
        return
    for token in doc[1:]:
        lemma = slips.forms.get(token.lower_)
        if lemma is None or token.pos_ not in SLIPS:
            continue
        subject = _phrase_head(doc, token.i - 1, token)
        if subject is None:
            heads = _set_off(doc, token, slips.relative)
            heads = heads or _after_pronoun(doc, token, slips.relative, slips.pronouns)
        else:
            heads = _rebuilt(doc, token, subject, slips.relative)
        if heads is not None and acyclic(doc, heads):
            token.pos_, token.lemma_ = "VERB", lemma
            apply_heads(doc, heads)


def _phrase_head(doc: Doc, last: int, verb: Token) -> Token | None:
    """The head noun of the noun phrase ending at ``last`` (climbing the relations inside a
    noun phrase), if it is one and lies on the same side of ``verb``."""
    word = doc[last]
    if word.pos_ not in NOMINAL and word.dep_ not in INSIDE:
        return None
    while word.dep_ in INSIDE and word.head.i != word.i and word.head.i < verb.i:
        if word.pos_ in NOMINAL and word.head.pos_ not in NOMINAL:
            break
        word = word.head
    return word if word.pos_ in NOMINAL else None


def _adverbs(doc: Doc, verb: Token) -> list[Token]:
    """The adverbs right after ``verb`` ("dément catégoriquement")."""
    found: list[Token] = []
    while verb.i + len(found) + 1 < len(doc) and doc[verb.i + len(found) + 1].pos_ == "ADV":
        found.append(doc[verb.i + len(found) + 1])
    return found


def noun_phrase_at(doc: Doc, at: int) -> Token | None:
    """The head of the noun phrase that opens at ``at``, if one does."""
    if at >= len(doc) or doc[at].pos_ not in OPENERS:
        return None
    word = doc[at]
    while word.pos_ not in NOMINAL and word.head.i > word.i:
        word = word.head
    return word if word.pos_ in NOMINAL else None


def infinitive_at(doc: Doc, at: int) -> Token | None:
    """The verb of the infinitive that opens at ``at``, if one does: the infinitive itself
    ("dément [vouloir] rompre"), or the participle an infinitive auxiliary goes with ("dément
    [avoir] ouvert le feu": "ouvert")."""
    if at >= len(doc) or "Inf" not in doc[at].morph.get("VerbForm", []):
        return None
    word = doc[at]
    if word.pos_ == "VERB":
        return word
    head = word.head
    if word.pos_ == "AUX" and head.i > word.i and head.pos_ == "VERB":
        return head
    return None


def _start(doc: Doc, head: Token) -> int:
    """Where the noun phrase of ``head`` starts: the words inside a noun phrase (determiner,
    adjective…) that run up to it from the left."""
    start = head.i
    while start > 0 and doc[start - 1].dep_ in INSIDE and doc[start - 1].head.i < head.i + 1:
        start -= 1
    return start


Heads = dict[int, tuple[int, str]]


def _rebuilt(doc: Doc, verb: Token, subject: Token, relative: frozenset[str]) -> Heads | None:
    """The new ``{token: (head, relation)}`` of the words around ``verb``."""
    heads: Heads = {subject.i: (verb.i, "nsubj")}
    start = _start(doc, subject)
    pronoun = doc[start - 1] if start > 1 and doc[start - 1].lower_ in relative else None
    if pronoun is not None and doc[pronoun.i - 1].pos_ == "PUNCT":
        return None  # no antecedent to hang the relative clause on
    adverbs = _adverbs(doc, verb)
    heads.update({adverb.i: (verb.i, "advmod") for adverb in adverbs})
    obj = noun_phrase_at(doc, verb.i + len(adverbs) + 1)
    if obj is not None and obj.i != subject.i:
        heads[obj.i] = (verb.i, "obj")
    elif obj is None:
        obj = infinitive_at(doc, verb.i + len(adverbs) + 1)
        if obj is not None:
            heads[obj.i] = (verb.i, "xcomp")
    if pronoun is not None:
        antecedent = doc[pronoun.i - 1]
        heads[pronoun.i] = (verb.i, "obj")
        heads[verb.i] = (antecedent.i, "acl:relcl")
        if antecedent.head.i == verb.i:  # "ce/nsubj que Bamako conteste/NOUN": swap places
            old = (verb.head.i, verb.dep_) if verb.head.i != verb.i else (antecedent.i, "ROOT")
            heads[antecedent.i] = old
        return heads
    return _in_place(heads, verb, [subject] + ([obj] if obj is not None else []))


def _in_place(heads: Heads, verb: Token, governed: list[Token]) -> Heads | None:
    """``heads`` with ``verb`` in the place of the highest of the words it now governs (the
    root of the sentence when one of them was); None when that place is inside the mend."""
    top = min(governed, key=_depth)
    if top.head.i == top.i:
        heads[verb.i] = (verb.i, "ROOT")
    elif top.head.i == verb.i or top.head.i in heads:
        return None
    else:
        heads[verb.i] = (top.head.i, top.dep_)
    return heads


#: Most words between a slipped verb and the complementizer of its clause ("juge [pour sa
#: part] que").
CLAUSE_REACH = 4


def _set_off(doc: Doc, verb: Token, complementizers: frozenset[str]) -> Heads | None:
    """The new heads around a slipped form after a subject set off by commas, when a clause
    opened by a complementizer follows it within :data:`CLAUSE_REACH` words with no punctuation
    or verb between: "La ministre, Ilona Varga, juge pour sa part que ces mesures arrivent
    tard" -> "juge" the verb, "ministre" its subject, "arrivent" its complement (``ccomp``).
    An apposition ("Anne Roy, juge d'instruction, a dit") has no clause after it."""
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    clause = _clause_after(doc, verb, complementizers)
    subject = _phrase_head(doc, verb.i - 2, verb)
    if clause is None or subject is None:
        return None
    if subject.dep_ == "appos" and subject.head.i < subject.i and subject.head.pos_ in NOMINAL:
        subject = subject.head  # "La ministre, Ilona Varga,": the phrase opens at "ministre"
    heads: Heads = {subject.i: (verb.i, "nsubj"), clause.i: (verb.i, "ccomp")}
    return _in_place(heads, verb, [subject, clause])


def _after_pronoun(
    doc: Doc, verb: Token, complementizers: frozenset[str], pronouns: frozenset[str]
) -> Heads | None:
    """The new heads around a slipped form right after a subject pronoun (``pronouns``), when
    a clause opened by a complementizer follows it as after a subject set off by commas:
    « Elle juge que la réforme arrive tard » -> « Elle » its subject, « arrive » its
    complement (``ccomp``). A subject pronoun takes no noun after it: the form is its verb."""
    before = doc[verb.i - 1]
    if before.lower_ not in pronouns:
        return None
    clause = _clause_after(doc, verb, complementizers)
    if clause is None:
        return None
    heads: Heads = {before.i: (verb.i, "nsubj"), clause.i: (verb.i, "ccomp")}
    if before.head.i == verb.i and clause.head.i == verb.i:
        return heads  # the tree is right, only the tag slipped
    return _in_place(heads, verb, [before, clause])


def _clause_after(doc: Doc, verb: Token, complementizers: frozenset[str]) -> Token | None:
    """The head of the clause (:func:`_clause_head`) whose complementizer follows ``verb`` within
    :data:`CLAUSE_REACH` words, no punctuation mark or verb before it. Not a relative pronoun
    (« Anne Roy, juge d'instruction que le tribunal a nommée, a dit … »: « que » is the object
    of its clause, and a verb follows the clause before the sentence ends)."""
    for word in doc[verb.i + 1 : min(verb.i + 2 + CLAUSE_REACH, len(doc))]:
        if word.lower_ in complementizers:
            head = word.head
            if word.dep_ != "mark" or head.i < word.i or not _clause_head(head):
                return None
            return None if _verb_after(doc, head) else head
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            return None
    return None


def _clause_head(head: Token) -> bool:
    """Whether ``head`` heads a clause: a verb, or a word with a copula (« que la décision est
    hostile »: the adjective « hostile », « est » its ``cop``)."""
    return head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children)


def _verb_after(doc: Doc, clause: Token) -> bool:
    """Whether a finite verb outside ``clause`` follows it in its sentence: the clause was a
    relative inside an apposition, and that verb the sentence's own."""
    end = clause.sent.end
    inside = {t.i for t in clause.subtree}
    return any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) and t.i not in inside
        for t in doc[clause.right_edge.i + 1 : end]
    )


def _depth(token: Token) -> int:
    """How many heads above ``token`` before the root (bounded by the length of the doc)."""
    depth = 0
    while token.head.i != token.i and depth <= len(token.doc):
        token, depth = token.head, depth + 1
    return depth


def acyclic(doc: Doc, heads: Heads) -> bool:
    """Whether the tree of ``doc`` with ``heads`` changed still reaches a root from each word."""
    parent = [heads.get(t.i, (t.head.i, ""))[0] for t in doc]
    for i in heads:
        seen = {i}
        while parent[i] != i:
            i = parent[i]
            if i in seen:
                return False
            seen.add(i)
    return True


def apply_heads(doc: Doc, heads: Heads) -> None:
    """Write ``heads`` into ``doc``: each changed word is made a root first, then attached
    to its new head, so no step leaves a cycle."""
    for i in heads:
        doc[i].head = doc[i]
    for i, (head, relation) in heads.items():
        doc[i].head, doc[i].dep_ = doc[head], relation
