"""The source and target of each trigger of a sentence, as actors.

A sense lists *slots* in order of preference (:class:`~.lexicon.Sense`); each slot names a
syntactic position (the subject or the agent of a passive, the object, a preposition, the
possessor or an adjective of a noun, the verb a noun event is the object of…), which gives
tokens, whose phrases give actors (:mod:`.phrases`). Reciprocal events take every participant
as source and target; when a slot finds nothing, the context may: the target of the event the
verb embeds, the country of the place an attack or an arrest happened in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from ..actors.gazetteer import key
from ..actors.index import LanguageCues
from ..article import Actor
from .aimed import aimed_objects
from .clitics import hosted_quote, incise_quote
from .coordination import SPEECH_ACTS, passive_partner, reporting_verb, warner
from .governed import stopper
from .parse import MAX_DEPTH
from .participants import ActorIndex, party
from .phrases import Candidate, PlaceParty, unique
from .prepositions import PrepositionalArguments
from .syntax import Token, Tree, morph
from .withdrawn import withdrawal, withdrawal_sides

__all__ = ["PLACE_TARGETS", "Arguments", "Candidate", "PlaceParty", "Speaker"]

#: Types whose target may be the country of the place where they happened.
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "RETREAT"})
#: Types whose verb names in an infinitive complement the act it bears on, whose target is
#: theirs: a threat, a refusal, a promise, a demand ("refused to sign a deal with X").
_ACT_COMPLEMENT = frozenset({"THREATEN", "REJECT", "AGREE", "REQUEST"})

Speaker = Callable[[Token], list[Actor]]


class Arguments(PrepositionalArguments):
    """Resolves the arguments of the candidates of one sentence."""

    def __init__(
        self,
        tree: Tree,
        index: ActorIndex,
        candidates: dict[int, Candidate],
        speaker: Speaker,
        place_party: PlaceParty | None = None,
    ) -> None:
        self.tree = tree
        self.lexicon = tree.lexicon
        self.index = index
        self.candidates = candidates
        self.speaker = speaker
        self.place_party = place_party
        #: The parties of the source being resolved, while its target is looked for.
        self._targeting: set[str] | None = None
        #: The candidate whose target is being looked for.
        self._target_of: Candidate | None = None
        syntax = tree.syntax
        self._descend = syntax.oblique | syntax.conj | syntax.prep_head | syntax.prep_object

    # -- candidates ------------------------------------------------------------------------

    def resolve(self, candidate: Candidate) -> Candidate:
        if candidate.state:
            return candidate
        candidate.state = 1
        sense = candidate.sense
        source = self._first(candidate, sense.source)
        # an official stands for the organisation they serve: "les deux parties" that EU's
        # envoy urges are not the EU
        self._targeting = {party(a) for a in source + self.index.sides(source)}
        outer, self._target_of = self._target_of, candidate
        try:
            target = self._first(candidate, sense.target)
        finally:
            self._targeting, self._target_of = None, outer
        if not (source and target):
            source, target = self._stopped_sides(candidate, source, target)
        if candidate.noun and sense.type == "RETREAT":
            source, target = self._withdrawn(candidate, source, target)
        if not target and not candidate.noun:
            target = self._object_event_target(candidate, {party(a) for a in source})
        if sense.reply and not candidate.noun and not [a for a in target if a not in source]:
            target = self._statement_author(candidate, {party(a) for a in source}) or target
        if candidate.noun and not [a for a in target if a not in source]:
            target = self._aimed_target(candidate, {party(a) for a in source}) or target
        if sense.type in PLACE_TARGETS and not [a for a in target if a not in source]:
            # "le retrait des militaires américains": the genitive is the doer, not the target
            target = self._place_target(candidate, {party(a) for a in source}) or target
        if not candidate.noun and self._mutual(candidate):
            source = target = unique(source + target)
            candidate.sense = replace(sense, reciprocal=True)  # one side: its partner is found
        elif sense.reciprocal:
            partners = [a for p in self.lexicon.partner_preps for a in self._prep(candidate, p)]
            source = target = unique(source + target + partners)
        else:
            target = [a for a in target if a not in source] or (
                target if sense.target and sense.target[0] == "subj" else []
            )
        if sense.inverse and not self._convenes(candidate):
            source, target = target, source
        candidate.source, candidate.target = source, target
        candidate.state = 2
        return candidate

    def _stopped_sides(
        self, candidate: Candidate, source: list[Actor], target: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """The sides a word of stopping lacks, taken from the tie, measure or help it stops
        (:func:`.governed.stopper`), whose own phrase names them: whoever imposed sanctions
        or is party to a tie lifts or suspends it, and the one they bear on is the target
        (« la levée des sanctions américaines contre la Syrie » is a CONCEDE of the United
        States on Syria, "the lifting of Washington's sanctions on Syria" too)."""
        token, cues = candidate.token, self.lexicon.cues
        words = cues.stopping_nouns if candidate.noun else cues.stopping
        if token.lemma_.lower() not in words:
            return source, target
        for other in self.candidates.values():
            word = stopper(self.tree, other)
            if other is candidate or word is None or word.i != token.i:
                continue
            stopped = self.resolve(other)
            source = source or list(stopped.source)
            target = target or [a for a in stopped.target if a not in source]
            break
        return source, target

    def _convenes(self, candidate: Candidate) -> bool:
        """Whether a verb whose subject is visited by its object ("inviter", "convier") takes
        as its object a meeting of others, a noun of a reciprocal act of its type ("a invité
        à une rencontre entre la Russie et l'Ukraine"): the one who convenes brings the
        parties together, it is the source and they the target, not guests visiting it."""
        if candidate.noun:
            return False
        kind = candidate.sense.type
        return any(
            s.reciprocal and s.type == kind
            for o in self.tree.children(candidate.token, self.tree.syntax.object)
            for s in self.lexicon.nouns.get(o.lemma_.lower(), ())
        )

    def _withdrawn(
        self, candidate: Candidate, source: list[Actor], target: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """The sides of a withdrawal whose genitive names forces and the place they leave,
        when both phrases name a party ("le retrait des troupes françaises du Tchad": France
        from Chad; :mod:`.withdrawn`), else ``source`` and ``target`` as found."""
        found = withdrawal(self.tree, candidate.token)
        if found is None:
            return source, target
        doers, left = withdrawal_sides(self.tree, self.index, found)
        left = [a for a in left if a not in doers]
        if not (doers and left):
            return source, target
        candidate.spans.append(self.tree.phrase(found.forces))
        return doers, left

    def _aimed_target(self, candidate: Candidate, exclude: set[str]) -> list[Actor]:
        """Whom a noun event is aimed at by a participle of aiming ("de nouvelles mesures
        visant les banques moldaves" target Moldova; :mod:`.aimed`)."""
        objects = aimed_objects(self.tree, candidate.token)
        found = self.actors(candidate, objects) if objects else []
        return [a for a in found if party(a) not in exclude]

    def _statement_author(self, candidate: Candidate, exclude: set[str]) -> list[Actor]:
        """Whose statement a reply in a resumptive relative rejects (:meth:`.Tree.resumed`):
        going up from it, the source of an event or else the subject of a verb, the first
        other than the source ("la demande iranienne de retirer …, ce que Washington a refusé"
        rejects Iran's demand; "which Washington has refused" too)."""
        word = self.tree.resumed(candidate.token)
        for _ in range(MAX_DEPTH):
            if word is None:
                return []
            said = self.index.sides(self._said_by(candidate, word))
            found = [a for a in said if party(a) not in exclude]
            if found:
                return found
            word = None if word.head == word else word.head
        return []

    def _said_by(self, candidate: Candidate, word: Token) -> list[Actor]:
        """Who says what a word of a statement says: its event's source, or its subject."""
        other = self.candidates.get(word.i)
        if other is not None:
            return self.participants(other) if other is not candidate else []
        subject = self.tree.subject(word) if self.tree.verbal(word) else None
        best = self.best(subject, *self.tree.phrase(subject)) if subject is not None else None
        return [best] if best is not None else []

    def _mutual(self, candidate: Candidate) -> bool:
        """Whether a reciprocal pronoun follows the verb ("Russia and Ukraine accused each
        other", "s'accusent mutuellement"): each side acts on the other, both are source and
        target, as for a mutual act."""
        token = candidate.token
        after = key((token.whitespace_ + token.doc[token.i + 1 : token.i + 41].text)[:40])
        return any(
            after[: len(words)] == words for words in _reciprocals(self.lexicon.code) if words
        )

    def _object_event_target(self, candidate: Candidate, exclude: set[str]) -> list[Actor]:
        """The target of the noun event a verb states ("a lancé une offensive contre X"), or
        of the act its infinitive complement names, which is the one refused or threatened
        ("a menacé de combattre toute force étrangère", "refused to sign a deal with X")."""
        syntax = self.tree.syntax
        for child in self.tree.children(candidate.token, syntax.object | syntax.complement):
            if child.dep_ in syntax.complement and not self._bears_on(candidate, child):
                continue
            other = self.candidates.get(child.i)
            if other is not None and other is not candidate and other.state != 1:
                found = self.resolve(other).target
                return [a for a in found if party(a) not in exclude]
        return []

    @staticmethod
    def _bears_on(candidate: Candidate, complement: Token) -> bool:
        """Whether an infinitive complement names the act a threat, refusal, promise or demand
        bears on ("a menacé de couper l'électricité à l'Ukraine"), not an aim ("une
        proposition visant à suspendre…" is no attack)."""
        return candidate.sense.type in _ACT_COMPLEMENT and morph(complement, "VerbForm") == "Inf"

    def _place_target(self, candidate: Candidate, exclude: set[str]) -> list[Actor]:
        """For acts on a territory (attacks, arrests, deployments, aid), the country of the
        place they happened in when no actor is named ("a tué deux hommes près de Nabatiyé")."""
        if self.place_party is None:
            return []
        for prep, nominal in self._places_of(candidate):
            if prep in self.lexicon.place_preps and nominal.i not in self.candidates:
                start, end = self.tree.phrase(nominal)
                found = self.place_party(nominal, start, end, set())
                if found is not None:
                    candidate.spans.append((start, end))
                    return [found]
        return []

    def _places_of(self, candidate: Candidate) -> list[tuple[str, Token]]:
        """The prepositional phrases that may say where an act happened: the trigger's, then,
        for a noun, those of a participle on its genitive, where the forces it moves are ("le
        retrait des militaires américains déployés au Niger" is a withdrawal from Niger)."""
        tree, token = self.tree, candidate.token
        found = list(tree.prepositional(token))
        if candidate.noun:
            genitives = [n for p, n in found if p in self.lexicon.genitive_preps]
            for nominal in genitives[:1]:
                for child in nominal.children:
                    if tree.participle(child):
                        found += list(tree.prepositional(child))
        return found

    def participants(self, candidate: Candidate) -> list[Actor]:
        """Who an event phrase stands for when it is the argument of another event."""
        resolved = self.resolve(candidate)
        return list(resolved.source)

    def _first(self, candidate: Candidate, slots: tuple[str, ...]) -> list[Actor]:
        for name in slots:
            found = self.slot(candidate, name)
            if found:
                return found
        return []

    # -- slots -----------------------------------------------------------------------------

    def slot(self, candidate: Candidate, name: str) -> list[Actor]:
        tree, token = self.tree, candidate.token
        syntax = tree.syntax
        if name == "speaker":
            return self.speaker(token)
        if name == "subj":
            if candidate.noun:
                return self.slot(candidate, "head")
            # "« … », a-t-il accusé": the speaker of the quotation (.clitics)
            quoted = incise_quote(self.lexicon, token) or hosted_quote(tree, token)
            if quoted is not None and (speakers := self.speaker(quoted)):
                return speakers
            subject = (
                warner(tree, token)
                or passive_partner(tree, token)
                or tree.subject(self._speaking(candidate) or token)
            )
            if subject is not None:
                return self.actors(candidate, [subject])
            return self._left_subject(candidate)
        if name == "obj":
            patients = tree.patients(token)
            if patients:
                return self.actors(candidate, patients)
            return self._shared_object(candidate)
        if name == "iobj":
            found = []
            for child in tree.children(token, syntax.indirect_object):
                objects = tree.children(child, syntax.prep_object)
                found.extend(objects or [child])
            return self.actors(candidate, found)
        if name == "poss":
            return self._possessor(candidate)
        if name == "mod":
            return self._modifiers(candidate)
        if name == "by":
            return self._agent(candidate)
        if name == "head":
            return self._light_verb(candidate, subject=True)
        return self._prep(candidate, name)

    def _speaking(self, candidate: Candidate) -> Token | None:
        """The reporting verb a demand, a backing or a commitment goes with when the parser
        hung it on the clause that verb reports ("Biden said the deaths showed Moscow's
        contempt and called on China to act": Biden calls), else None."""
        if candidate.sense.type not in SPEECH_ACTS:
            return None
        return reporting_verb(self.tree, candidate.token)

    def _undergoes(self, candidate: Candidate) -> bool:
        """Whether the subject of a passive is the target the sense asks for, so that the
        words before the verb say who undergoes it ("L'équipage russe a été placé en garde à
        vue"), not who did it: a pronominal verb ("ils se sont parlé") is no passive, and a
        mutual act takes every party anyway."""
        token, tree, sense = candidate.token, self.tree, candidate.sense
        return (
            "obj" in sense.target
            and not sense.reciprocal
            and not tree.reflexive(token)
            and bool(tree.children(token, tree.syntax.passive_subject))
            and tree.passive(token)
        )

    def _left_subject(self, candidate: Candidate) -> list[Actor]:
        """The actors named just before a verb whose subject the parser lost ("L'Allemagne,
        en revanche, a soutenu…"): back to the previous verb or the start of the sentence,
        when the verb heads its own clause. Not for a passive whose subject is the target
        (:meth:`_undergoes`)."""
        token, tree = candidate.token, self.tree
        if not tree.finite(token) or self._undergoes(candidate):
            return []
        start = token.sent.start
        for word in reversed(token.doc[start : token.i]):
            if word.pos_ == "VERB" or word.dep_ in tree.syntax.mark:
                start = word.i + 1
                break
        if start >= token.i:
            return []
        begin, end = token.doc[start].idx, token.idx
        found = unique([m.actor for m in self.index.overlapping(begin, end)])
        if found:
            candidate.spans.append((begin, end))
        return found


@cache
def _reciprocals(code: str) -> tuple[tuple[str, ...], ...]:
    """The reciprocal pronouns of a language, as word keys ("each other", "mutuellement")."""
    return tuple(tuple(words.split()) for words in LanguageCues.load(code).reciprocal_pronouns)
