"""The actors of one article other than people: countries, organisations and the seats of
power standing for them ("Washington", "the Kremlin"), each built once."""

from __future__ import annotations

import datetime as dt

from ..article import Actor, ActorKind
from ..knowledge import CountryMatch, KnowledgeBase, Organization
from .hits import canonical_name
from .spans import any_word


class Others:
    """Countries and organisations of one article by id, and the countries it names at least
    once other than as a place (``placed``)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        on: dt.date | None,
        ministries: frozenset[str],
        seats: frozenset[str] = frozenset(),
    ) -> None:
        self.kb, self.on, self.ministry, self.seats = kb, on, any_word(ministries), seats
        self.actors: dict[str, Actor] = {}
        self.placed: set[str] = set()

    def country(self, iso3: str) -> Actor:
        country = self.kb.countries[iso3]
        return self.actors.setdefault(iso3, Actor(iso3, country.name, "country", iso3, "GOV",
                                                  wikidata=country.wikidata))  # fmt: skip

    def seat(self, match: CountryMatch) -> Actor:
        org_id = match.org or ""
        org = self.kb.organizations.get(org_id)
        if org is not None:
            return self.organization(org)
        name = match.actor or match.country.name
        return self.actors.setdefault(f"org:{org_id}", Actor(
            f"org:{org_id}", name, "organization", match.iso3, match.sector or "GOV"))  # fmt: skip

    def organization(self, org: Organization) -> Actor:
        """The actor of a known organisation; a ministry, and an office of government that a
        seat of power stands for ("the Kremlin", "the White House", "l'Élysée"), fold into
        their state: what the Kremlin says, Russia says."""
        sector = org.sector_on(self.on or dt.date.today())
        if org.country and (org.id in self.seats or self.ministry.search(org.name)):
            self.placed.add(org.country)
            return self.country(org.country)
        kind: ActorKind = "group" if org.kind == "group" else "organization"
        return self.actors.setdefault(f"org:{org.id}", Actor(
            f"org:{org.id}", canonical_name(org), kind, org.country, sector,
            wikidata=org.wikidata))  # fmt: skip
