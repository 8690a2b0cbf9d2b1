"""Whom an event is aimed at when its sentence names no target: the choice among guesses.

:class:`TargetSides` is the part of :class:`~.decide.SentenceCoder` that picks a trigger's
target before the context fallbacks of :mod:`.context`: what the verb's complement states
("a refusé de fournir des armes à X" is a refusal to X), the author of an act named again
("Paris a condamné une attaque"), the source itself for acts on one's own people, the
opposition's own government, a state's body addressed by what it is, the author of a body's
decision, whoever last acted on the source when it is named in the trigger's sentence or the
one before (else the story's main other state), else the other party named nearest. A warning
that names no one and tells another party's act is no threat of the speaker (``_forewarns``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Actor
from .answered import ADDRESSED
from .arguments import Candidate
from .context import ContextSides
from .crowds import PARTY_MENTIONS
from .discourse import Act
from .participants import party
from .reactions import body_author
from .syntax import UNLABELLED, Token
from .takenup import acts_before, joined, judges_taken_up, pronoun_object, taken_up
from .unnamed import DOMESTIC

#: Acts a state may do to its own people or on its own soil (a crackdown, a protest, a pardon,
#: troops pulled back from the capital's square…).
DOMESTIC_OK = frozenset(
    {"COERCE", "PROTEST", "ASSAULT", "MOBILIZE", "RETREAT", "CONCEDE", "SANCTION"}
)


@dataclass
class TargetSides(ContextSides):
    """The choice of a trigger's target the sentence does not name (the base of
    :class:`~.decide.SentenceCoder`)."""

    def _target(self, candidate: Candidate) -> list[Actor]:
        """The target found, else the embedded event's, the source itself (a protest at
        home), else (for verbs, and nouns marked ``reply``) whoever last acted on the source or
        the last other party named: "Pékin a rejeté ces accusations" answers its accuser."""
        sense, source = candidate.sense, candidate.source
        target = candidate.target
        if self._in_passing(candidate):
            return target
        if not target and judges_taken_up(self.coder.tree, candidate):
            target = self._taken_up(candidate)
        if not target and not candidate.noun:
            target = self._embedded_target(candidate)
        if not target and not candidate.noun:
            target = self._act_author(candidate)
        if not target and (sense.self_target or self._on_populace(candidate)):
            target = source
        if not target and not source and sense.type in DOMESTIC:
            target = self._own_people(candidate)
        if not target and (sense.reply or not candidate.noun):
            target = self._own_government(source)
        if not target and sense.type in ADDRESSED and self._to_state_body(candidate):
            target = self._authority(candidate, self.coder.tree.chain(candidate.token))
        if not target and (sense.reply or not candidate.noun):
            exclude = frozenset(party(a) for a in source)
            tree, lexicon, index = self.coder.tree, self.coder.lexicon, self.arguments.index
            target = [] if candidate.noun else body_author(tree, lexicon, index, candidate, exclude)
            target = target or self._reply(candidate, source, exclude)
            target = target or self._nearest_other(candidate, exclude)
        return target

    def _reply(
        self, candidate: Candidate, source: list[Actor], exclude: frozenset[str]
    ) -> list[Actor]:
        """Whoever last acted on the source (:meth:`.Discourse.reply_to`): when not named in
        the trigger's sentence or the one before, the article's main other state if it has
        one, the story's other party, before an act told further back."""
        replied = self.discourse.reply_to(source)
        if not replied:
            return []
        index = self.arguments.index
        near = index.overlapping(self.discourse.previous, candidate.token.idx)
        if any(index.side(m.actor) in replied for m in near):
            return replied
        return index.salient(exclude, PARTY_MENTIONS) or replied

    def _taken_up(self, candidate: Candidate) -> list[Actor]:
        """Whom a judgement of an act taken up by a pronoun or a noun of acts is aimed at
        ("when our parliament ratified the Rome Statute, the Kremlin called it an incorrect
        decision" blames Armenia): :func:`.takenup.taken_up` over the triggers before it in
        its sentence, then, for a pronoun ("Russia called it a grave mistake"), the story's last
        event, for a noun of acts the story's first judgement by another party
        (:func:`.takenup.joined`)."""
        with self._asking(candidate) as free:
            if not free:
                return []
            before = acts_before(self.candidates.values(), candidate, self._decided_act)
        last = self.discourse.last_event
        if pronoun_object(self.coder.tree, candidate.token) is None:
            judged = self.discourse.acts.get(candidate.sense.type, [])
            return taken_up(candidate.source, before) or joined(candidate.source, judged)
        if last is None:
            return taken_up(candidate.source, before)
        return taken_up(candidate.source, [*before, last])

    def _decided_act(self, other: Candidate) -> Act | None:
        """The type and sides another trigger of the sentence is coded with, or None (no
        event, or one being decided)."""
        if other.token.i in self._deciding:
            return None
        decision = self.decide(other)
        return (decision.type, decision.source, decision.target) if decision else None

    def _to_state_body(self, candidate: Candidate) -> bool:
        """Whether words are addressed to a state's body named by what it is, of no state
        named ("ordered the troops back to their barracks", "a exhorté le gouvernement
        fédéral à lever le blocus"): the state of the place, the reporter's or the article's
        (:meth:`~.unnamed.UnnamedSides._authority`)."""
        tree, token = self.coder.tree, candidate.token
        if candidate.noun:
            return False
        bodies = self.coder.lexicon.state_bodies
        return any(
            o.lemma_.lower() in bodies and not self.arguments.index.overlapping(*tree.phrase(o))
            for o in tree.children(token, tree.syntax.object)
        )

    def _on_populace(self, candidate: Candidate) -> bool:
        """Whether a verb acts on people it names by what they are, not by their state ("a
        exhorté les jeunes à lever les barrages", "detained 16 students"): its own."""
        tree, token = self.coder.tree, candidate.token
        if candidate.noun or candidate.sense.type not in DOMESTIC_OK | {"REQUEST", "THREATEN"}:
            return False
        labels = tree.syntax.passive_subject if tree.passive(token) else tree.syntax.object
        populace = self.coder.lexicon.populace
        return any(
            o.lemma_.lower() in populace
            and not any(p in self.coder.lexicon.genitive_preps for p, _ in tree.prepositional(o))
            for o in tree.children(token, labels)
        )  # "les habitants des villages frontaliers" may be the other side's

    def _own_people(self, candidate: Candidate) -> list[Actor]:
        """Whom a state's body named by what it is arrests when the text names no actor
        ("La police a arrêté plusieurs dizaines de suspects", "Riot police blocked them"):
        people in that state's hands, so the state itself, not the last foreign party named;
        so too for a noun its verb states (« la police a fait usage de gaz lacrymogène »)."""
        if not candidate.noun and self.coder.tree.passive(candidate.token):
            return []
        return self._unnamed(candidate, self.coder.tree.chain(candidate.token))

    def _embedded(self, candidate: Candidate) -> list[Candidate]:
        """The triggers in the complement of ``candidate`` ("a nié [avoir fourni…]")."""
        tree, token = self.coder.tree, candidate.token
        found = []
        for other in self.candidates.values():
            if other is not candidate:
                chain = tree.chain(other.token)
                if token in chain[1:] or tree.governor(chain[-1]) == token:
                    found.append(other)
        return found

    def _embedded_target(self, candidate: Candidate) -> list[Actor]:
        """The target of what a verb's complement states ("a refusé de fournir des armes à
        X" is a refusal to X), else an actor named in that complement."""
        for other in self._embedded(candidate):
            found = [a for a in other.target if a not in candidate.source]
            if found:
                return found
        mine = {party(a) for a in candidate.source}
        tree = self.coder.tree
        for child in self._complements(candidate.token):
            start, end = tree.outer_span(child)
            for actor in self.arguments.index.actors_in(start, end):
                if party(actor) not in mine:
                    return [actor]
        return []

    def _forewarns(self, candidate: Candidate, source: list[Actor]) -> bool:
        """Whether a threat verb that names no one warned tells of another party's act in its
        clause ("She warned Russia would try to interfere in the elections", "a averti que
        Moscou chercherait à déstabiliser le pays"): the warning is about a third party, not a
        threat of the speaker's; the act is coded as its own trigger says. A clause of the
        speaker's own act ("a averti que Pékin prendrait des mesures") is its threat."""
        if candidate.noun or candidate.sense.type != "THREATEN" or candidate.target:
            return False
        mine = {party(a) for a in source}
        return any(
            other.source and not {party(a) for a in other.source} & mine
            for other in self._embedded(candidate)
        )

    def _complements(self, token: Token) -> list[Token]:
        """A verb's complement clauses, and a finite clause introduced by a conjunction
        that the parser left unlabelled (UD "dep": "a exigé que Bakou garantisse un accès")."""
        tree = self.coder.tree
        syntax = tree.syntax
        found = tree.children(token, syntax.complement | syntax.clausal)
        return found + [
            child
            for child in token.children
            if child.dep_ == UNLABELLED
            and tree.verbal(child)
            and any(m.dep_ in syntax.mark and m.pos_ == "SCONJ" for m in child.children)
        ]
