"""Threats told as a danger: a passive with no actor named as the threatener.

A verb of threatening in the passive whose agent names no actor says that something is in
danger, not that a side threatened another: « son aide au Niger serait menacée par ce coup
de force », « si les Serbes du Kosovo étaient menacés », "if its security is threatened". No
one utters a threat there, so the clause states no THREATEN event (GOLD.md: "nothing the
text does not state"), whoever the context would lend it. A passive whose agent is an actor
stays a threat ("le Guyana est menacé par le Venezuela"), as does every active or noun use.
"""

from __future__ import annotations

from .participants import ActorIndex
from .phrases import Candidate
from .syntax import Tree

#: The type whose passive without an actor as doer is a danger rather than an act.
THREATEN = "THREATEN"


def endangered(tree: Tree, index: ActorIndex, candidate: Candidate) -> bool:
    """Whether a THREATEN verb is a passive whose agent, if any, names no actor ("serait
    menacée par ce coup de force", "étaient menacés"; not "menacé par le Venezuela")."""
    token = candidate.token
    if candidate.sense.type != THREATEN or candidate.noun or not tree.passive(token):
        return False
    agent = tree.agent(token)
    if agent is None:
        return True
    words = list(agent.subtree)
    return not index.actors_in(words[0].idx, words[-1].idx + len(words[-1].text))
