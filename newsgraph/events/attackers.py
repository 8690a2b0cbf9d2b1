"""Who struck a side the story has already shown under attack, when no phrase says.

News of a conflict names its attacker once, in the lead ("Russia launched a wave of strikes
on Ukraine overnight"), then tells the rest of the attack by its weapons and its effects: "a
missile struck a residential block in Odesa", « des frappes ont visé Nabatiyé », "the latest
strike killed four men", "the ship was hit by a drone". Such a sentence names whom the attack
hit but no doer. :func:`story_attacker` gives it the doer of the attacks already told on that
side, when the story told them by one party only: the side it keeps attacking. When two
parties have struck it ("Russia shelled Kharkiv … Belarus-based units fired on Chernihiv"),
or none has, the text does not tell which, and no doer is guessed.
"""

from __future__ import annotations

from ..article import Actor
from .arguments import Candidate
from .discourse import Discourse
from .participants import party
from .syntax import Tree

#: Acts of force whose doer the story's earlier attacks on the same side give.
ATTACKS = frozenset({"ASSAULT"})


def story_attacker(
    discourse: Discourse, kind: str, target: list[Actor], asserted: bool
) -> list[Actor]:
    """The doer of the attacks told so far (asserted, their doer named by their own
    sentence) on one of ``target``'s parties by another party, when all of them were by one
    party and the target's side has told of none of its own: "Israel struck southern Lebanon
    on Sunday. … Several strikes hit Nabatieh" is Israel's. None for an act not told as done
    (``asserted``: "plans to strike", "no intention to retaliate"), for another type of act,
    for no such attack, for attacks by two parties or more, or in a war of two sides that
    strike each other ("Armenia and Azerbaijan traded fire … two soldiers were killed"),
    where the context does not tell who struck whom."""
    if kind not in ATTACKS or not target or not asserted:
        return []
    aimed = {party(a) for a in target}
    acts = discourse.acts.get(kind, [])
    if any(aimed & {party(a) for a in source} for source, _ in acts):
        return []  # the target strikes too
    doers = [source for source, hit in acts if aimed & {party(a) for a in hit}]
    parties = {frozenset(party(a) for a in source) for source in doers}
    return list(doers[-1]) if len(parties) == 1 else []


def told_by_its_blow(tree: Tree, candidate: Candidate) -> bool:
    """Whether a trigger tells an attack by the blow, with no doer to take up: a noun ("les
    frappes contre Natanz"), or an active verb whose subject is a weapon or a blow
    (``groups.blows`` of the language data: "a missile struck", « des frappes ont visé
    Nabatiyé ») or that has none. Not a passive: what it names undergoes the act, and its
    victims or downed drones may be either side's ("28 drones were shot down", "two soldiers
    were killed"); not another subject: a pronoun ("ceux qui tuent") takes up someone the
    context names, and a storm or a flood that hit a town is no one's attack."""
    if candidate.noun:
        return True
    if tree.passive(candidate.token):
        return False
    subject = tree.subject(candidate.token)
    return subject is None or subject.lemma_.lower() in tree.lexicon.blows
