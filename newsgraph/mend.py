"""Mending a slip the parsers make on news prose, after parsing, before any stage reads it.

A coordination of two subjects (or objects) that the parser flattens: "La Russie et
l'Ukraine ont mené des pourparlers" comes out, with the elided article, as two subjects of
"mené" and an "et" hanging on the verb, so a reader of the subject finds one country. Two
dependents of one word with the same core relation, on the same side of it, with a
coordinating conjunction of that word between them, are made a coordination again: the later
one a ``conj`` of the first, the conjunction its ``cc``. The relations are the Universal
Dependencies labels both the French and the English models use.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

#: Relations a flattened coordination repeats.
CORE = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})


def mend(doc: Any) -> Any:
    """``doc`` with its flattened coordinations rebuilt (in place); returned for chaining."""
    for token in doc:
        if token.n_lefts + token.n_rights < 3:  # two of a kind and a conjunction at least
            continue
        children = list(token.children)
        for relation in CORE.intersection(c.dep_ for c in children):
            _coordinate(token, [c for c in children if c.dep_ == relation])
    return doc


def _coordinate(head: Any, dependents: list[Any]) -> None:
    conjunctions = [c for c in head.children if c.dep_ == "cc"]
    for first, later in pairwise(dependents):
        if (first.i < head.i) != (later.i < head.i):
            continue  # one before the word, one after: subject and inverted subject
        between = [c for c in conjunctions if first.i < c.i < later.i]
        if not between:
            continue
        later.head, later.dep_ = first, "conj"
        between[-1].head = later
