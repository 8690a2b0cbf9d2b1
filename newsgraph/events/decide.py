"""From the resolved triggers of one sentence to events.

:class:`SentenceCoder` decides, for each trigger, whether it is an event of its own (not the
content of an accusation, not a noun its verb already states, not a denial that only wraps
the denied act), fills in missing sides from the context (:mod:`.context`), reads the
modality, and builds the :class:`~newsgraph.article.Event` with its place, date, reporter and
CAMEO scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import cast

from ..article import Actor, Event, Modality, Span
from .answered import ADDRESSED, SIDES
from .arguments import Candidate
from .dating import event_day
from .dating_back import remember
from .dating_context import INCIDENTS
from .declared import declared
from .disclaimed import without_wrapping_denials
from .disowned import disowned
from .endangered import endangered
from .forceful import threatens_force
from .governed import stopped, taken_up
from .headline import subheading
from .helped import unhelped
from .lexicon import Sense
from .participants import army_and_rest, party
from .plans import done_and_planned
from .presupposed import presupposed
from .purpose import without_purposes
from .reactions import judged_author, organisation
from .reading import UNDONE, Reading
from .requested import requested
from .stances import named_only, refused, resolve_only, undone
from .syntax import Token, Tree, dependent_words
from .targets import DOMESTIC_OK, TargetSides
from .threats import conditioned, menaces
from .timing import Moment
from .tolled import toll_of
from .unmet import unmet

#: Types a refusal turns into REJECT: "would not accept", "ne signerait aucun document".
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
#: Acts done with goods or forces: announcing or authorising one tells of it to come ("a annoncé
#: la vente de missiles", "authorised the deployment of a force"), where announcing a decision
#: (tariffs, a withdrawal from a body, arrest warrants) makes it.
MATERIAL = frozenset({"AID", "MOBILIZE"})
#: Material acts whose announcement by the giver is a pledge to the receiver, an AGREE of its
#: own ("a annoncé une aide de 50 millions au Liban"); announcing a deployment is no pledge.
PLEDGED = frozenset({"AID"})


@dataclass(slots=True)
class Decision:
    """What a trigger is coded as."""

    type: str
    modality: str
    source: list[Actor]
    target: list[Actor]
    reading: Reading
    chain: list[Token]
    #: Whether later sentences may draw on its sides (:meth:`.discourse.Discourse.record`):
    #: not when the doer of an agentless passive was guessed from the context.
    remembered: bool = True


@dataclass
class SentenceCoder(TargetSides):
    """The events of one sentence, its triggers resolved."""

    #: Whether this is the first sentence of the body.
    lead: bool = False
    _dates: dict[bool | None, list[Moment]] = field(default_factory=dict)
    #: What each anaphoric expression of the sentence counted from, by its start and tense.
    _counted: dict[tuple[int, bool | None], str | None] = field(default_factory=dict)

    def events(self) -> list[Event]:
        """The sentence's events, one per type and sides: when it states the same event as
        possible and as done ("de fournir … en plus de l'artillerie qu'elle a déjà
        fournie"), the one done. Events are built (and remembered by the discourse) only
        for the decisions kept. A subheading states none (:func:`.headline.subheading`)."""
        if subheading(self.article, self.span[0]):
            return []
        kept: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[Candidate, Decision]] = {}
        implied: list[tuple[Candidate, Decision]] = []
        acts: list[tuple[Candidate, Decision]] = []  # more acts of one type and sides
        for candidate in self.candidates.values():
            decision = self.decide(candidate)
            if decision is None:
                continue
            implied += [(candidate, d) for d in self._implied(candidate, decision)]
            pledges = _pledge(decision)
            if pledges and self._announced_by_giver(candidate, decision):
                implied += [(candidate, d) for d in pledges]
            implied += [(candidate, d) for d in self._threat(candidate, decision)]
            key = _key(decision)
            known = kept.get(key)
            if known is not None and (
                two_acts(self.coder.tree, known[0], candidate)
                or done_and_planned(known[0], known[1].modality, candidate, decision.modality)
            ):
                acts.append((candidate, decision))  # "suspended the treaty and expelled …"
            elif known is None or (
                known[1].modality != "asserted" and decision.modality == "asserted"
            ):
                kept[key] = (candidate, decision)
        for candidate, decision in implied:
            kept.setdefault(_key(decision), (candidate, decision))  # a trigger of its own wins
        chosen = sorted([*kept.values(), *acts], key=lambda pair: pair[0].token.i)
        chosen = [
            (candidate, decision)
            for candidate, decision in chosen
            if not resolve_only(decision.modality, decision.reading.flags)
        ]  # before purposes: a visit dropped here takes no meeting with it
        chosen = without_purposes(self.coder.tree, chosen)
        chosen = without_wrapping_denials(self.coder.tree, chosen)
        return [self.event(candidate, decision) for candidate, decision in chosen]

    def _implied(self, candidate: Candidate, decision: Decision) -> list[Decision]:
        """The events a trigger states too (a promise of weapons is the AID to come, a threat
        of force the ASSAULT it holds out), with its sides, when it is coded as its own sense
        and asserted."""
        sense = candidate.sense
        if decision.type != sense.type or decision.modality != "asserted":
            return []
        words = dependent_words(candidate.token)
        implied = [
            replace(decision, type=implied.type, modality=implied.modality)
            for implied in sense.implies
            if implied.with_words & words
        ]
        if decision.type == "THREATEN" and threatens_force(self.coder.tree, candidate.token):
            implied.append(replace(decision, type="ASSAULT", modality="hypothetical"))  # .forceful
        return implied

    def _threat(self, candidate: Candidate, decision: Decision) -> list[Decision]:
        """The threat a side makes in saying it could commit a hostile act ("Israël ferait
        payer le prix à l'Iran", "Japan said it could impose new sanctions", see
        :mod:`.threats`), or says it will commit under a condition ("nous attaquerons si le
        Hezbollah viole l'accord"): asserted, from the same sides, beside the act, which
        keeps its own modality. Not an act held possible through an adjective of likelihood
        ("the Kremlin said Russia was unlikely to strike Kyiv", « il est peu probable que la
        Russie frappe »): a forecast, even from the act's own side."""
        under_condition = (
            decision.modality == "future"  # the only modality a condition turns into a threat
            and not candidate.noun
            and conditioned(self.coder.tree, candidate.token)
        )
        if not menaces(decision.type, decision.modality, under_condition):
            return []
        if decision.reading.reporter is None:
            return []  # a possibility the article weighs, no one's warning
        if "likely" in decision.reading.flags:
            return []  # "said Russia was unlikely to strike Kyiv": a forecast, no warning
        speakers = self.reporter.actors(candidate.token, decision.reading)
        if not speakers or party(speakers[0]) not in {party(a) for a in decision.source}:
            return []
        return [replace(decision, type="THREATEN", modality="asserted")]

    # -- deciding --------------------------------------------------------------------------

    def decide(self, candidate: Candidate, complete: bool = True) -> Decision | None:
        """The event a trigger states, or None. ``complete`` requires a source and a
        target; without it, the type is decided for whatever arguments were found."""
        tree, sense = self.coder.tree, candidate.sense
        chain = tree.chain(candidate.token)
        reading = self.coder.reader.read(candidate.token, chain)
        if complete and ("absorbed" in reading.flags or self._consumed(candidate)):
            return None
        if complete and self._tolled(candidate):
            return None  # "shelled the district, killing two people" (.tolled)
        if complete and requested(tree, chain, sense.type):
            return None  # "a appelé l'Iran à cesser son escalade et à conclure l'accord"
        if complete and named_only(tree, candidate):
            return None  # "extends to armed attacks", "without agreement" (.stances)
        if complete and endangered(tree, self.arguments.index, candidate):
            return None  # "si les Serbes du Kosovo étaient menacés" (.endangered)
        if complete and sense.fallback and any(o.source for o in self._embedded(candidate)):
            return None
        if complete and unhelped(tree, self.arguments.index, candidate):
            return None  # "stood ready to help end the quarrel" (.helped)
        sides = self.arguments.index.sides
        source, target = sides(candidate.source), sides(self._target(candidate))
        if complete:
            source, target = self._fill_sides(candidate, chain, source, target)
            target = judged_author(tree, self.candidates, self.discourse, candidate, source, target)
            if not (source and target) or self._forewarns(candidate, source):
                return None
            if sense.reciprocal and self._alone(source, target) and not self._members(candidate):
                source = target = self._with_partner(candidate, source)
                if not source:
                    return None
        if (
            complete
            and self._talks_to_itself(sense, source, target)
            and not self._on_populace(candidate)
            and not (sense.type in ADDRESSED and self._to_state_body(candidate))
        ):
            return None
        kind, modality = sense.type, reading.modality
        if sense.source[:1] == ("speaker",):
            modality = "asserted"  # the event is the saying itself ("elle en paiera le prix")
        if modality == "asserted" and undone(tree, kind, candidate.token):
            modality = "negated"
        if modality == "negated" and refused(tree, candidate):
            return None  # "will not accept that its border is used" (.stances)
        if modality == "negated" and unmet(tree, chain):
            return None  # "si le Hezbollah ne retirait pas ses combattants" (.unmet)
        if complete and presupposed(tree, candidate, modality):
            return None  # "constituerait une violation de l'accord" (.presupposed)
        if (
            modality == "negated"
            and kind in COOPERATIVE
            and reading.flags & {"conditional", "future", "hypothetical"}
            and not reading.flags & UNDONE  # "parted with no day fixed for the signing"
        ):
            kind, modality = "REJECT", "asserted"
            if sense.reciprocal:
                source = self.arguments.slot(candidate, "subj") or source
                target = [a for a in target if a not in source]
                target = target or self._context_target(candidate, source)
                if complete and not target:
                    return None
        elif modality == "negated" and sense.negated is not None:
            kind, modality = sense.negated, "asserted"  # not recognising is refusing
        # "we will defend our sovereignty", not "if Russia threatens Kyiv" (.declared)
        modality = declared(kind, modality, "supposed" in reading.flags)
        if modality == "asserted" and kind in MATERIAL and "announced" in reading.flags:
            modality = "future"
        if sense.igo_target is not None and sense.igo_target != any(map(organisation, target)):
            return None
        remembered = bool(candidate.source) or not self._guessed_doer(candidate)
        return Decision(kind, modality, source, target, reading, chain, remembered)

    def _guessed_doer(self, candidate: Candidate) -> bool:
        """Whether the doer of a passive verb is the context's guess: it names no doer, or
        one that is no actor ("had been targeted by the same group"), so later sentences do
        not take it for whoever acted."""
        return not candidate.noun and self.coder.tree.passive(candidate.token)

    def _talks_to_itself(self, sense: Sense, source: list[Actor], target: list[Actor]) -> bool:
        """A one-sided act of a state on itself ("Vucic a démenti toute implication de la
        Serbie"), unless it is domestic (a crackdown) or sets two of its sectors apart, its army
        among them (:func:`.participants.army_and_rest`). (Words to its own people or bodies,
        "a ordonné à l'armée de…", are let through by the caller.)"""
        if sense.reciprocal or sense.self_target or sense.type in DOMESTIC_OK:
            return False
        if {party(a) for a in source} != {party(a) for a in target}:
            return False
        apart = any(a.sector in SIDES for a in source + target)
        return not (apart or army_and_rest(source, target) or army_and_rest(target, source))

    def _consumed(self, candidate: Candidate) -> bool:
        """A noun event that a verb event of the same type states, as its object ("signer un
        accord") or, for a one-sided act, through a preposition ("NATO stands in full
        solidarity with Finland", "Iran hosted them for talks"), when that verb is coded. (A
        reciprocal verb's noun may carry the sides: "discussed with X and Y in phone calls".)
        Also a noun whatever the verb's type when its sense lists that verb among the
        governors that take it up ("a rejeté tout cessez-le-feu": :mod:`.governed`)."""
        if not candidate.noun:
            return False
        if taken_up(self.coder.tree, candidate):
            return True  # "a rejeté tout cessez-le-feu" (.governed)
        if stopped(self.coder.tree, candidate, self.coder.verb_lemma):
            return True  # "a suspendu la coopération" (.governed)
        preposition, governor = self.coder.tree.attachment(candidate.token)
        head = self.candidates.get(candidate.token.head.i)
        if preposition is not None and governor is not None:
            head = self.candidates.get(governor.i)
            if head is not None and head.sense.reciprocal:
                return False
        if head is None or head is candidate or head.noun:
            return False
        same = head.sense.type == candidate.sense.type or (
            candidate.token.lemma_.lower() in head.sense.with_words
        )
        return same and self.decide(head) is not None

    def _tolled(self, candidate: Candidate) -> bool:
        """A present participle adjunct that tells the result of a coded verb event of the
        same type ("shelled the district, killing two people"): that event (:mod:`.tolled`)."""
        if candidate.noun:
            return False
        tree = self.coder.tree
        head = toll_of(tree, tree.lexicon.cues.toll, candidate.token)
        done = self.candidates.get(head.i) if head is not None else None
        if done is None or done.noun or done.sense.type != candidate.sense.type:
            return False
        return self.decide(done) is not None

    # -- building --------------------------------------------------------------------------

    def event(self, candidate: Candidate, decision: Decision) -> Event:
        coder, sense, token = self.coder, candidate.sense, candidate.token
        text = self.article.text
        speaker = self.reporter.actors(token, decision.reading)
        if decision.modality == "negated" and disowned(
            coder.tree, decision.type, decision.reading, decision.chain, decision.source, speaker
        ):
            decision = replace(decision, modality="denied")  # « n'a jamais armé », dit Alger
        if decision.remembered:
            self.discourse.record(decision.type, decision.source, decision.target)
            if decision.modality == "asserted" and candidate.source:
                # an act done, by a doer its own sentence names, that words may be about
                self.discourse.did(decision.type, decision.source, decision.target)
        evidence = self._evidence(candidate)
        place = self.places.find(coder.tree, decision.chain, candidate.spans, set(self.candidates))
        own = decision.type == sense.type
        mode = sense.mode if own else None
        scores = coder.mapping.scores(decision.type, mode, sense.cameo if own else None)
        start, end = self.span
        return Event(
            type=decision.type,
            mode=mode,
            source=[a.id for a in decision.source],
            target=[a.id for a in decision.target],
            modality=cast(Modality, decision.modality),
            evidence=evidence,
            date=self._date(decision, evidence, token),
            place=place.name if place else None,
            coder=coder.version,
            trigger=Span(token.idx, token.idx + len(token.text), token.text),
            sentence=Span(start, end, text[start:end]),
            place_country=place.country if place else None,
            reported_by=speaker[0].id if speaker and speaker[0] not in decision.source else None,
            cameo=scores.cameo,
            quad_class=scores.quad_class,
            goldstein=scores.goldstein,
            intensity=scores.intensity,
        )

    def _announced_by_giver(self, candidate: Candidate, decision: Decision) -> bool:
        """Whether who announces a gift (the subject of the verb the trigger is object of)
        is a side of its source, so that the announcement commits it (:func:`_pledge`): not
        the receiver telling of it ("Kyiv announced a delivery of German tanks"). A subject
        that names no actor leaves the pledge to the source."""
        tree = self.coder.tree
        subject = tree.subject(candidate.token.head)
        if subject is None:
            return True
        end = subject.right_edge.idx + len(subject.right_edge.text)
        named = self.arguments.index.actors_in(subject.left_edge.idx, end)
        givers = {party(a) for a in decision.source}
        return not named or any(party(a) in givers for a in named)

    def _date(self, decision: Decision, evidence: Span, token: Token) -> str | None:
        """The event's date (see :mod:`.dating`); an incident's day is remembered for a denial
        told after it (:func:`.dating_context.from_context`), an act's day for a noun that
        points back to it (:mod:`.dating_back`)."""
        day = event_day(self, decision, evidence, token)
        remember(self, decision, day)
        told_done = decision.modality == "asserted" and decision.type in INCIDENTS
        if told_done and day is not None and len(day) == 10:  # a day, not a month or a year
            self.discourse.incident_days[decision.type] = day
        return day

    def _evidence(self, candidate: Candidate) -> Span:
        token = candidate.token
        spans = [*candidate.spans, (token.idx, token.idx + len(token.text))]
        start = max(self.span[0], min(s for s, _ in spans))
        end = min(self.span[1], max(e for _, e in spans))
        return Span(start, end, self.article.text[start:end])


def _pledge(decision: Decision) -> list[Decision]:
    """The promise an announced gift makes: a side that announces aid, a sale of weapons or
    a shipment to another (made one to come by :meth:`SentenceCoder.decide`) commits itself
    to it, an AGREE asserted from the same sides beside the AID to come ("Oskaria a annoncé
    une aide de 20 millions à la Valdie", "announced the delivery of tanks to Kyiv")."""
    if (
        decision.type not in PLEDGED
        or decision.modality != "future"
        or "announced" not in decision.reading.flags
    ):
        return []
    return [replace(decision, type="AGREE", modality="asserted")]


def _key(decision: Decision) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """An event's type and sides: one event per key in a sentence."""
    return (
        decision.type,
        tuple(sorted(a.id for a in decision.source)),
        tuple(sorted(a.id for a in decision.target)),
    )


def two_acts(tree: Tree, known: Candidate, candidate: Candidate) -> bool:
    """Whether two verbs of one type and sides are two acts: coordinated verbs ("New Delhi
    suspended the treaty and expelled Pakistani advisers", "a expulsé douze agents et
    rappelé son ambassadeur"), where a verb and its noun ("a imposé des sanctions") are one."""
    if known.noun or candidate.noun or known.token.i == candidate.token.i:
        return False
    return tree.coordinated(known.token, candidate.token)
