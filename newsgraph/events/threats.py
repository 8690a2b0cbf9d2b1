"""Threats: what a side says it will or could do to another.

A warning is made when it is said, whatever becomes of the act it announces: "a warning of
possible sanctions is THREATEN (asserted) and SANCTION (hypothetical)". The act stays coded
beside the threat, with its own modality; this module tells which acts, said by the side that
would commit them, are such a warning.
"""

from __future__ import annotations

#: Hostile acts that the side that would commit them says it could commit: the warning is
#: a threat, made when said ("Japan said it could impose new sanctions on Pyongyang",
#: "Israël ferait payer le prix à l'Iran").
MENACING = frozenset({"ASSAULT", "SANCTION", "COERCE"})
#: Acts of force that the side that would commit them says it will commit: announcing one's
#: own coming use of force against another is threatening it ("the group would keep
#: targeting vessels linked to Israel", "he would arrest Morales if he ran again"). A
#: sanction announced is a measure decided, to take effect ("Finland will close its border
#: with Russia"), no warning.
FORCEFUL = frozenset({"ASSAULT", "COERCE"})


def menaces(kind: str, modality: str) -> bool:
    """Whether an act of type ``kind`` and ``modality``, said by the side that would commit
    it, is a threat: a hostile act it could commit, or an act of force it will commit.
    A done act ("Israel struck Gaza") is no threat."""
    if modality == "hypothetical":
        return kind in MENACING
    if modality == "future":
        return kind in FORCEFUL
    return False
