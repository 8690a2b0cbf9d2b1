"""Reactions to what a body decided: who is praised or blamed for "a decision", "a vote".

Words about a decision, a vote or a text with no author named ("a salué une décision
historique", "welcomed the vote") are aimed at the one that made it; decisions taken by
vote or text are an assembly's or an organisation's (a council, the Union, the Agency),
so the organisation named last is their author, where a state named nearer is more often
the party it was about.
"""

from __future__ import annotations

from ..article import Actor
from .arguments import Candidate
from .lexicon import Lexicon
from .participants import ActorIndex
from .syntax import Token, Tree


def body_author(
    tree: Tree, lexicon: Lexicon, index: ActorIndex, candidate: Candidate, exclude: frozenset[str]
) -> list[Actor]:
    """The organisation named last before a verb whose object is a body's act named without
    its author, outside the ``exclude`` parties: "L'UE a imposé des sanctions à Minsk. …
    Vilnius a salué une décision attendue" is aimed at the Union."""
    if not about_body_act(tree, lexicon, candidate.token):
        return []
    return index.recent(candidate.token.idx, 1, exclude, wanted=organisation)


def about_body_act(tree: Tree, lexicon: Lexicon, token: Token) -> bool:
    """Whether a verb's object is a body's act named by what it is ("a salué une décision",
    "welcomed the vote"): a noun of ``groups.body_acts`` in the language data."""
    return any(
        o.lemma_.lower() in lexicon.body_acts for o in tree.children(token, tree.syntax.object)
    )


def organisation(actor: Actor) -> bool:
    """Whether an actor is an international organisation (or one of its bodies)."""
    return actor.sector == "IGO" or (actor.kind == "organization" and not actor.country)
