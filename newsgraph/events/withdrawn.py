"""The sides of a withdrawal whose genitive names the forces withdrawn.

"Le retrait des troupes françaises du Tchad" is France leaving Chad: the genitive, a noun of
forces (``withdrawn_forces`` of the ``modality`` section of the lexicon: "troupe", "soldat"),
names the doer by its adjective or its own genitive, and a second genitive, on the forces or
on the trigger ("du Tchad", "du sol congolais"), the place they leave, whose party is the
target. Without the forces noun the genitive is the doer as before ("le retrait de la
Russie"), and without a party in either phrase the sides are left to the other slots. A
withdrawal asked for ("Kiev exige le retrait des troupes russes du Donbass") stays no event
of its own: the modality reading absorbs it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Actor
from .participants import ActorIndex
from .phrases import unique
from .syntax import Token, Tree


@dataclass(frozen=True)
class Withdrawal:
    """The forces a withdrawal noun moves and the place they leave, if named."""

    forces: Token
    place: Token | None


def withdrawal(tree: Tree, token: Token) -> Withdrawal | None:
    """The forces noun that is the first genitive of ``token`` ("le retrait [des troupes]
    russes") and the genitive after it, in the forces' phrase or on ``token`` ("du sol
    ukrainien"), or None when the first genitive names no forces ("le retrait de la Russie")."""
    lexicon = tree.lexicon
    genitives = [n for p, n in tree.prepositional(token) if p in lexicon.genitive_preps]
    if not genitives or genitives[0].lemma_.lower() not in lexicon.cues.withdrawn_forces:
        return None
    forces = genitives[0]
    later = [
        n
        for word in forces.subtree
        for p, n in tree.prepositional(word)
        if p in lexicon.genitive_preps and n.i > forces.i
    ]
    places = later + [n for n in genitives[1:] if n.i > forces.i]
    return Withdrawal(forces, places[0] if places else None)


def withdrawal_sides(
    tree: Tree, index: ActorIndex, found: Withdrawal
) -> tuple[list[Actor], list[Actor]]:
    """``(source, target)``: the actors the forces' phrase names outside the place phrase,
    and those the place phrase names ("des troupes rwandaises du sol congolais": Rwanda,
    Congo). Either may be empty."""
    start, end = tree.phrase(found.forces)
    place = tree.phrase(found.place) if found.place is not None else (end, end)
    inside = [m for m in index.overlapping(*place) if place[0] <= m.start and m.end <= place[1]]
    source = [
        m.actor
        for m in index.overlapping(start, end)
        if m not in inside and m.start >= start and m.end <= end
    ]
    return unique(source), unique([m.actor for m in inside])
