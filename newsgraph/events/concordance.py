"""The verb of saying a coordinated conditional clause shares with the clause before it.

A conditional reported by a verb of saying is an act announced, to come ("a déclaré que
Nairobi soutiendrait Kampala", "said Kenya would back Uganda"). A second conditional
coordinated with the first without a conjunction of its own (« a déclaré que Nairobi
soutiendrait Kampala et coopérerait avec Dodoma », "said Kenya would respond firmly and
would coordinate with Uganda") is said by the same verb: the concordance of the two
conditionals shows it is part of the same report. A conjunct in another mood is left to
itself: the parser often coordinates a clause of its own there (« lui reproche de négliger
ses ports et exige une compensation »).
"""

from __future__ import annotations

from .reading import CueReader
from .saying import says
from .syntax import Token


def reported_conjunct(reader: CueReader, top: Token) -> Token | None:
    """The verb of saying of the conditional clause a conditional verb is coordinated with
    ("déclaré" for "coopérerait" in « a déclaré que Nairobi soutiendrait Kampala et
    coopérerait avec Dodoma »), if any."""
    tree = reader.tree
    first = tree.first_conjunct(top)
    if first is top or "conditional" not in reader.clause_reading(first).flags:
        return None
    if "conditional" not in reader.clause_reading(top).flags:
        return None
    governor = tree.governor(first)
    if governor is None or first.dep_ in tree.syntax.adverbial | tree.syntax.acl:
        return None
    return governor if says(reader.cues.reporting, governor) else None
