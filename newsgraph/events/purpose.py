"""A meeting told as the purpose of a visit is the visit.

« Fico s'est rendu à Moscou pour rencontrer Vladimir Poutine », "Merz will travel to Warsaw
to meet Donald Tusk" tell one CONSULT, not a trip and a meeting besides: the meeting in the
clause of purpose is what the visit is for (`GOLD.md`: visiting is CONSULT). The visit is kept,
its sides saying who went to whom; the meeting goes when its parties are the visit's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .arguments import Candidate
from .participants import party
from .syntax import Tree

if TYPE_CHECKING:
    from .decide import Decision

#: The mode of the senses that are visits (« se rendre », "travel to", "visiter").
VISIT = "visit"

Chosen = TypeVar("Chosen", bound="tuple[Candidate, Decision]")


def without_purposes(tree: Tree, chosen: list[Chosen]) -> list[Chosen]:
    """The chosen acts of a sentence less the meetings told as a visit's purpose
    (:func:`is_purpose`): « s'est rendu à Moscou pour rencontrer Poutine » keeps CONSULT
    Slovakia→Russia of « rendu » and drops the reciprocal one of « rencontrer »."""
    return [pair for pair in chosen if not any(is_purpose(tree, pair, visit) for visit in chosen)]


def is_purpose(
    tree: Tree, meeting: tuple[Candidate, Decision], visit: tuple[Candidate, Decision]
) -> bool:
    """Whether ``meeting`` is a CONSULT verb in a clause hung on the verb of ``visit``, a
    CONSULT visit (« rendu … pour rencontrer », "travel … to meet"), among the parties of that
    visit: « s'est rendu à Nuuk pour rencontrer le gouvernement groenlandais » is one act;
    « s'est rendu à Kiev pour rencontrer Zelensky » with a Polish minister beside him is not
    dropped when the visit left the minister out."""
    (candidate, decision), (trip, done) = meeting, visit
    syntax = tree.syntax
    if candidate.noun or trip.noun or candidate is trip:
        return False
    if decision.type != "CONSULT" or done.type != "CONSULT" or trip.sense.mode != VISIT:
        return False
    token = candidate.token
    if token.head.i != trip.token.i or token.dep_ not in syntax.adverbial | syntax.complement:
        return False
    met = {party(a) for a in decision.source + decision.target}
    return bool(met) and met <= {party(a) for a in done.source + done.target}
