"""Which names of countries, seats of power and organisations in an article are mentions of
actors: "la Russie" and "le Kremlin" are; "à Moscou" (a place), "le président brésilien Lula"
(an adjective in a title) and "la cheffe de la diplomatie européenne" (a described person's
organisation) are not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..article import Span
from ..knowledge import CountryMatch, Organization
from .gazetteer import Hit, Token
from .index import ActorIndex, Known, LanguageCues
from .others import Others
from .recipients import receives
from .spans import overlaps


class StateNames:
    """Adds an article's countries, seats and organisations to its book of ``Others``."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        cues: LanguageCues,
        index: ActorIndex,
        book: Others,
        on: dt.date | None,
    ) -> None:
        self.text, self.toks, self.cues, self.index, self.book = text, toks, cues, index, book
        self.on = on or dt.date.today()
        self.first_token = {tok.start: i for i, tok in enumerate(toks)}
        self.last_token = {tok.end: i for i, tok in enumerate(toks)}

    def add(
        self,
        names: Sequence[Hit[Known]],
        inside: list[tuple[int, int]],
        person_starts: set[int],
        language: str,
    ) -> None:
        """Every name hit that is a mention; ``inside`` holds the spans of descriptors and
        bodies already tied to someone, ``person_starts`` where people's names start."""
        for hit in names:
            value = hit.values[0]
            if isinstance(value, Organization):
                if hit.text[:1].islower() and overlaps(hit.start, hit.end, inside):
                    continue  # "la cheffe de la diplomatie européenne, Kaja Kallas"
                if value.sector_on(self.on) not in self.index.policy.excluded_sectors:
                    self.book.organization(value).mentions.append(self._span(hit))
                    self.country_in_name(hit.start, hit.end, value.country, language)
            elif isinstance(value, CountryMatch) and self._mention(
                hit, value, inside, person_starts
            ):
                actor = self.book.seat(value) if value.org else self.book.country(value.iso3)
                actor.mentions.append(self._span(hit))
                if value.via != "name" and not self._aside(hit, value):
                    self.book.placed.add(value.iso3)

    def country_in_name(self, start: int, end: int, iso3: str | None, language: str) -> None:
        """The state of a national body named from ``start`` to ``end`` with its adjective or
        name ("le Parlement hongrois", "Russian military") acts through it: the word is a
        mention of the state."""
        if iso3 is None:
            return
        first, last = self.first_token.get(start), self.last_token.get(end)
        if first is None or last is None:
            return
        for tok in self.toks[first : last + 1]:
            match = self.index.kb.country(tok.text, language)
            if match is not None and match.iso3 == iso3 and match.via in ("name", "adjective"):
                span = Span(tok.start, tok.end, self.text[tok.start : tok.end])
                self.book.country(iso3).mentions.append(span)
                self.book.placed.add(iso3)

    def _mention(
        self,
        hit: Hit[Known],
        match: CountryMatch,
        inside: list[tuple[int, int]],
        person_starts: set[int],
    ) -> bool:
        """Whether a country's name, adjective, capital or seat stands for an actor here; a
        country named other than as a place joins ``placed``."""
        first, last = self.first_token[hit.start], self.last_token[hit.end]
        if self._registry(first, last):
            return True  # an event's party ("arraisonné un cargo battant pavillon russe")
        if match.via == "adjective":
            if overlaps(hit.start, hit.end, inside) or self._before_name(hit.end, person_starts):
                return False
            near = [self.toks[i].key for i in (first - 1, last + 1) if 0 <= i < len(self.toks)]
            return not any(word in self.cues.place_nouns for word in near)
        city_state = match.country.capital == match.country.name
        if match.via in ("capital", "seat") or city_state:
            return not self._locative(first) or receives(self.text, self.toks, first, self.cues)
        if not self._locative(first, directed=True):
            self.book.placed.add(match.iso3)
        return True

    def _aside(self, hit: Hit[Known], match: CountryMatch) -> bool:
        """Whether a mention names the state only in passing, as a ship's flag or a city that
        names a meeting or a treaty: it stays a mention, a party to an event, but makes the
        state no actor on its own."""
        first, last = self.first_token[hit.start], self.last_token[hit.end]
        seat = match.via in ("capital", "seat")
        return self._registry(first, last) or (seat and self._namesake(first, last))

    def _registry(self, first: int, last: int) -> bool:
        """Whether a registry word stands on its own right before the country ("battant
        pavillon portugais"; not "the state-owned Egyptian newspaper") or is joined to it by a
        hyphen ("the Barbados-flagged True Confidence", "a Liberian-owned carrier"; not "Israel
        operated in Gaza"): a ship's or a firm's flag, owner or operator, which makes the state
        no actor unless the article names it as one elsewhere (it stays a mention, an event's
        party: "boarded a Russian-flagged tanker")."""
        words = self.cues.registry_words
        before = first > 0 and self.toks[first - 1].key in words
        if before and not self._hyphened(first - 2, first - 1):  # not "the state-owned Egyptian"
            return True
        if last + 1 >= len(self.toks) or self.toks[last + 1].key not in words:
            return False
        return self._hyphened(last, last + 1)

    def _hyphened(self, left: int, right: int) -> bool:
        """Whether two tokens are joined by a hyphen ("Barbados-flagged")."""
        if left < 0:
            return False
        return self.text[self.toks[left].end : self.toks[right].start] in ("-", "‑")

    def _namesake(self, first: int, last: int) -> bool:
        """Whether a city names a meeting, a treaty or waters: a namesake noun right after it
        ("the Rome Statute", "the Minsk agreements"), or before it and a link word, an
        adjective or a "de" complement between them ("le sommet de Vilnius", "la sentence
        arbitrale de Paris", "l'accord de paix d'Alger", "the Gulf of Aden"): a place, though
        the events stage may still take it for a party."""
        nouns, links = self.cues.namesake_nouns, self.cues.namesake_links
        if last + 1 < len(self.toks) and self.toks[last + 1].key in nouns:
            return True
        before = [self.toks[i] for i in range(first - 1, max(first - 5, -1), -1)]
        if not before or before[0].key not in links:
            return False
        keys = [t.key for t in before[1:]] + ["", ""]
        return (
            keys[0] in nouns
            or (len(before) > 1 and before[1].text.islower() and keys[1] in nouns)
            or (keys[1] in links and keys[2] in nouns)
        )

    def _before_name(self, end: int, person_starts: set[int]) -> bool:
        """Whether a person's name follows right after ``end`` ("présidents brésilien Lula")."""
        after = len(self.text[end:]) - len(self.text[end:].lstrip(" \u00a0"))
        return 0 < after <= 2 and end + after in person_starts

    def _locative(self, first: int, directed: bool = False) -> bool:
        """Whether a locative preposition comes before the token ``first`` ("à Moscou");
        ``directed``, one of direction is none (a state's name "at" or "to" is a party), nor
        a dative before an article ("a livré des chars à l'Ukraine", not "en Ukraine")."""
        previous = [self.toks[i].key for i in (first - 1, first - 2) if i >= 0]
        article = bool(previous) and previous[0] in self.cues.articles
        if article:
            previous = previous[1:]
        if not previous or (directed and previous[0] in self.cues.directions):
            return False
        if directed and article and previous[0] in self.cues.article_datives:
            return False
        return previous[0] in self.cues.locatives

    def _span(self, hit: Hit[Known]) -> Span:
        return Span(hit.start, hit.end, self.text[hit.start : hit.end])
