"""Allegations their alleged author denies in the next sentence: denied, not asserted.

GOLD.md codes an act its alleged author denies as denied. A story often states the
allegation in one sentence and the denial in the next, with no word that takes the first up:
"La Corée du Nord a livré des obus à la Russie, a affirmé Séoul. Pyongyang a démenti ces
accusations."; "Washington says Iran armed the rebels. Tehran denies any role." A sentence
whose main verb is one of denial (the ``denial`` list of the ``modality`` section of
``newsgraph/lang/<code>/events.json``), not negated, with a subject that names an actor,
makes denied each asserted event of the sentence just before it that another side reports
(its ``reported_by``) as done by the denier's side (:func:`~.participants.party`). Acts of
other sides stay as told ("Russia struck Kyiv. Ukraine denied …"), as do acts the story
states itself ("Farmers said militiamen burned the granary. The militia denied any
raid.": no actor reports it) and those after a negated denial ("n'a pas démenti").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ..article import Event
from .parse import Token
from .participants import ActorIndex, party
from .syntax import Tree

#: A sentence of the parse (spacy.tokens.Span: spaCy ships no type information).
Sentence = Any

#: A trigger with what it was decided to be (``(Candidate, Decision)`` in :mod:`.decide`).
Chosen = TypeVar("Chosen", bound=tuple[Any, Any])


def disclaim(
    tree: Tree, index: ActorIndex, sentences: Iterable[Sentence], events: Sequence[Event]
) -> None:
    """Make denied the asserted events of the sentence before each sentence of denial that
    another side reports as done by the denier's side (see the module)."""
    before: Sentence | None = None
    for sentence in sentences:
        sides = _deniers(tree, index, sentence)
        if sides and before is not None:
            for event in _told_in(events, before):
                if event.modality == "asserted" and _alleged(index, event, sides):
                    event.modality = "denied"
        before = sentence


def _deniers(tree: Tree, index: ActorIndex, sentence: Sentence) -> set[str]:
    """The sides (:func:`~.participants.party`) that the main verb of a sentence says deny
    something: "Erevan a démenti tout tir sur le village" gives {"ARM"}; none when the verb is
    no denial, is negated ("n'a pas démenti") or its subject names no actor."""
    root = sentence.root
    cues = tree.lexicon.cues
    if root.lemma_.lower() not in cues.denial or not tree.verbal(root):
        return set()
    if _negated(tree, root):
        return set()
    subjects = [c for c in root.children if c.dep_ in tree.syntax.subject]
    return {
        party(actor)
        for subject in subjects
        for actor in index.actors_in(subject.left_edge.idx, _end(subject.right_edge))
    }


def _negated(tree: Tree, verb: Token) -> bool:
    """Whether a verb carries a negation ("n'a pas démenti", "did not deny")."""
    negation = tree.lexicon.cues.negation
    return any(c.lower_ in negation or c.dep_ in tree.syntax.negation for c in verb.children)


def _end(token: Token) -> int:
    """The character offset right after ``token`` ("Erevan" at 0 ends at 6)."""
    return int(token.idx) + len(token.text)


def _told_in(events: Sequence[Event], sentence: Sentence) -> list[Event]:
    """The body events stated in a sentence."""
    start = sentence.start_char
    return [
        e
        for e in events
        if e.part == "body" and e.sentence is not None and e.sentence.start == start
    ]


def _alleged(index: ActorIndex, event: Event, sides: set[str]) -> bool:
    """Whether an event is told by another side (its ``reported_by``: "selon le ministère
    arménien", "ils estimaient que") as done by one of ``sides``: an allegation, not an
    act the story states itself ("Farmers said militiamen burned the granary", the
    farmers no actor; "le Mali a sommé trois diplomates de partir")."""
    reporter = index.by_id.get(event.reported_by or "")
    if reporter is None or party(reporter) in sides:
        return False
    return any(i in index.by_id and party(index.by_id[i]) in sides for i in event.source)


def without_wrapping_denials(tree: Tree, chosen: list[Chosen]) -> list[Chosen]:
    """Drop the refusal of a denial verb whose resumptive object takes up an act the same
    sentence codes as denied: « Vedran accuse la Norlandie d'avoir armé les rebelles, ce que
    Norlande dément », "Vedran says Norland arms the rebels, which Norland denies" state the
    arming, denied (GOLD.md), and no REJECT beside it. ``chosen`` pairs each trigger with its
    decision; the denial is a ``fallback`` sense (it stands only when it wraps no act). A
    denial whose object is no resumptive pronoun (« a démenti ces accusations ») stays, as
    does one after no denied act ("…, which Tyrol denies" after a mere statement)."""
    resumptive = tree.lexicon.cues.resumptive
    objects = tree.syntax.object

    def wraps(candidate: Any) -> bool:
        token = candidate.token
        if candidate.noun or not candidate.sense.fallback:
            return False
        if not any(c.lower_ in resumptive for c in tree.children(token, objects)):
            return False
        return any(
            decision.modality == "denied" and other.token.i < token.i for other, decision in chosen
        )

    return [pair for pair in chosen if not wraps(pair[0])]
