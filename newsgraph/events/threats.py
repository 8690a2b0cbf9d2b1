"""Threats: what a side says it will or could do to another.

A warning is made when it is said, whatever becomes of the act it announces: "a warning of
possible sanctions is THREATEN (asserted) and SANCTION (hypothetical)". The act stays coded
beside the threat, with its own modality; this module tells which acts, said by the side that
would commit them, are such a warning.
"""

from __future__ import annotations

from .conditions import marked_clause
from .syntax import Token, Tree

#: Hostile acts that the side that would commit them says it could commit: the warning is
#: a threat, made when said ("Japan said it could impose new sanctions on Pyongyang",
#: "Israël ferait payer le prix à l'Iran").
MENACING = frozenset({"ASSAULT", "SANCTION", "COERCE"})

#: How many clauses up from the trigger a condition is looked for ("would keep [targeting]
#: vessels until …": the condition hangs on "keep").
MAX_CLAUSES = 3


def menaces(kind: str, modality: str, under_condition: bool = False) -> bool:
    """Whether an act of type ``kind`` and ``modality``, said by the side that would commit
    it, is a threat: a hostile act it could commit, or one it will commit under a condition
    (``under_condition``, :func:`conditioned`: "nous attaquerons si le Hezbollah viole
    l'accord", "he would arrest Morales if he ran again"). A done act ("Israel struck Gaza")
    is no threat, nor one announced as decided ("Finland will close its border with
    Russia"), nor (measured on the dev sets) an act of force announced with no condition
    ("those detained would be sent to prison" is COERCE to come, no warning)."""
    if kind not in MENACING:
        return False
    return modality == "hypothetical" or (modality == "future" and under_condition)


def conditioned(tree: Tree, token: Token) -> bool:
    """Whether the clause of a verb trigger, or of a verb it is the complement of, has an
    adverbial clause marked by a condition of the language (``threat_conditions``: "si",
    "if", "unless", "until"): "nous attaquerons [si le Hezbollah viole l'accord]", "would
    keep targeting vessels [until the aggression stops]". A noun trigger has no clause."""
    marks = tree.lexicon.threat_conditions
    current = token
    for _ in range(MAX_CLAUSES):
        if not tree.verbal(current):
            return False
        if marked_clause(tree, current, marks):
            return True
        if current.dep_ not in tree.syntax.complement or current.head == current:
            return False
        current = current.head
    return False
