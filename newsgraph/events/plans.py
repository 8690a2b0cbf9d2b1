"""An act a sentence tells as done and, with the same type and sides, as planned: two acts.

"Japan and China, meeting for the first time, agreed to meet again in Tokyo": the meeting held
and the meeting to come are two CONSULT events, where one sentence otherwise states one event
per type and sides (:meth:`.decide.SentenceCoder.events`). "Les Américains ont achevé leur
retrait de Niamey et doivent avoir quitté Agadez d'ici septembre": a withdrawal done and one to
come. The act to come must be a verb, a plan stated as such ("doit quitter", "agreed to meet");
a noun of an act ("the summit") has no tense of its own to set it apart.
"""

from __future__ import annotations

from .phrases import Candidate

#: The modalities of the two tellings: one done, one to come.
DONE_AND_PLANNED = frozenset({"asserted", "future"})


def done_and_planned(
    known: Candidate, known_modality: str, candidate: Candidate, modality: str
) -> bool:
    """Whether two triggers of one type and sides in a sentence are an act done and another
    to come: one asserted, the other future and told by a verb ("agreed to meet again"), not
    the act the first one promises ("promised to approve": one AGREE)."""
    if {known_modality, modality} != DONE_AND_PLANNED or known.token.i == candidate.token.i:
        return False
    planned, done = (candidate, known) if modality == "future" else (known, candidate)
    return not planned.noun and planned.token.head.i != done.token.i
