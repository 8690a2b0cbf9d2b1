"""Mending a slip the parsers make on news prose, after parsing, before any stage reads it.

A coordination of subjects (or objects) that the parser flattens: "La Russie et l'Ukraine ont
mené des pourparlers" comes out, with the elided article, as two subjects of "mené" and an
"et" hanging on the verb, so a reader of the subject finds one country. Dependents of one word
with the same core relation, on the same side of it, with a coordinating conjunction of that
word between the last two of them, are made a coordination again: every later one a ``conj`` of
the first (the Universal Dependencies way, "X, Y et Z"), the conjunction the ``cc`` of the last.
The relations are the Universal Dependencies labels both the French and the English models use.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Relations a flattened coordination repeats, in a fixed order.
CORE = ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj")


def mend(doc: Doc) -> Doc:
    """``doc`` with its flattened coordinations rebuilt (in place); returned for chaining."""
    for token in doc:
        if token.n_lefts + token.n_rights < 3:  # two of a kind and a conjunction at least
            continue
        children = list(token.children)
        for relation in CORE:
            same = [c for c in children if c.dep_ == relation]
            if len(same) > 1:
                _coordinate(token, same, [c for c in children if c.dep_ == "cc"])
    return doc


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
