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


def menaces(kind: str, modality: str) -> bool:
    """Whether an act of type ``kind`` and ``modality``, said by the side that would commit
    it, is a threat: a hostile act it could commit. A done act ("Israel struck Gaza") is no
    threat, nor one announced as decided ("Finland will close its border with Russia"), nor
    (measured on the dev sets) an act of force announced ("those detained would be sent to
    prison" is COERCE to come, no warning)."""
    return modality == "hypothetical" and kind in MENACING
