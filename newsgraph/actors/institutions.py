"""State institutions the knowledge base does not list, named by a common noun and a country:
"les garde-côtes suédois", "l'armée de l'air ukrainienne", "Ukraine's air force".

Each institution noun of a language (``institutions`` in ``lang/<code>/actors.json``) carries
the pattern of its English name ("{adjective} Coast Guard", "National Guard of {country}") and
its sector. The noun makes an organisation of the country named right next to it: the
adjective after it in French, the adjective or possessive before it in English. A noun standing
alone later ("les garde-côtes") is the same institution when the article named only one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from ..knowledge import CountryMatch, KnowledgeBase, Organization
from .gazetteer import Gazetteer, Hit, Token, key
from .spans import overlaps

#: What may separate a country adjective from the noun it qualifies, possessives aside.
_SPACES = frozenset({" ", "\u00a0"})


@dataclass(frozen=True, slots=True)
class Institution:
    """An institution noun and the English name and sector of the body it names."""

    text: str
    pattern: str
    sector: str

    @property
    def key(self) -> str:
        return " ".join(key(self.text))


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    institution: Institution
    country: str | None

    @property
    def id(self) -> str:
        return f"org:{self.country}:" + "_".join(key(self.institution.pattern))


def institutions(data: Mapping[str, Any]) -> Gazetteer[Institution]:
    """The institution nouns of one language's actors data."""
    gazetteer: Gazetteer[Institution] = Gazetteer()
    for entry in data.get("institutions", ()):
        institution = Institution(entry["text"], entry["name"], entry["sector"])
        gazetteer.add(entry["text"], institution, acronym=False)
    return gazetteer


def qualifies(
    text: str,
    country: Hit[CountryMatch],
    start: int,
    possessives: Collection[str],
    spaced: bool = False,
) -> bool:
    """Whether a country named right before ``start`` qualifies what starts there: its name or
    adjective in the possessive ("Ukraine's air force"), or with ``spaced`` its adjective and a
    space ("Ukrainian air force"; "the Ukraine air force" is rare, "Ukraine navy" more often a
    list)."""
    via, gap = country.values[0].via, text[country.end : start]
    if via not in ("adjective", "name"):
        return False
    return any(gap == p + " " for p in possessives) or (
        spaced and via == "adjective" and gap in _SPACES
    )


def english_name(
    institution: Institution, kb: KnowledgeBase, adjective: str | None, iso3: str
) -> str:
    country = kb.countries[iso3].name
    name = institution.pattern.format(adjective=adjective or country, country=country)
    return " ".join(name.split())


class InstitutionFinder:
    """Institution phrases of one article, from its tokens and the names found in it."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        nouns: Gazetteer[Institution],
        names: list[Hit[Any]],
        possessives: Collection[str],
    ) -> None:
        self.text, self.possessives = text, possessives
        self.hits = nouns.find(text, toks)
        self.countries = [h for h in names if isinstance(h.values[0], CountryMatch)]
        self.orgs = [(h.start, h.end) for h in names if isinstance(h.values[0], Organization)]

    def find(self) -> list[Found]:
        """Every institution noun with the country next to it, then the bare nouns that refer
        back to the only institution of their kind already named."""
        named: list[Found] = []
        bare: list[Hit[Institution]] = []
        for hit in self.hits:
            if overlaps(hit.start, hit.end, self.orgs):
                continue  # the knowledge base names it ("l'armée israélienne")
            found = self._after(hit) or self._before(hit)
            if found is None:
                bare.append(hit)
            else:
                named.append(found)
        kinds: dict[str, set[str | None]] = {}
        for found in named:
            kinds.setdefault(found.institution.key, set()).add(found.country)
        for hit in bare:
            countries = kinds.get(hit.values[0].key, set())
            first = min(
                (f.start for f in named if f.institution.key == hit.values[0].key), default=None
            )
            if len(countries) == 1 and first is not None and first < hit.start:
                named.append(Found(hit.start, hit.end, hit.values[0], next(iter(countries))))
        return sorted(named, key=lambda f: f.start)

    def _after(self, hit: Hit[Institution]) -> Found | None:
        """A country adjective right after the noun ("garde-côtes chinois")."""
        for country in self.countries:
            match = country.values[0]
            gap = self.text[hit.end : country.start]
            if match.via == "adjective" and gap in _SPACES:
                return Found(hit.start, country.end, hit.values[0], match.iso3)
        return None

    def _before(self, hit: Hit[Institution]) -> Found | None:
        """A country adjective or possessive right before the noun ("Ukraine's air force")."""
        for country in self.countries:
            if qualifies(self.text, country, hit.start, self.possessives, spaced=True):
                return Found(country.start, hit.end, hit.values[0], country.values[0].iso3)
        return None
