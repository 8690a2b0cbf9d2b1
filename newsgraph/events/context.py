"""The sides of an event the sentence does not name, taken from the context.

:class:`ContextSides` is the part of :class:`~.decide.SentenceCoder` that fills them in, in
order of trust (:meth:`ContextSides._fill_sides`): a subject named by what it is ("la
police", "the bloc", :mod:`.unnamed`), the actor a pronoun subject takes up (:mod:`.anaphora`), the
authorities of the place for arrests, the actor named before, the other party named nearest,
the article's other main party, the last two parties for talks, a sibling trigger's sides for
pronouns. A passive that names no doer takes the state of its place or its reporter first,
since the actor named before is as often the one acted on. A mutual act with one side takes
the other party named before it (:meth:`_with_partner`). Words about an act told before are
aimed at its author (:mod:`.answered`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..article import Actor
from .anaphora import antecedent
from .answered import ADDRESSED, SIDES, AnsweredSides
from .arguments import Candidate
from .crowds import PARTY_MENTIONS, POPULAR
from .disputants import MEDIATE, mediated, story_pair
from .following import AT_ORGANISATIONS, named_after
from .fronted import clause_parties
from .participants import party
from .reactions import of_itself
from .syntax import Token, morph
from .unnamed import DOMESTIC, of_state

if TYPE_CHECKING:
    from .decide import Decision

#: Sectors of a state's actors that stand against its government: what they do to no one
#: named, they do to their own government ("The opposition Conservatives criticised the
#: provisions").
OPPOSED = frozenset({"OPP"})
#: Sectors of armed groups that fight their own state when their story is its civil war: what
#: they do to no one named, they do to their government ("M23 fighters attacked its positions",
#: "the RSF blamed army air strikes"), unless another state is a party to the story (Hezbollah
#: and Israel, the Houthis and the United States).
INSURGENT = frozenset({"REB"})
#: Acts of moving one's own forces (deploying, stationing, withdrawing troops): a passive or a
#: participle on a noun that names no doer names the forces moved, whose state did it
#: ("quelque 1 500 soldats russes stationnés en Transnistrie", "US troops were deployed").
FORCES = frozenset({"MOBILIZE", "RETREAT"})
#: Shows of force (deployments, drills, missile launches) are aimed at a state: with no state
#: named near them, the article's other main state, not an organisation named nearby, which
#: discusses, hosts or escorts them ("The Security Council will discuss North Korea's recent
#: missile launches" are aimed at South Korea and the United States, not at the Council).
AT_STATES = frozenset({"MOBILIZE"})
#: The least share of the speaker's own state's mentions that the article's other party must
#: have: in an article about Bolivia's politics, the United States named three times is no
#: party to Bolivian words addressed to no one named (measured on the dev sets).
SHARE = 0.25


@dataclass
class ContextSides(AnsweredSides):
    """The context fallbacks for the sides of one sentence's triggers (the base of
    :class:`~.decide.SentenceCoder`)."""

    #: Triggers being decided, so that siblings do not ask each other in turn.
    _deciding: set[int] = field(default_factory=set)

    def decide(self, candidate: Candidate, complete: bool = True) -> Decision | None:
        raise NotImplementedError  # SentenceCoder decides

    @contextmanager
    def _asking(self, candidate: Candidate) -> Iterator[bool]:
        """Marks ``candidate`` as being decided while it asks its siblings for their sides;
        gives False, and marks nothing, when it already is (a sibling asking it back)."""
        i = candidate.token.i
        if i in self._deciding:
            yield False
            return
        self._deciding.add(i)
        try:
            yield True
        finally:
            self._deciding.discard(i)

    def _in_passing(self, candidate: Candidate) -> bool:
        """Whether the trigger is a past participle on a noun ("des soldats capturés par la
        Russie", "a ship hit by Houthi missiles"): an act told in passing, whose sides are
        the ones the phrase names (the authorities aside, for arrests), never the context's."""
        return not candidate.noun and self.coder.tree.participle(candidate.token)

    def _agentless(self, candidate: Candidate) -> bool:
        """Whether the trigger is a passive verb that names no doer ("a été placé en garde
        à vue", "were summoned"): who did it is a guess from the context."""
        tree, token = self.coder.tree, candidate.token
        return not candidate.noun and tree.passive(token) and tree.agent(token) is None

    def _says(self, candidate: Candidate) -> bool:
        """Whether the trigger introduces a clause ("a averti que …"): what it is about is in
        the clause, not to be guessed from the context."""
        tree = self.coder.tree
        return bool(tree.children(candidate.token, tree.syntax.clausal))

    def _fill_sides(
        self, candidate: Candidate, chain: list[Token], source: list[Actor], target: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """The sides the sentence does not name, from the context, in order of trust: a
        subject named by what it is (:meth:`_unnamed`), the antecedent of a pronoun subject
        (:meth:`_anaphor`), the authorities of the place (arrests), for a passive naming no
        doer the state of its place or its reporter (:meth:`_passive_source`), the actor named
        before (a lost subject), the other party named nearest (a lost object), the article's
        other main party (words addressed to no one named), the last two parties (talks), a
        sibling trigger's sides (pronouns)."""
        sense = candidate.sense
        if not source and sense.type in POPULAR:
            source = self._crowd(candidate, chain)
        if not (source or candidate.target) and sense.type in POPULAR and sense.self_target:
            home = self._home_crowd(candidate)
            if home and {party(a) for a in target} <= {party(home[0])}:
                source, target = home, target or home
        if not source:
            source = self._unnamed(candidate, chain)
        if not source:
            source = self._anaphor(candidate)
        if not source and sense.type in DOMESTIC:
            source = self._authority(candidate, chain)
            if source and not target:
                target = source
        if not source and sense.type in FORCES:
            source = self._forces(candidate, target)
        if self._in_passing(candidate):
            return source, target
        if candidate.target and not source:
            if self._agentless(candidate):
                source = self._passive_source(candidate, chain, target)
                source = source or self._context_source(candidate, target)
            else:
                source = self._context_source(candidate, target)
        if sense.type in ADDRESSED and not sense.reciprocal and of_itself(source, target, SIDES):
            target = self._act_author(candidate) or self.discourse.reply_to(source) or target
        if source and not target:
            target = self._context_target(candidate, source)
        if source and not target and sense.type in ADDRESSED:
            others = frozenset(party(a) for a in source)
            target = self.arguments.index.salient(others, PARTY_MENTIONS, SHARE)
        if source and not target:
            target = self._home_target(candidate, source)
        if sense.reciprocal and not (source or target) and candidate.noun:
            source = target = clause_parties(self.coder.tree, self.arguments.actors, candidate)
        if sense.reciprocal and not (source or target):
            source = target = self._context_pair(candidate)
        if not source and not candidate.target and self._pronouns(candidate):
            source, target = self._sibling_sides(candidate)
        return source, target

    def _forces(self, candidate: Candidate, target: list[Actor]) -> list[Actor]:
        """Whose forces a passive or a participle on a noun moves, when it names no doer
        (:data:`FORCES`): the actor the moved forces' phrase names, up to the participle
        ("soldats russes stationnés en Transnistrie" is Russia), other than the target."""
        tree, token = self.coder.tree, candidate.token
        if candidate.noun or tree.agent(token) is not None:
            return []
        if tree.participle(token):
            noun, end = token.head, token.idx
        elif tree.passive(token):
            subjects = tree.children(token, tree.syntax.passive_subject)
            if not subjects:
                return []
            noun, end = subjects[0], tree.phrase(subjects[0])[1]
        else:
            return []
        found = self.arguments.best(noun, tree.phrase(noun)[0], end)
        side = self.arguments.index.side(found) if found is not None else None
        if side is None or party(side) in {party(a) for a in target}:
            return []
        return [side]

    def _context_source(self, candidate: Candidate, target: list[Actor]) -> list[Actor]:
        """Who did it when no phrase says: an actor named earlier in the sentence, else none
        ("Attacks against KFOR troops …"): the source of the last event was the doer of only
        a third of such events on the dev sets."""
        exclude = frozenset(party(a) for a in target)
        index = self.arguments.index
        if candidate.sense.type in POPULAR:
            return self._populace_source(candidate, exclude)
        return index.recent(candidate.token.idx, 1, exclude, self.span[0])

    def _passive_source(
        self, candidate: Candidate, chain: list[Token], target: list[Actor]
    ) -> list[Actor]:
        """Who did what a passive names no doer for ("were summoned in Tehran"): the state
        of the place it happened in, else whoever reports it, before the actor named before,
        which is as often the one acted on."""
        place = self.places.find(self.coder.tree, chain, candidate.spans, set(self.candidates))
        countries = [place.country] if place is not None and place.country else []
        countries += [a.country for a in self.reporter.actors(candidate.token) if a.country]
        exclude = {party(a) for a in target}
        index = self.arguments.index
        for country in countries:
            state = index.of_country(country)
            if state is not None and party(state) not in exclude:
                return [state]
        return []

    def _context_target(self, candidate: Candidate, source: list[Actor]) -> list[Actor]:
        """Whom it was done to when no phrase says: the party a verb's own complement names
        after it, else the other party named nearest before the trigger, in its sentence or
        the one before, a state first (:meth:`_nearest_other`); for a mediation, the story's
        pair (:func:`.disputants.mediated`)."""
        if self._says(candidate):
            return []
        if candidate.sense.cameo == MEDIATE:
            return mediated(self.arguments.index, source)
        return self._nearest_other(candidate, frozenset(party(a) for a in source))

    def _nearest_other(self, candidate: Candidate, exclude: frozenset[str]) -> list[Actor]:
        """The party a verb's complement names after it (:func:`.following.named_after`),
        else the party named nearest before a verb that names no target, in its sentence or
        the one before (:meth:`_earlier_state`), outside ``exclude``: a state before an
        international organisation, more often the venue or background of the words ("Moscow
        dismissed the accusations" after "… NATO summit"), unless the act is one aimed at
        organisations (:data:`AT_ORGANISATIONS`); a show of force with no state near it
        goes to the article's other main state (:data:`AT_STATES`)."""
        index, before, since = self.arguments.index, candidate.token.idx, self.discourse.previous
        exclude_after = exclude | {party(a) for a in self.reporter.actors(candidate.token)}
        ahead = named_after(self.coder.tree, index, candidate, exclude_after, of_state)
        if ahead:
            return ahead
        if candidate.sense.type not in AT_ORGANISATIONS:
            states = index.recent(before, 1, exclude, self.span[0], wanted=of_state)
            states = states or self._earlier_state(before, exclude)
            if states:
                return states
        if candidate.sense.type in AT_STATES:
            return index.salient(exclude, PARTY_MENTIONS)
        return index.recent(before, 1, exclude, since)

    def _earlier_state(self, before: int, exclude: frozenset[str]) -> list[Actor]:
        """The other state for a trigger whose sentence names none before it, when the one
        before does: the article's main other state (:data:`PARTY_MENTIONS`), not the last
        named, as often background ("The EU condemned the campaign" after a sentence on
        Czech elections is aimed at Russia, the story's other party; dev sets)."""
        index = self.arguments.index
        last = index.recent(before, 1, exclude, self.discourse.previous, wanted=of_state)
        return (index.salient(exclude, PARTY_MENTIONS) or last) if last else []

    def _own_government(self, source: list[Actor]) -> list[Actor]:
        """The government an opposition acts against when its sentence names no other party
        ("Opposition parties called for the centres to be closed"): its own state, before
        whoever last acted on the opposition (measured on the dev sets: an opposition answers
        its government more often than a foreign accuser). So too for rebels in a story of
        their state's civil war, one no other state is named in half as often
        (:data:`INSURGENT`)."""
        if not source or any(a.sector not in OPPOSED | INSURGENT or not a.country for a in source):
            return []
        country = source[0].country or ""
        if any(a.sector in INSURGENT for a in source) and not self._one_state(
            country, PARTY_MENTIONS
        ):
            return []
        state = self.arguments.index.of_country(country)
        return [state] if state is not None and state.kind == "country" else []

    def _anaphor(self, candidate: Candidate) -> list[Actor]:
        """The actor a pronoun subject takes up (:func:`.anaphora.antecedent`): "Elle a
        averti Kyiv" after "La Russie a démenti" is Russia, and so is the doer of a noun
        event its verb states (« Elle a annoncé des sanctions », :meth:`_doer_word`). Not
        when the sentence codes another act of the same type with its sides: the pronoun's
        act goes with that one (:meth:`_sibling_sides`, "de fournir à la Russie des armes
        en plus de l'artillerie qu'elle lui a déjà fournie"), not with a subject further
        back."""
        subject = self._doer_word(candidate)
        if subject is None or subject.pos_ != "PRON" or self._sibling_sides(candidate)[0]:
            return []
        tree, code = self.coder.tree, self.coder.lexicon.code
        return antecedent(tree, self.arguments, self.article, code, subject)

    def _pronouns(self, candidate: Candidate) -> bool:
        """Whether the trigger's subject is a pronoun ("qu'elle lui a fournie")."""
        subject = self.coder.tree.subject(candidate.token)
        return subject is not None and subject.pos_ == "PRON"

    def _sibling_sides(self, candidate: Candidate) -> tuple[list[Actor], list[Actor]]:
        """The sides of another trigger of the same type in the sentence, for one whose
        sides are only pronouns ("de fournir à la Russie des armes en plus de l'artillerie
        qu'elle lui a déjà fournie")."""
        with self._asking(candidate) as free:
            if not free:
                return [], []
            for other in self.candidates.values():
                if other is candidate or other.sense.type != candidate.sense.type:
                    continue
                if other.token.i in self._deciding:
                    continue
                decision = self.decide(other)
                if decision is not None:
                    return decision.source, decision.target
        return [], []

    def _context_pair(self, candidate: Candidate) -> list[Actor]:
        """Who met or agreed when no phrase says ("after three days of talks"): the last two
        parties named, in the sentence or the one before, else, for a noun ("the talks"), the
        story's pair (:func:`.disputants.story_pair`)."""
        index = self.arguments.index
        pair = index.recent(candidate.token.idx, 2, frozenset(), self.discourse.previous)
        if len(pair) == 2:
            return pair
        return story_pair(index, self.discourse, candidate.sense.type) if candidate.noun else []

    def _alone(self, source: list[Actor], target: list[Actor]) -> bool:
        """Whether a mutual act has one side only ("Lavrov described the conversation",
        "the Security Council discussed the dispute"): one actor, or one party that is not two
        sectors of a state (the opposition and the government)."""
        sides = source + target
        if len({party(a) for a in sides}) != 1:
            return False
        return len({a.id for a in sides}) == 1 or not any(a.sector in SIDES for a in sides)

    def _members(self, candidate: Candidate) -> bool:
        """Whether the one side of a mutual act is named by a plural ("Sudan's warring
        parties resumed talks", "EU leaders discussed"): its members or factions act
        together, no other party is needed."""
        doc = candidate.token.doc
        return any(
            doc[i].pos_ == "NOUN" and morph(doc[i], "Number") == "Plur" for i in candidate.used
        )

    def _with_partner(self, candidate: Candidate, alone: list[Actor]) -> list[Actor]:
        """A mutual act's one side and the other party named nearest before it, in its
        sentence or the one before ("Le Guyana a saisi la Cour … Le Conseil de sécurité doit
        se réunir"); none when no other party is named: talks with no one are no event."""
        exclude = frozenset(party(a) for a in alone)
        index = self.arguments.index
        other = index.recent(candidate.token.idx, 1, exclude, self.discourse.previous)
        return alone + other if other else []
