"""Threats: made by being said.

To say one will hit back is to threaten now ("we will defend our sovereignty", « nous
riposterons »): the words are the act, so a future or hypothetical form does not put the
threat off, and it is asserted. (The act threatened keeps its own modality, :mod:`.threats`.)
Only a form on the threat's own verb: a threat a clause of condition or a question supposes
("if Russia threatens Ukraine again, …", « si la Russie menace l'Ukraine », "Could Russia
threaten Georgia next?") is not made, and stays hypothetical.
A negation or a denial still holds ("did not threaten Kyiv"). Support is not so: "would
formally recognise a Palestinian state" is an act to come.
"""

from __future__ import annotations

#: The event types whose act is the saying itself.
DECLARED = frozenset({"THREATEN"})

#: The modalities a stance so said sets aside: an act to come or a possible one.
_PUT_OFF = frozenset({"future", "hypothetical"})


def declared(kind: str, modality: str, supposed: bool = False) -> str:
    """The modality of an event of type ``kind`` read as ``modality``: asserted for a threat
    said in a future or hypothetical form ("we will defend our sovereignty"), unless a
    condition or a question ``supposed`` it; else unchanged."""
    if kind in DECLARED and modality in _PUT_OFF and not supposed:
        return "asserted"
    return modality
