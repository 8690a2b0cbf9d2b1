"""Help that names no one helped: no aid.

A verb whose sense is marked ``named_target`` (« aider », "help") is aid to the party the
trigger's own phrases name: its object ("help Kyiv", « aider Chisinau ») or the subject of
the clause it governs ("help Ukraine rebuild its power plants", read with "Ukraine" as the
subject of "rebuild"). Helping to do something with no party named ("stood ready to help
end the quarrel", "troops sent to help rebuild the bridges") or helping with no object
("Japan may also help") names no one helped: the act helped, when the text tells it, is the
event, and the context must not supply a party the words never name.
"""

from __future__ import annotations

from .participants import ActorIndex
from .phrases import Candidate
from .syntax import Tree


def unhelped(tree: Tree, index: ActorIndex, candidate: Candidate) -> bool:
    """Whether a ``named_target`` trigger names no party as its target: no target found in
    its phrases and no actor as the subject of a clause it governs."""
    if not candidate.sense.named_target or candidate.target:
        return False
    syntax = tree.syntax
    for clause in tree.children(candidate.token, syntax.clausal | syntax.complement):
        for subject in tree.children(clause, syntax.subject):
            words = list(subject.subtree)
            if index.overlapping(words[0].idx, words[-1].idx + len(words[-1].text)):
                return False
    return True
