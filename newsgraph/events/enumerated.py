"""A counted group of states takes up the last list of that many states.

"La France, l'Allemagne et le Royaume-Uni ont saisi le Conseil. Les trois pays ont averti
l'Iran": the three are the states of the list, not the last three parties named (Iran among
them). So for "les trois pays", "the three countries", "all three countries' navies": the last
coordination of exactly that many states before the phrase, each conjunct naming one state.
Only groups of three or more: two parties have their own rules (:mod:`.disputants`).
"""

from __future__ import annotations

from ..article import Actor
from .participants import ActorIndex, party
from .syntax import Token, Tree

#: The smallest group a list is looked for; pairs are the story's sides.
SMALLEST = 3


def enumerated(tree: Tree, index: ActorIndex, token: Token, count: int) -> list[Actor]:
    """The states of the last list of exactly ``count`` states named before ``token`` ("la
    France, l'Allemagne et le Royaume-Uni" for "les trois pays"), or none."""
    if count < SMALLEST:
        return []
    for word in reversed(token.doc[: token.i]):
        if word.dep_ in tree.syntax.conj:
            continue  # a list is read from its first item
        conjuncts = tree.conjuncts(word)
        if len(conjuncts) != count:
            continue
        states = [_state(index, conjunct) for conjunct in conjuncts]
        found = [state for state in states if state is not None]
        if len(found) == count and len({party(state) for state in found}) == count:
            return found
    return []


def _state(index: ActorIndex, word: Token) -> Actor | None:
    """The state one item of a list names by its head word ("Royaume-Uni"), else None."""
    for mention in index.overlapping(word.idx, word.idx + len(word.text)):
        actor = index.side(mention.actor)
        if actor is not None and actor.kind == "country":
            return actor
    return None
