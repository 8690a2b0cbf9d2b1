"""The slots of a trigger that prepositions and the verbs around it fill: the actors after a
preposition on the trigger or on the nouns of its phrase ("sanctions contre X", "fournir des
armes à X"), the agent of a noun or a participle ("menée par X"), and the subject of the verb
a noun event is the object of ("l'UE a imposé des sanctions") (:class:`.arguments.Arguments`).
"""

from __future__ import annotations

from ..article import Actor
from .nominal import NominalArguments
from .phrases import Candidate
from .syntax import Token


class PrepositionalArguments(NominalArguments):
    """Slots filled through prepositions and governing verbs: a preposition's name, ``by``
    (:meth:`_agent`) and ``head`` (:meth:`_light_verb`)."""

    def _prep(self, candidate: Candidate, prep: str) -> list[Actor]:
        """The actors after ``prep`` on the trigger; parsers often attach the phrase to the
        object or to a noun of the trigger's phrase instead ("fournir des armes à X"), so
        those are searched next, then the verb a noun event is the object of."""
        token, tree = candidate.token, self.tree
        holders = self._holders(
            token, candidate.sense.with_words if candidate.noun else frozenset()
        )
        if candidate.noun and prep not in self.lexicon.partner_preps:
            holders += self._clauses_on(token)
        for holder in holders:
            nominals = list(tree.preps(holder).get(prep, []))
            nominals += tree.stray_objects(holder, prep)
            for child in holder.children:
                if child.dep_ in tree.syntax.acl and child.lemma_.lower() == prep:
                    nominals += tree.children(child, tree.syntax.object)
            found = self.actors(candidate, nominals)
            if found:
                return found
        if candidate.noun:
            verb = self._governing_verb(token)
            other = self.candidates.get(verb.i) if verb is not None else None
            if verb is not None and (
                other is None
                or (
                    prep in self.lexicon.partner_preps
                    and prep not in (other.sense.target + other.sense.source)
                )
            ):
                for holder in self._holders(verb):
                    found = self.actors(candidate, tree.preps(holder).get(prep, []))
                    if found:
                        return found
            return self._verb_complement(candidate, prep)
        return []

    def _verb_complement(self, candidate: Candidate, prep: str) -> list[Actor]:
        """The phrase after ``prep`` that the parser hung on the event verb a noun event is
        the object of, when that verb's sense takes no such phrase: it completes the noun
        after which it stands ("Moscou a démenti toute frappe contre l'Ukraine": the strike
        is against Ukraine, the denial takes no "contre"; "a écarté toute négociation avec
        Kiev")."""
        token, tree = candidate.token, self.tree
        if token.dep_ not in tree.syntax.object:
            return []
        verb = token.head
        other = self.candidates.get(verb.i)
        if other is None or other is candidate:
            return []
        sense = other.sense
        if prep in sense.target + sense.source or prep in sense.preps:
            return []
        nominals = [n for p, n in tree.prepositional(verb) if p == prep and n.i > token.i]
        return self.actors(candidate, nominals)

    def _clauses_on(self, noun: Token) -> list[Token]:
        """The verbs of a participle or relative clause on a noun event that are no event of
        their own: their target-marking complements are the noun's ("the sanctions it had
        imposed on Niger", "les sanctions imposées au Mali"). A partner named there ("une
        rencontre prévue entre X et Y") is left to the noun's own phrase."""
        syntax = self.tree.syntax
        return [
            child
            for child in noun.children
            if child.dep_ in syntax.relative | syntax.acl
            and self.tree.verbal(child)
            and child.i not in self.candidates
        ]

    def _holders(self, token: Token, through: frozenset[str] = frozenset()) -> list[Token]:
        """The trigger, then the nouns of its phrase (objects first), two levels down (an
        apposition, "le dirigeant, Kim Jong-un", is no level). A trigger of its own is no
        holder unless it is one of ``through``, the words the trigger's sense requires, and
        then its phrase is the trigger's: in "the suspension of its treaty with X" the treaty
        suspended is the tie, and the party after its "with" is the suspension's."""
        syntax = self.tree.syntax
        labels = syntax.object | syntax.oblique | syntax.prep_object | syntax.prep_head
        holders, frontier, opened = [token], [token], set[int]()

        def held(current: Token, child: Token) -> bool:
            if child.i not in self.candidates or current.i in opened:
                return True
            if child.lemma_.lower() in through or child.lower_ in through:
                opened.add(child.i)
                return True
            return False

        for _ in range(2):
            frontier = [
                child
                for current in frontier
                for child in current.children
                if child.dep_ in labels and held(current, child)
            ]
            frontier += [
                child
                for current in frontier
                for child in current.children
                if child.dep_ in syntax.apposition and child.i not in self.candidates
            ]
            holders += frontier
        return holders

    def _agent(self, candidate: Candidate) -> list[Actor]:
        """The agent of a noun: "par X", or "menée par X" on a participle of the phrase."""
        tree = self.tree
        agent = tree.agent(candidate.token) if candidate.noun else None
        if agent is None:
            agent = self._participle_agent(candidate.token)
        return self.actors(candidate, [agent]) if agent is not None else []

    def _light_verb(self, candidate: Candidate, subject: bool) -> list[Actor]:
        """The subject of the verb a noun event is the object of ("l'UE a imposé des
        sanctions", "a affirmé son soutien"), unless that verb is an event of its own."""
        agent = self.stating_subject(candidate)
        return self.actors(candidate, [agent]) if agent is not None else []

    def stating_subject(self, candidate: Candidate) -> Token | None:
        """The subject word of the verb that states a noun event ("l'armée a conduit des
        frappes": « l'armée »), the word its ``head`` slot reads, or None: for a verb, for a
        noun no verb governs, and for one whose verb is an event of another type of its own
        ("a dénoncé les sanctions": who denounces did not impose them), and for a verb whose
        subject undergoes, fends off or tells of the act (``undergoing``: "the army suffered
        attacks", « a signalé des frappes »): that subject is its target or witness."""
        if not candidate.noun:
            return None
        verb = self._governing_verb(candidate.token)
        if verb is None or verb.lemma_.lower() in self.lexicon.undergoing:
            return None
        other = self.candidates.get(verb.i)
        if (
            other is not None
            and other.sense.type != candidate.sense.type
            and not (other.sense.fallback)
        ):
            return None
        return self.tree.subject(verb)

    def _governing_verb(self, token: Token) -> Token | None:
        """The verb a noun phrase depends on, through the nouns that govern it."""
        syntax = self.tree.syntax
        allowed = syntax.object | syntax.passive_subject | syntax.oblique | syntax.prep_object
        current = token
        for _ in range(4):
            if current.dep_ not in allowed and current.dep_ not in syntax.prep_head:
                return None
            head = current.head
            if head == current:
                return None
            if self.tree.verbal(head):
                return head
            if head.i in self.candidates and head != token:
                return None
            current = head
        return None
