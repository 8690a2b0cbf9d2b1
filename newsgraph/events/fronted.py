"""The sides of a mutual act told in an adverbial phrase of the clause its parties are the
subject of: "Après vingt-cinq ans de négociations, l'Union européenne et le Mercosur ont
conclu un accord" are talks between the two; "After four days of talks, the United States
and Niger agreed" too (:meth:`.context.ContextSides`)."""

from __future__ import annotations

from collections.abc import Callable

from ..article import Actor
from .arguments import Candidate
from .participants import party
from .syntax import Token, Tree

#: How many nouns up from the act the clause's verb may be ("après dix jours de pourparlers").
MAX_UP = 3


def clause_parties(
    tree: Tree, actors: Callable[[Candidate, list[Token]], list[Actor]], candidate: Candidate
) -> list[Actor]:
    """The parties the subject of the clause a noun event stands in names, when they are two
    or more ("l'UE et le Mercosur"): one party alone is no pair of the act."""
    verb = _clause_verb(tree, candidate.token)
    subject = tree.subject(verb) if verb is not None else None
    if subject is None:
        return []
    found = actors(candidate, [subject])
    return found if len({party(a) for a in found}) >= 2 else []


def _clause_verb(tree: Tree, token: Token) -> Token | None:
    """The verb a noun hangs on through adverbial phrases and the nouns that hold it
    ("[conclu] après vingt-cinq ans de négociations"), not as its subject or object."""
    syntax = tree.syntax
    through = syntax.oblique | syntax.prep_object | syntax.prep_head
    current = token
    for _ in range(MAX_UP + 1):
        if current.dep_ not in through or current.head == current:
            return None
        current = current.head
        if tree.verbal(current):
            return current
    return None
