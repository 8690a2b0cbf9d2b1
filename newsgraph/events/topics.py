"""Topics of reactions: an act named again as what a side praises or blames.

A verb or noun of praise or blame has the act it is about as its object: "Paris a salué
l'accord", "a félicité les deux pays pour l'accord", "a protest against the treaty",
"a condamné l'attaque". When the article has already told an act of that type, the noun
names it again as the reaction's topic: the reaction is the news (SUPPORT, ACCUSE), not a
second accord or attack. Where no such act was told before, the noun is the only telling
of it and stays an event ("a protesté contre l'utilisation de canons à eau": the water
cannon are coded).

So is an agreement named as what talks are about or what a side denounces or ends ("la
dénonciation par Niamey de l'accord", "négocie un accord de paix"), when an agreement was
told before: the talks or the withdrawal are the news, not a second accord.
"""

from __future__ import annotations

from collections.abc import Mapping

from .phrases import Candidate
from .syntax import Token, Tree

#: The types of a reaction to an act: praise and blame.
REACTIONS = frozenset({"SUPPORT", "ACCUSE"})
#: The types of an act on an agreement: talks about it, denouncing or ending it.
ON_AGREEMENTS = frozenset({"CONSULT", "SANCTION"})


def reaction_topic(tree: Tree, candidates: Mapping[int, Candidate], candidate: Candidate) -> bool:
    """Whether a noun trigger is the object of a trigger of praise or blame of another type
    ("saluent l'accord", "protest against the treaty"), directly or through a preposition
    ("a félicité l'Éthiopie pour l'accord"), or an agreement the object of talks or of a
    withdrawal ("la dénonciation de l'accord"); never its subject ("l'accord a été salué" says
    the accord is praised by someone unnamed: the noun is the act told there)."""
    if not candidate.noun:
        return False
    governor = _governor(tree, candidate.token)
    reaction = candidates.get(governor.i) if governor is not None else None
    if reaction is None or reaction.sense.type == candidate.sense.type:
        return False
    if reaction.sense.type in ON_AGREEMENTS:
        return candidate.sense.type == "AGREE"
    return reaction.sense.type in REACTIONS


def _governor(tree: Tree, token: Token) -> Token | None:
    """The word a noun is the object or prepositional complement of: "saluer" for
    "saluer l'accord", "féliciter" for "féliciter X pour l'accord", "protest" for "protest
    against the treaty"; None for a subject."""
    syntax = tree.syntax
    if token.dep_ in syntax.subject | syntax.passive_subject or token.head == token:
        return None
    if token.dep_ in syntax.object:
        return token.head
    return tree.attachment(token)[1]
