"""An attempt made: the act tried is told as done, not as possible.

A verb of attempt ("try", "attempt", "tenter") is a cue of hypothesis for the act
it governs while the attempt is to come or supposed ("Russia would try to interfere", "s'il
tente de se réarmer"). Told in a past tense, the attempt was made and the act it aimed at
took place as an attempt, which GOLD.md codes as asserted ("troops tried to force their
way into the palace", "des manifestants ont tenté de forcer l'entrée de la chancellerie").
The verbs are the ``attempt`` list of the ``modality`` section of
``newsgraph/lang/<code>/events.json``; a future or conditional auxiliary still reads as
such (:meth:`~.reading.CueReader._dependents`).
"""

from __future__ import annotations

from .grammar import Cues
from .syntax import Token, Tree, morph

#: The tenses of an attempt made: simple past, perfect participle ("tried", "a tenté"),
#: French imperfect ("tentait").
PAST = frozenset({"Past", "Imp"})


def made(tree: Tree, cues: Cues, verb: Token) -> bool:
    """Whether a verb is an attempt told in a past tense ("tried to raise the issue", "ont
    tenté de forcer l'entrée"), not one to come ("will try", "tentera") or in the present
    ("tries", "tente")."""
    if verb.lemma_.lower() not in cues.attempt or not tree.verbal(verb):
        return False
    if morph(verb, "Tense") in PAST:
        return True
    return any(morph(c, "Tense") in PAST for c in verb.children if c.dep_ in tree.syntax.aux)
