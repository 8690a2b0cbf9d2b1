"""Judgements of an act a pronoun takes up: whom "called it blackmail" is aimed at.

A verb of judging whose object is a personal pronoun ("the Kremlin called it an incorrect
decision", "l'a qualifiée d'« inacceptable »") judges the act told just before, not a
party: the words are aimed at that act's author ("when our parliament ratified the Rome
Statute, the Kremlin called it …" blames Armenia). When the act before is the judge's own,
the pronoun takes up what that act answered ("The alliance rejected the offer, calling it a
manoeuvre" is aimed at whoever made the offer, the rejection's target). With no act before
it in the sentence, the author of the last event the story told stands, unless it is the
judge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..article import Actor
from .arguments import Candidate
from .participants import party
from .syntax import Token, Tree, morph

#: The mode of the senses that judge what their object names (condemning, calling it a
#: crime), not those that charge someone with an act ("accused him of lying").
DISAPPROVE = "disapprove"


def pronoun_object(tree: Tree, token: Token) -> Token | None:
    """The pronoun a verb takes as its object that may stand for an act, if any: a third
    person singular one of no gender ("it" in "called it blackmail", "l'" in "l'a qualifiée
    d'inacceptable"); not "him" or "her", which take up people, nor "them" or "les", nor a
    relative or reflexive pronoun ("what it called China's behaviour")."""
    for child in tree.children(token, tree.syntax.object):
        if child.pos_ != "PRON" or morph(child, "Reflex") == "Yes":
            continue
        if morph(child, "Person") != "3" or morph(child, "Number") != "Sing":
            continue
        if morph(child, "Gender") not in ("Masc", "Fem"):
            return child
    return None


def judges_pronoun(tree: Tree, candidate: Candidate) -> bool:
    """Whether a trigger is a verb of judging (an ACCUSE sense of mode ``disapprove``) whose
    object is a pronoun naming no actor that may stand for an act (:func:`pronoun_object`)."""
    sense = candidate.sense
    if candidate.noun or candidate.target or sense.type != "ACCUSE" or sense.mode != DISAPPROVE:
        return False
    return pronoun_object(tree, candidate.token) is not None


def taken_up(
    judge: list[Actor],
    before: Iterable[tuple[list[Actor], list[Actor]]],
    last_source: list[Actor],
) -> list[Actor]:
    """Whom a judgement of an act a pronoun takes up is aimed at: for the latest act told
    ``before`` it in its sentence (its sides, latest first), its author, or, when the judge
    did it, whom it answered; with none, ``last_source``, the author of the last event the
    story told, unless it is the judge."""
    mine = {party(a) for a in judge}
    for source, target in before:
        own = bool(mine & {party(a) for a in source})
        found = [a for a in (target if own else source) if party(a) not in mine]
        if found:
            return found
    return [a for a in last_source if party(a) not in mine][:1]


def sides_before(
    candidates: Iterable[Candidate],
    candidate: Candidate,
    decide: Callable[[Candidate], tuple[list[Actor], list[Actor]] | None],
) -> list[tuple[list[Actor], list[Actor]]]:
    """The sides of the triggers before ``candidate`` in its sentence, latest first, as
    ``decide`` codes them (those it codes as no event left out)."""
    earlier = sorted(
        (c for c in candidates if c.token.i < candidate.token.i),
        key=lambda c: c.token.i,
        reverse=True,
    )
    return [sides for sides in map(decide, earlier) if sides is not None]
