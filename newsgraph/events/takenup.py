"""Judgements of an act taken up, not named: whom "called it blackmail" is aimed at.

A verb of judging whose object is a personal pronoun ("the Kremlin called it an incorrect
decision", "l'a qualifiée d'« inacceptable »") or a noun that names acts only by what they
are ("a condamné ces agissements", "condemned the actions"; the ``acts`` list of the
``judgement`` section of ``newsgraph/lang/<code>/events.json``) judges the act told just
before, not a party: the words are aimed at that act's author ("when our parliament
ratified the Rome Statute, the Kremlin called it …" blames Armenia; "La Corée du Nord a tiré
deux missiles …, a annoncé l'état-major sud-coréen, qui a condamné une « provocation »"
blames North Korea). When the act before is the judge's own, the words take up what that
act was aimed at ("The alliance rejected the offer, calling it a manoeuvre" is aimed at
whoever made the offer). A reciprocal act (talks, a pact) is passed over. With no act before it
in its sentence, a pronoun takes up the last event the story told ("Japan sanctioned China.
Russia called it a mistake"); a noun of acts, which may sum up more than one, joins the story's
condemnation: it is aimed at whom the first judgement of another party told was aimed at
("Prague a accusé Pékin de cyberattaques. … La France a condamné ces agissements" blames China).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..article import Actor
from .arguments import Candidate
from .discourse import Act
from .participants import party
from .syntax import Token, Tree, morph

#: The mode of the senses that judge what their object names (condemning, calling it a
#: crime), not those that charge someone with an act ("accused him of lying").
DISAPPROVE = "disapprove"


def pronoun_object(tree: Tree, token: Token) -> Token | None:
    """The pronoun a verb takes as its object that may stand for an act, if any: a third
    person singular one, neither masculine nor feminine ("it" in "called it blackmail",
    "l'" in "l'a qualifiée d'inacceptable"); not "him" or "her", which take up people, nor
    "them" or "les", nor a relative or reflexive pronoun ("what it called China's
    behaviour")."""
    for child in tree.children(token, tree.syntax.object):
        if child.pos_ != "PRON" or morph(child, "Reflex") == "Yes":
            continue
        if morph(child, "Person") != "3" or morph(child, "Number") != "Sing":
            continue
        if morph(child, "Gender") not in ("Masc", "Fem"):
            return child
    return None


def judges_taken_up(tree: Tree, candidate: Candidate) -> bool:
    """Whether a trigger is a verb of judging (an ACCUSE sense of mode ``disapprove``) with
    no target of its own whose object takes up an act: a pronoun that may stand for one
    (:func:`pronoun_object`), or a noun of the lexicon's ``judged_acts`` ("condemned the
    actions")."""
    sense = candidate.sense
    if candidate.noun or candidate.target or sense.type != "ACCUSE" or sense.mode != DISAPPROVE:
        return False
    if pronoun_object(tree, candidate.token) is not None:
        return True
    objects = tree.children(candidate.token, tree.syntax.object)
    return any(o.lemma_.lower() in tree.lexicon.judged_acts for o in objects)


def taken_up(judge: list[Actor], before: Iterable[Act]) -> list[Actor]:
    """Whom a judgement of an act taken up is aimed at, from the acts told ``before`` it,
    latest first: the author of the latest one by another party, or, for the judge's own
    act, whom it was aimed at; none if that is the judge. A reciprocal act (talks, a pact
    signed together) is passed over: it is no one's to judge."""
    mine = {party(a) for a in judge}
    for _, source, target in before:
        doers = {party(a) for a in source}
        if doers & {party(a) for a in target}:
            continue  # talks, a pact: the two sides' act, no one's to judge
        own = bool(mine & doers)
        found = [a for a in (target if own else source) if party(a) not in mine]
        if found:
            return found
    return []


def joined(judge: list[Actor], judged: Iterable[tuple[list[Actor], list[Actor]]]) -> list[Actor]:
    """Whom a judgement of acts named only by what they are joins (``judged``: the story's acts
    of the judgement's type, first first, as doer and target): the target of the first one
    done by another party and aimed at neither that party nor the judge ("Manila accused
    Beijing of ramming its ships. … Tokyo also condemned the actions" blames China); none when
    every one is the judge's own or aimed at it, never the judge itself."""
    mine = {party(a) for a in judge}
    for source, target in judged:
        doers = {party(a) for a in source}
        aimed = {party(a) for a in target}
        if target and not doers & mine and not aimed & (mine | doers):
            return list(target)
    return []


def acts_before(
    candidates: Iterable[Candidate],
    candidate: Candidate,
    decide: Callable[[Candidate], Act | None],
) -> list[Act]:
    """The acts the triggers before ``candidate`` in its sentence state, latest first, as
    ``decide`` codes them (those it codes as no event left out)."""
    earlier = sorted(
        (c for c in candidates if c.token.i < candidate.token.i),
        key=lambda c: c.token.i,
        reverse=True,
    )
    return [act for act in map(decide, earlier) if act is not None]
