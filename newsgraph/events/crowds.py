"""Who demonstrated, and against whom, when no phrase names them.

:class:`CrowdSides` is the part of :class:`~.context.ContextSides` for popular acts
(:data:`POPULAR`): the people of the place they happened in, or of the country an embassy they
rallied at stands in ("rassemblés devant l'ambassade de France à Niamey" is Niger's people),
else the state named before or the article's one state, against its own government.
"""

from __future__ import annotations

from ..article import Actor
from .arguments import Candidate
from .participants import party
from .syntax import Token
from .unnamed import UnnamedSides, of_state

#: Acts of a country's people (demonstrations, strikes): when no phrase names who, the people
#: of the place they happened in ("thousands rallied in central Seoul"), not the actor named
#: before.
POPULAR = frozenset({"PROTEST"})
#: The share of a state's mentions (an armed group's, a crowd's) from which another state is
#: a party to the story.
FOREIGN_SHARE = 0.5
#: How often a state must be named to be the article's other party: a state named once or
#: twice in an article about another country's politics is no party to it.
PARTY_MENTIONS = 3


class CrowdSides(UnnamedSides):
    """The sides of popular acts whose phrases name no one (a base of
    :class:`~.context.ContextSides`)."""

    def _crowd(self, candidate: Candidate, chain: list[Token]) -> list[Actor]:
        """Who demonstrated when no phrase names them: the people of the place
        (:meth:`_people`); but at a state's embassy or consulate (``missions``), the people of
        the country it stands in, never the state it serves, which is the target ("rallied
        outside the Chinese Consulate in Manila" is the Philippines', "rassemblés devant
        l'ambassade de France à Niamey" Niger's). Without one named with the mission, the
        people of the place unless it is the state served (then none: the context says)."""
        people = self._people(candidate, chain)
        tree, missions = self.coder.tree, self.coder.lexicon.missions
        at = [n for t in chain for _, n in tree.prepositional(t) if n.lemma_.lower() in missions]
        served = {party(a) for a in candidate.target}
        if not at or not served:
            return people
        host = self._host(*tree.phrase(at[0]), served)
        return host or [a for a in people if party(a) not in served]

    def _host(self, start: int, end: int, served: set[str]) -> list[Actor]:
        """The state of the first place named between ``start`` and ``end`` (a mission's
        phrase: "the Chinese Consulate in Manila") that is not one of ``served``."""
        index, places = self.arguments.index, self.places
        entity = places.entity_in(start, end)
        while entity is not None:
            country = places.country(entity)
            state = index.of_country(country) if country else None
            if state is not None and party(state) not in served:
                return [state]
            entity = places.entity_in(entity.end, end)
        return []

    def _home_crowd(self, candidate: Candidate) -> list[Actor]:
        """Who demonstrated against whom when neither a phrase nor a place says, in a story
        about one state ("Thousands of people have rallied every night outside the Assembly",
        "They plan a rally of 200,000 people"): that state's people against their own
        government, when no other state is named in the article even half as often
        (:data:`FOREIGN_SHARE`); none in a story of two states, whose crowds may be either's.
        The caller keeps a target the context guessed only when it is that state."""
        index = self.arguments.index
        home = index.salient(frozenset(), PARTY_MENTIONS)
        if not home or home[0].kind != "country":
            return []
        return home if self._one_state(home[0].country or "", 1) else []

    def _home_target(self, candidate: Candidate, source: list[Actor]) -> list[Actor]:
        """Whom a state's own act is aimed at when neither the sentence nor the context names
        another party, in a story about that one state (:meth:`_home_crowd`): the state
        itself ("Les autorités ont libéré plusieurs centaines de personnes", "Nous demandons
        une enquête indépendante", in a story of Senegal's politics). None when the source is
        of another state or an organisation, or the article names another state even half as
        often."""
        home = self._home_crowd(candidate)
        if not home or {party(a) for a in source} != {party(home[0])}:
            return []
        return home

    def _one_state(self, country: str, least: int) -> bool:
        """Whether the article tells a story of one state, ``country``: no other state with
        at least ``least`` mentions is named even half as often (:data:`FOREIGN_SHARE`)."""
        index = self.arguments.index
        return not index.salient(frozenset({country}), least, FOREIGN_SHARE)

    def _populace_source(self, candidate: Candidate, exclude: frozenset[str]) -> list[Actor]:
        """Who demonstrated, when no phrase or place says: a state named before in the
        sentence, else the state the previous events were about. Crowds are a country's
        people, never an international organisation ("Des milliers de manifestants se
        sont rassemblés devant le siège du gouvernement" after "le Conseil européen…")."""
        index = self.arguments.index
        found = index.recent(candidate.token.idx, 1, exclude, self.span[0], wanted=of_state)
        return found or [a for a in self.discourse.topic(exclude) if of_state(a)]
