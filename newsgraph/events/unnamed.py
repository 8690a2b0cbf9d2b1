"""Who does an act whose subject names its doer by what it is, not by name.

:class:`UnnamedSides` is the base of :class:`~.context.ContextSides`: it holds what one
sentence's triggers are resolved against, and reads a subject that names no actor itself as
the state or organisation it stands for. A state's body or people ("la police", "the
authorities", "les manifestants") and its head ("le chef de l'armée") are that state; a
ministry is the state of the place it acts in, of whoever reports it, or of the state named
last, never the one its act is aimed at; arrests with no doer are the place's authorities'
(:data:`DOMESTIC`); demonstrators named by no phrase are the place's people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Actor, Article
from .arguments import Arguments, Candidate
from .discourse import Discourse, Reporter
from .participants import party
from .setting import Places
from .syntax import Token, morph

if TYPE_CHECKING:
    from .coder import Coder

#: Acts of a state's authorities on its territory (arrests, crackdowns), done by the state
#: of the place when the text names no one.
DOMESTIC = frozenset({"COERCE"})


def of_state(actor: Actor) -> bool:
    """Whether an actor is a state's side (a country or one of its actors), not an
    international organisation's."""
    return bool(actor.country)


@dataclass
class UnnamedSides:
    """One sentence's triggers with what they are resolved against, and the doers of acts
    whose subject names no actor (the base of :class:`~.context.ContextSides`)."""

    coder: Coder
    article: Article
    candidates: dict[int, Candidate]
    arguments: Arguments
    places: Places
    discourse: Discourse
    span: tuple[int, int]
    reporter: Reporter

    def _unnamed(self, candidate: Candidate, chain: list[Token]) -> list[Actor]:
        """The actor a subject names by what it is, not by name: a state's body or people
        ("la police", "the authorities", "les manifestants") is that state (as for arrests,
        :meth:`_authority`), and so is its head's ("le chef de l'armée"); a ministry is its
        state (:meth:`_ministry`) but for arrests, which the place's authorities make
        whichever body the text names; an organisation's ("le bloc", "the alliance") is the
        one named last; a possessed body ("ses soldats", "its forces") its possessor's
        (:meth:`_owner`). A noun event its verb states reads its verb's subject so too
        (:meth:`_doer_word`)."""
        subject = self._doer_word(candidate)
        if subject is None or self.arguments.index.overlapping(*self.coder.tree.phrase(subject)):
            return []
        lexicon = self.coder.lexicon
        if subject.lemma_.lower() in lexicon.heads:
            body = self._headed_body(subject)
            if body is not None and body.lemma_.lower() in lexicon.state_bodies:
                return self._authority(candidate, chain)
            subject = body or subject
        lemma = subject.lemma_.lower()
        if lemma in lexicon.ministries and candidate.sense.type not in DOMESTIC:
            return self._ministry(candidate, chain)
        if lemma in lexicon.state_bodies and self._possessed(subject):
            return self._owner(candidate, subject)
        if lemma in lexicon.state_bodies:
            return self._authority(candidate, chain, unnamed=True)
        if lemma in lexicon.alliance_bodies:
            return self.arguments.index.last_organisation(subject.idx)
        return []

    def _doer_word(self, candidate: Candidate) -> Token | None:
        """The word that says who does an act: a verb's subject, or, for a noun event that is
        the direct object of the verb stating it, that verb's subject, when the noun's sense
        reads its doer there ("l'armée a conduit des frappes" is the army's strike, "the
        ministry announced tariffs" the ministry's;
        :meth:`~.prepositions.PrepositionalArguments.stating_subject`). A noun in a
        prepositional phrase of a clause is often what its subject answers, not its own act
        (« n'a pas réagi à l'expulsion du diplomate »); a noun with a possessive names its
        doer there, and one the possessive leaves unknown is not the verb's subject's to
        guess ("the juntas announced their exit")."""
        tree, token = self.coder.tree, candidate.token
        if not candidate.noun:
            return tree.subject(token)
        if "head" not in candidate.sense.source or token.dep_ not in tree.syntax.object:
            return None
        if any(self.arguments.possessive(child) for child in token.children):
            return None  # "their exit": the possessive names the doer, or it is not known
        return self.arguments.stating_subject(candidate)

    @staticmethod
    def _possessed(subject: Token) -> bool:
        """Whether a third-person possessive determines the subject ("ses soldats", "its
        forces", "leur armée")."""
        return any(
            morph(c, "Poss") == "Yes" and morph(c, "Person") in ("", "3") and c.i < subject.i
            for c in subject.children
        )

    def _owner(self, candidate: Candidate, subject: Token) -> list[Actor]:
        """Whose body a possessive subject names ("Avec la France, oui : ses derniers soldats
        ont quitté le Niger"): the party named last before it, in its sentence or the one
        before, that the act is not aimed at; not the state of the place, which a
        possessive does not stand for."""
        exclude = frozenset(party(a) for a in candidate.target)
        since = self.discourse.previous
        return self.arguments.index.recent(subject.idx, 1, exclude, since)

    def _headed_body(self, head: Token) -> Token | None:
        """The body a head or voice noun is the head of ("le chef de l'armée", "the head of
        the army", "le porte-parole du ministère", "the army chief"): its genitive complement
        or a compound before it, whose state is the head's."""
        tree, lexicon = self.coder.tree, self.coder.lexicon
        for prep, nominal in tree.prepositional(head):
            if prep in lexicon.genitive_preps:
                return nominal
        compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        return compounds[-1] if compounds else None

    def _ministry(self, candidate: Candidate, chain: list[Token]) -> list[Actor]:
        """Whose ministry a subject names without saying ("Le ministère des Affaires
        étrangères a convoqué le chargé d'affaires russe", "The defence ministry denied the
        claim"): the state of the place it acts in, of whoever reports or speaks for it, of
        the state named last before it in its sentence or the one before ("Bakou a riposté …
        Dimanche, le ministère … a convoqué"); never the state its act is aimed at, whom a
        ministry answers or summons. A ministry none of these gives is left to the context's
        other fallbacks, not taken for the article's main state."""
        index = self.arguments.index
        exclude = frozenset(party(a) for a in candidate.target)
        place = self.places.find(self.coder.tree, chain, candidate.spans, set(self.candidates))
        countries = [place.country] if place is not None and place.country else []
        countries += [a.country for a in self.reporter.actors(candidate.token) if a.country]
        for country in countries:
            state = index.of_country(country)
            if state is not None and party(state) not in exclude:
                return [state]
        since, before = self.discourse.previous, candidate.token.idx
        return index.recent(before, 1, exclude, since, wanted=of_state)

    def _authority(
        self, candidate: Candidate, chain: list[Token], unnamed: bool = False
    ) -> list[Actor]:
        """Who arrested, detained or dispersed, when the text does not say: the state of
        the place it happened in, else of whoever reports it ("La police a interpellé 98
        personnes, a indiqué le ministère arménien de l'Intérieur"), else the state the
        article is most about. For a body the subject names by what it is (``unnamed``),
        the state the last event was the act of comes before the article's main one; for
        it, and for people abroad (:meth:`_abroad`), the state acted on never is it ("Les
        autorités ont expulsé deux diplomates russes", "l'arrestation de cinq ressortissants
        nigériens" is not Niger's)."""
        place = self.places.find(self.coder.tree, chain, candidate.spans, set(self.candidates))
        index = self.arguments.index
        countries = [place.country] if place is not None and place.country else []
        countries += [a.country for a in self.reporter.actors(candidate.token) if a.country]
        if unnamed:
            countries += [a.country for a in self.discourse.last_source if a.country]
        foreign = unnamed or self._abroad(candidate)
        exclude = {party(a) for a in candidate.target} if foreign else set()
        for country in countries:
            state = index.of_country(country)
            if state is not None and party(state) not in exclude:
                return [state]
        return index.salient(frozenset(exclude))

    def _abroad(self, candidate: Candidate) -> bool:
        """Whether the people an act is done to are abroad: a noun of the lexicon's
        ``abroad`` group heads or completes its target's phrase ("cinq ressortissants
        nigériens", "un employé du consulat algérien", "Nigerien nationals")."""
        doc, abroad = candidate.token.doc, self.coder.lexicon.abroad
        return any(
            word.lemma_.lower() in abroad
            for i in candidate.used
            for word in doc[i].subtree
            if word.pos_ in ("NOUN", "PROPN")
        )

    def _people(self, candidate: Candidate, chain: list[Token]) -> list[Actor]:
        """Who demonstrated when no phrase names them ("thousands rallied in central Seoul",
        "des centaines d'agriculteurs ont bloqué les routes autour de Lyon"): the state of the
        place it happened in, even when that place is its target too, or named in the phrase
        of where they went ("marched toward the presidential palace in Panama City",
        "rassemblés devant le siège du gouvernement à Erevan")."""
        tree, events = self.coder.tree, set(self.candidates)
        place = self.places.find(tree, chain, [], events)
        if place is None or not place.country:
            nested = [nominal for token in chain for _, nominal in tree.prepositional(token)]
            place = self.places.find(tree, nested, [], events) or place
        state = self.arguments.index.of_country(place.country) if place and place.country else None
        return [state] if state is not None else []
