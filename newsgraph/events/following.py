"""The party a verb's own complement names after it, when none of its slots took one.

What follows a verb in its own clause is about its event before any party named earlier is
("Iran denied providing weapons to the Houthis", "Les garde-côtes ont arraisonné un cargo
battant pavillon russe"), so :func:`named_after` is the first guess of
:class:`~.context.ContextSides` for a target no phrase gives. A subject put after its verb
is no complement of it (:func:`inverted_subject`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..article import Actor
from .arguments import Candidate
from .participants import ActorIndex, party
from .syntax import Token, Tree

#: Acts often aimed at an organisation itself (vetoing, voting against, leaving it, asking
#: it to meet): an organisation named after or nearest before them may be their target.
#: Other acts with no target named go to a state before an organisation merely named nearby
#: ("Turkey lifted its objections", said of Finland after NATO is named).
AT_ORGANISATIONS = frozenset({"REJECT", "SANCTION", "REQUEST"})


def named_after(
    tree: Tree,
    index: ActorIndex,
    candidate: Candidate,
    exclude: frozenset[str],
    wanted: Callable[[Actor], bool],
) -> list[Actor]:
    """The first party named in a complement that follows a verb trigger (its object, an
    oblique, an infinitive), outside ``exclude`` (its sides and whoever tells it: "ont
    approuvé, selon le Conseil national électoral"), that is ``wanted`` unless the act is
    one aimed at organisations. Its subject and its agent are not its target, even when they
    follow it ("s'est félicité le président turc", "Négocié par l'émissaire américain")."""
    token = candidate.token
    if candidate.noun:
        return []
    syntax, agent = tree.syntax, tree.agent(token)
    labels = syntax.object | syntax.indirect_object | syntax.oblique | syntax.complement
    labels |= syntax.prep_head
    for child in token.children:
        if child.i < token.i or child.dep_ not in labels or child.dep_ in syntax.agent:
            continue
        if (agent is not None and child == agent) or inverted_subject(tree, token, child):
            continue
        for mention in index.overlapping(*tree.outer_span(child)):
            side = index.side(mention.actor)
            if side is None or party(side) in exclude:
                continue
            if candidate.sense.type in AT_ORGANISATIONS or wanted(side):
                return [side]
    return []


def inverted_subject(tree: Tree, token: Token, child: Token) -> bool:
    """Whether a bare noun phrase after a finite verb with no subject of its own is that
    verb's subject, put after it, as in a quotation's tag ("», s'est félicité le premier ministre
    suédois"), which the parser may take for its object or a bare oblique."""
    syntax = tree.syntax
    if child.dep_ not in syntax.object | syntax.oblique or not tree.finite(token):
        return False  # an infinitive or a participle has no subject after it
    if any(c.dep_ in syntax.case for c in child.children):
        return False  # a phrase after a preposition is no subject
    subjects = syntax.subject | syntax.passive_subject
    return not any(c.dep_ in subjects for c in token.children)
