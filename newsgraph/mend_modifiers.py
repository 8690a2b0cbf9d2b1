"""Mending a finite verb the parser hangs on its subject as an adjective.

"La Russie bombarde Kyiv en représailles" comes out with "bombarde" a finite verb (present
indicative) that modifies "Russie" (``amod``), "Kyiv" a second word of the name "Russie" and
"représailles" a noun complement of it: the sentence has no verb, so no reader finds who acts
on whom. An adjective modifier is never finite, so a verb in the indicative hung so on the noun
right before it is made that noun's verb: the noun its subject (``nsubj``), a noun phrase right
after it its object (``obj``), and the subject's other dependents after the verb its own (a
complement cannot stand past the verb that separates it from its noun: "en représailles" an
oblique of the verb). The verb takes the subject's place in the tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .mend_verbs import NOMINAL, Heads, acyclic, apply_heads, noun_phrase_at

#: The relation the parser gives a finite verb it takes for an adjective.
MODIFIER = "amod"
#: The relation a prepositional complement moved onto the verb gets.
OBLIQUE = "obl:mod"


def mend_modifiers(doc: Doc) -> None:
    """Make each indicative verb of ``doc`` hung as an adjective on the noun before it that
    noun's verb (in place): "La Russie bombarde/amod Kyiv" -> "Russie" its subject, "Kyiv" its
    object."""
    for token in doc[1:]:
        if not _finite_modifier(token):
            continue
        heads = _rebuilt(doc, token)
        if heads is not None and acyclic(doc, heads):
            apply_heads(doc, heads)


def _finite_modifier(token: Token) -> bool:
    """Whether ``token`` is an indicative verb the parser hung as an adjective on a noun right
    before it (its determiner and adjectives aside)."""
    head = token.head
    return bool(
        token.pos_ == "VERB"
        and token.dep_ == MODIFIER
        and "Fin" in token.morph.get("VerbForm", [])
        and "Ind" in token.morph.get("Mood", [])
        and head.pos_ in NOMINAL
        and head.i < token.i
        and all(
            t.head.i == head.i or t.head.head.i == head.i for t in token.doc[head.i + 1 : token.i]
        )
    )


def _rebuilt(doc: Doc, verb: Token) -> Heads | None:
    """The new ``{token: (head, relation)}`` of the verb, its subject, its object and the
    subject's complements after it."""
    subject = verb.head
    heads: Heads = {subject.i: (verb.i, "nsubj")}
    if subject.head.i == subject.i:
        heads[verb.i] = (verb.i, "ROOT")
    else:
        heads[verb.i] = (subject.head.i, subject.dep_)
    obj = noun_phrase_at(doc, verb.i + 1)
    if obj is not None:
        heads[obj.i] = (verb.i, "obj")
    for child in subject.children:
        if child.i > verb.i and child.i not in heads:
            case = any(c.dep_ == "case" for c in child.children)
            heads[child.i] = (verb.i, OBLIQUE if case else child.dep_)
    return heads
