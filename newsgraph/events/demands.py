"""Demands said with a modal: a speaker who says another side must do something asks it.

"Blinken said Russia must withdraw its troops", « la Russie doit retirer ses troupes, a
déclaré X »: a REQUEST of the speaker to the side that must act (PLOVER REQUEST: demand,
urge), said when said, whatever becomes of the act. The words are the ``demands`` block of
``lang/<code>/events.json``:

- ``modals``: auxiliaries of obligation ("must", "should"), the modal of a verb;
- ``verbs``: forms of verbs of obligation taking the act as an infinitive complement
  ("has to", « doit »), forms since a tense may read otherwise ("had to" tells a past
  necessity, « devra » a schedule);
- ``lifted``: words on a verb of obligation that lift it ("does not have to", "has yet to":
  no obligation, or one unmet); a negated modal still forbids ("must not", « ne doit pas »);
- ``stative``: verbs that name a state or knowledge, no act ("must be", "should know");
- ``perfect``: the auxiliaries of a perfect after the modal, its epistemic reading ("Russia
  must have known" is a guess, no demand);
- ``schedule``: words of time that make the act a schedule ("next", « janvier »);
- ``sense``: the event, its source the speaker and its target the modal's subject.

The candidate is the act, keyed by the modal's position: its sense finds the speaker of the
quote or statement it stands in, and the subject of the act; a demand no side is heard
making is dropped (:func:`drop_unheard`), and the coder's rules drop one a side makes of
itself ("we must act").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lang
from .lexicon import Sense
from .participants import ActorIndex
from .phrases import Candidate
from .syntax import Token, Tree


@dataclass(frozen=True, slots=True)
class DemandWords:
    """The words of obligation of one language (see the module's doc)."""

    modals: frozenset[str]
    verbs: frozenset[str]
    lifted: frozenset[str]
    stative: frozenset[str]
    perfect: frozenset[str]
    schedule: frozenset[str]
    sense: Sense | None

    @classmethod
    def load(cls, code: str) -> DemandWords:
        block = lang.load(code, "events").get("demands", {})
        sense = block.get("sense")
        return cls(
            modals=frozenset(block.get("modals", ())),
            verbs=frozenset(block.get("verbs", ())),
            lifted=frozenset(block.get("lifted", ())),
            stative=frozenset(block.get("stative", ())),
            perfect=frozenset(block.get("perfect", ())),
            schedule=frozenset(block.get("schedule", ())),
            sense=Sense.parse(sense, f"{code}/events.json demands") if sense else None,
        )


@cache
def demand_words(code: str) -> DemandWords:
    """The words of obligation of language ``code``, read once per process."""
    return DemandWords.load(code)


def demands(
    tree: Tree, words: DemandWords, index: ActorIndex, tokens: list[Token]
) -> dict[int, Candidate]:
    """A candidate for each modal of obligation bearing on an act of an actor: "must" in
    "Russia must withdraw", « doit » in « la Russie doit retirer ses troupes »; not "the
    route must not become…", "violence must stop" (no actor must act). Each is keyed by the
    modal's position, its token the act, whose clause says who speaks ("said [that Russia
    must withdraw]") and whose subject is asked: the act may be a trigger of its own."""
    sense = words.sense
    if sense is None:
        return {}
    found = {}
    for token in tokens:
        act = obliged_act(tree, words, token)
        if act is not None and _actor_subject(tree, index, act, token):
            found[token.i] = Candidate(act, sense, False)
    return found


def drop_unheard(candidates: dict[int, Candidate], words: DemandWords, index: ActorIndex) -> None:
    """Drop the demands, their arguments resolved, that no side is heard making: the
    context may not stand in for the speaker (« L'Amérique et la Grande-Bretagne doivent se
    préparer », said by a man of no known side, is no demand of either)."""
    unheard = [
        position
        for position, candidate in candidates.items()
        if candidate.sense is words.sense and not index.sides(candidate.source)
    ]
    for position in unheard:
        del candidates[position]


def _actor_subject(tree: Tree, index: ActorIndex, act: Token, modal: Token) -> bool:
    """Whether the subject of the act stands before the modal and names an actor before its
    head word ends: "the Japanese government", "Copenhagen", not the place of a modifier after
    it ("migrants taken to a centre in Albania"); a modal before its subject makes a condition
    or a question, no demand ("Should Russia attack, Washington would respond")."""
    subject = tree.subject(act)
    if subject is None or subject.i > modal.i:
        return False
    start, _ = tree.phrase(subject)
    return bool(index.actors_in(start, subject.idx + len(subject.text)))


def obliged_act(tree: Tree, words: DemandWords, token: Token) -> Token | None:
    """The act a modal of obligation says must be done: the verb an auxiliary modal hangs on
    ("must withdraw"), or a modal verb's infinitive complement ("has to leave", "doit
    retirer"). None when it is no modal, a verb of obligation lifted ("does not have to
    leave", "has yet to leave"), or the act is a state or a perfect (:func:`_act`)."""
    if token.lower_ in words.modals and token.dep_ in tree.syntax.aux:
        act = token.head
    elif token.lower_ in words.verbs and token.pos_ in ("VERB", "AUX"):
        if any(c.lower_ in words.lifted for c in token.children):
            return None
        complements = tree.children(token, tree.syntax.complement)
        act = next((c for c in complements if c.i > token.i and c.pos_ == "VERB"), token)
        if act is token:
            return None
    else:
        return None
    return act if _act(tree, words, act, token) and not _scheduled(words, act) else None


def _scheduled(words: DemandWords, act: Token) -> bool:
    """Whether the act is given a time, the reading of a schedule: « la mission qui doit
    prendre le relais en janvier », "the talks should take place next week"; a time inside a
    clause of its own is not the act's ("must return the land it seized last year")."""
    return any(
        word.ent_type_ in ("DATE", "TIME") or word.lemma_.lower() in words.schedule
        for word in _own_words(act)
    )


def _own_words(act: Token) -> list[Token]:
    """The words of the act's dependents but for clauses, verbs or auxiliaries heading
    their own words ("the troops [that may threaten Ukraine]")."""
    found: list[Token] = []
    pending = [c for c in act.children if c.pos_ not in ("VERB", "AUX")]
    while pending:
        word = pending.pop()
        found.append(word)
        pending.extend(c for c in word.children if c.pos_ not in ("VERB", "AUX"))
    return found


def _act(tree: Tree, words: DemandWords, act: Token, modal: Token) -> bool:
    """Whether the verb after a modal is an act asked for: a verb ("withdraw", "be
    suspended") but for a state or knowledge ("must be responsible", "should know") and a
    perfect, the epistemic reading ("must have known", « doit avoir su »)."""
    if act.pos_ != "VERB" or act.lemma_.lower() in words.stative:
        return False
    syntax = tree.syntax
    tenses = [a for a in tree.children(act, syntax.aux) if a.dep_ not in syntax.passive_aux]
    return not any(a.i > modal.i and a.lemma_.lower() in words.perfect for a in tenses)
