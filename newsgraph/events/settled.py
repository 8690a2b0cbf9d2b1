"""Noun events given as done before the clause that names them.

A noun after a preposition of time before ("après l'attaque", "following the talks"), or a
noun of asking after a preposition ("à la demande du Guyana", "at the request of Kyiv"),
names an act already done: what its clause plans, supposes or negates is not about it. The
words are the ``settled_preps`` and ``settled_nouns`` lists of the ``modality`` section of
``newsgraph/lang/<code>/events.json``.
"""

from __future__ import annotations

from .grammar import Cues
from .syntax import Token, Tree


def settled(tree: Tree, cues: Cues, trigger: Token) -> bool:
    """Whether a noun event is given as done before its clause ("à la demande du Guyana",
    "after the attack"): what the clause plans or supposes is not about it."""
    if tree.verbal(trigger):
        return False
    syntax = tree.syntax
    preps = [c.lower_ for c in trigger.children if c.dep_ in syntax.case]
    if trigger.dep_ in syntax.prep_object:
        preps.append(trigger.head.lower_)
    if any(p in cues.settled_preps for p in preps):
        return True
    return bool(preps) and trigger.lemma_.lower() in cues.settled_nouns
