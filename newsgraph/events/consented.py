"""The consent a condition waits for: an offer's terms, not an act.

An offer or a threat often names, as its condition, the other side's consent or refusal:
"the truce could take effect on Friday if both sides agree", "Lima will free the prisoners
provided that Quito accepts the terms", « le Chili enverra des observateurs si Quito le
demande », « Lima rendra les prisonniers à condition que Quito accepte de rouvrir la
frontière ». The article states the offer (coded as usual); the acceptance, the refusal or
the request in its condition is no act anyone has done or announced, only the terms of the
offer, so the coder drops the verb of consent that heads such a clause, and what that verb
governs (the reopening Quito would accept). A condition of another act stays coded as
hypothetical ("if Washington tried to take the island by force": an attack weighed).

The verbs of consent are the ``consent`` list of the ``modality`` section of
``newsgraph/lang/<code>/events.json``; a clause is a condition when a word of ``condition``
opens it ("if", "si") or when it completes a word of ``condition_heads`` ("à condition
que", "provided that", where the parser hangs the clause on "condition" or "provided").
"""

from __future__ import annotations

from .concessive import conceded
from .grammar import Cues
from .syntax import Token, Tree


def consented(tree: Tree, cues: Cues, top: Token) -> bool:
    """Whether ``top``, the verb of a trigger's clause, is a verb of consent heading a
    clause of condition: "agree" in "if both sides agree", "accepte" in « à condition que
    Quito accepte de rouvrir la frontière »; not "accepted" in "Quito accepted the terms",
    nor a consent a « si » concedes as done (« si Ankara a accepté l'adhésion, il a longtemps
    bloqué le dossier », :mod:`.concessive`)."""
    if top.lemma_.lower() not in cues.consent and top.lower_ not in cues.consent:
        return False
    clause = tree.first_conjunct(top)  # "if Quito accepts and signs": the clause of "accepts"
    if tree.mark(clause) & cues.condition:
        return not conceded(tree, cues, clause)
    head = clause.head
    return head.i != clause.i and head.lemma_.lower() in cues.condition_heads
