"""Read-only, typed access to the bundled knowledge base (``newsgraph/data/kb``).

The files are JSON Lines built by ``scripts/build_kb.py``: countries (names, adjectives,
capitals, seats of power), organisations and people with dated roles. :class:`KnowledgeBase`
loads them once and builds its lookup indexes in the instance.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

COUNTRIES = "countries.jsonl"
ORGANIZATIONS = "organizations.jsonl"
PEOPLE = "people.jsonl"
#: Acronyms this short only match when written in capitals ("US" but not "us").
SHORT_ACRONYM = 3
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u00b4`", "'"))
_SEPARATORS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014_.,()\"«»]+")
_ARTICLES = re.compile(r"^(?:(?:the|les|le|la|des|du|de la|de|aux|au)\s+|(?:de l'|l'|d')\s*)")
_ROLE_ALIASES = {"defence_minister": "defense_minister", "head_of_govt": "head_of_government"}


@lru_cache(maxsize=1 << 16)
def normalize(text: str, articles: bool = True) -> str:
    """The lookup key of ``text``: no accents, lower case, plain spaces and apostrophes,
    hyphens and dots as spaces and, when ``articles``, without a leading article
    ("le Kremlin" -> "kremlin"). Kept for the next lookups of the same words, which the
    stages repeat for every mention."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SPACES.sub(" ", _SEPARATORS.sub(" ", text)).strip()
    return _ARTICLES.sub("", text).strip() if articles else text


@lru_cache(maxsize=1 << 16)
def acronym(text: str) -> str | None:
    """``"U.S."`` -> ``"US"``; None when ``text`` is not written as a capitalised acronym.
    Kept, as :func:`normalize` is."""
    letters = re.sub(r"[\s.\u00a0\u202f]+", "", text.translate(_APOSTROPHES))
    letters = re.sub(r"^(?:L'|D')", "", letters)
    if 1 < len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    return None


def parse_date(value: str | None, end: bool = False) -> date | None:
    """``"2021-01-20"`` or ``"2021"`` (1 January, or 31 December for an end)."""
    if not value:
        return None
    if len(value) == 4:
        return date(int(value), 12, 31) if end else date(int(value), 1, 1)
    return date.fromisoformat(value)


#: The shortest surname looked up alone ("Un" of "Kim Jong Un" is none), and the name endings
#: that are no surname.
MIN_SURNAME = 3
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    wikidata: str | None
    name: str
    name_fr: str
    capital: str | None
    capital_fr: str | None


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """What a country mention resolved to; ``via`` is name, adjective, capital or seat."""

    country: Country
    via: str
    sector: str | None = None
    actor: str | None = None
    org: str | None = None

    @property
    def iso3(self) -> str:
        return self.country.iso3


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    names: tuple[str, ...]
    kind: str
    country: str | None
    sector: str
    wikidata: str | None
    parent: str | None
    cameo: str | None
    periods: tuple[tuple[str, date | None, date | None], ...] = ()

    def sector_on(self, day: date) -> str:
        """The sector on ``day`` (the Taliban were rebels before governing Afghanistan)."""
        for sector, start, end in self.periods:
            if (start is None or start <= day) and (end is None or day < end):
                return sector
        return self.sector


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    role_key: str
    title: str
    title_fr: str
    country: str | None
    org: str | None
    sector: str
    start: date | None
    end: date | None
    as_of: date | None
    sources: tuple[str, ...]

    def covers(self, day: date) -> bool:
        """Whether the role was held on ``day``; a role known only from a dated snapshot
        (no start) counts for the snapshot's year, or up to its end when that is known."""
        start = self.start or (date(self.as_of.year, 1, 1) if self.as_of else None)
        end = self.end or (date(self.as_of.year, 12, 31) if self.as_of and not self.start else None)
        return (start is None or start <= day) and (end is None or day <= end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    names: tuple[str, ...]
    wikidata: str | None
    gender: str | None
    roles: tuple[Role, ...]

    def roles_on(self, day: date) -> tuple[Role, ...]:
        return tuple(role for role in self.roles if role.covers(day))


def _read_jsonl(source: Traversable) -> tuple[str, list[dict[str, Any]]]:
    """The version from the header line and the records of a JSON Lines file."""
    lines = source.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])["_meta"]
    return str(header["version"]), [json.loads(line) for line in lines[1:] if line.strip()]


def _country(rec: dict[str, Any]) -> Country:
    return Country(
        rec["iso3"],
        rec["iso2"],
        rec["wikidata"],
        rec["names"]["en"][0],
        rec["names"]["fr"][0],
        rec["capital"]["en"],
        rec["capital"]["fr"],
    )


def _organization(rec: dict[str, Any]) -> Organization:
    periods = tuple(
        (p["sector"], parse_date(p["start"]), parse_date(p["end"]))
        for p in rec.get("periods") or ()
    )
    names = tuple(rec["names"]["en"] + rec["names"]["fr"])
    return Organization(
        rec["id"],
        names[0],
        names,
        rec["kind"],
        rec["country"],
        rec["sector"],
        rec["wikidata"],
        rec.get("parent"),
        rec.get("cameo"),
        periods,
    )


def _role(rec: dict[str, Any]) -> Role:
    return Role(
        rec["role"],
        rec["role_key"],
        rec["title"]["en"],
        rec["title"]["fr"],
        rec["country"],
        rec["org"],
        rec["sector"],
        parse_date(rec["start"]),
        parse_date(rec["end"], end=True),
        parse_date(rec.get("as_of")),
        tuple(rec.get("sources", ())),
    )


def _person(rec: dict[str, Any]) -> Person:
    names = tuple(dict.fromkeys(rec["names"]["en"] + rec["names"]["fr"]))
    return Person(
        rec["id"],
        rec["name"],
        names,
        rec["wikidata"],
        rec.get("gender"),
        tuple(_role(r) for r in rec["roles"]),
    )


@dataclass(frozen=True, slots=True)
class Phrase:
    """A text the knowledge base knows, its language (None: any), and what it names."""

    lang: str | None
    text: str
    value: CountryMatch | Organization | Person


class _Index:
    """Normalised names to values, first entry wins; short acronyms are kept case-sensitive."""

    def __init__(self, articles: bool = True) -> None:
        self.words: dict[str, Any] = {}
        self.acronyms: dict[str, Any] = {}
        self.articles = articles

    def add(self, text: str, value: Any) -> None:
        short = acronym(text)
        if short is not None and len(short) <= SHORT_ACRONYM:
            self.acronyms.setdefault(short, value)
        else:
            self.words.setdefault(normalize(text, self.articles), value)

    def get(self, text: str) -> Any:
        short = acronym(text)
        if short is not None and short in self.acronyms:
            return self.acronyms[short]
        return self.words.get(normalize(text, self.articles))


class KnowledgeBase:
    """Countries, organisations and people with lookups by name in English and French."""

    def __init__(
        self,
        countries: list[dict[str, Any]],
        organizations: list[dict[str, Any]],
        people: list[dict[str, Any]],
        version: str,
    ) -> None:
        self.version = version
        self.countries = {rec["iso3"]: _country(rec) for rec in countries}
        self.organizations = {rec["id"]: _organization(rec) for rec in organizations}
        self.people = tuple(_person(rec) for rec in people)
        #: The sector of each organisation a seat of power stands for ("Kremlin": GOV).
        self.seat_sectors = {
            seat["org"]: seat["sector"] for rec in countries for seat in rec["seats"] if seat["org"]
        }
        self._country_index = {"en": _Index(), "fr": _Index()}
        self._org_index = {"en": _Index(), "fr": _Index()}
        self._person_index = _Index(articles=False)
        self._surnames: dict[str, list[Person]] = {}
        self._holders: dict[tuple[str, str], list[tuple[Role, Person]]] = {}
        self._phrases: list[Phrase] = []
        self._index_countries(countries)
        self._index_organizations(organizations)
        self._index_people()

    @classmethod
    def load(cls, path: Path | None = None) -> KnowledgeBase:
        """Load the files in ``path``, by default the copy shipped in ``newsgraph/data/kb``."""
        folder: Traversable = (
            path if path is not None else resources.files("newsgraph") / "data" / "kb"
        )
        version, countries = _read_jsonl(folder / COUNTRIES)
        _, organizations = _read_jsonl(folder / ORGANIZATIONS)
        _, people = _read_jsonl(folder / PEOPLE)
        return cls(countries, organizations, people, version)

    def _index_countries(self, records: list[dict[str, Any]]) -> None:
        for via in ("name", "adjective", "capital", "seat"):
            for rec in records:
                for lang, text, match in self._country_entries(rec, via):
                    self._country_index[lang].add(text, match)
                    self._phrases.append(Phrase(lang, text, match))

    def _country_entries(
        self, rec: dict[str, Any], via: str
    ) -> Iterator[tuple[str, str, CountryMatch]]:
        country = self.countries[rec["iso3"]]
        for lang in ("en", "fr"):
            if via == "name":
                texts = rec["names"][lang]
            elif via == "adjective":
                texts = rec["adjectives"][lang]
            elif via == "capital":
                texts = [rec["capital"][lang] or "", *rec["capital_variants"][lang]]
            else:
                texts = []
            for text in texts:
                if text:
                    yield lang, text, CountryMatch(country, via)
        if via == "seat":
            for seat in rec["seats"]:
                match = CountryMatch(country, via, seat["sector"], seat["actor"], seat["org"])
                yield seat["lang"], seat["text"], match

    def _index_organizations(self, records: list[dict[str, Any]]) -> None:
        for rec in records:
            org = self.organizations[rec["id"]]
            for lang in ("en", "fr"):
                for text in rec["names"][lang]:
                    self._org_index[lang].add(text, org)
                    self._phrases.append(Phrase(lang, text, org))

    def _index_people(self) -> None:
        for person in self.people:
            for name in person.names:
                self._person_index.add(name, person)
                self._phrases.append(Phrase(None, name, person))
            for surname in {normalize(n.split()[-1], False) for n in person.names if " " in n}:
                if len(surname) >= MIN_SURNAME and surname not in SUFFIXES:
                    self._surnames.setdefault(surname, []).append(person)
            for role in person.roles:
                for where in filter(None, (role.country, role.org)):
                    self._holders.setdefault((role.role_key, where), []).append((role, person))

    @staticmethod
    def _lookup(indexes: dict[str, _Index], text: str, lang: str | None) -> Any:
        order = [lang] if lang in indexes else []
        order += [code for code in indexes if code != lang]
        for code in order:
            found = indexes[code].get(text)
            if found is not None:
                return found
        return None

    def phrases(self) -> Iterator[Phrase]:
        """Every name, adjective, capital and seat the lookups know, with what it stands for."""
        return iter(self._phrases)

    def country(self, text: str, lang: str | None = None) -> CountryMatch | None:
        """A country from its name, adjective, capital or seat of power ("le Kremlin")."""
        found: CountryMatch | None = self._lookup(self._country_index, text, lang)
        return found

    def organization(self, text: str, lang: str | None = None) -> Organization | None:
        """An organisation from one of its names or acronyms ("ONU", "OTAN", "AIEA")."""
        found: Organization | None = self._lookup(self._org_index, text, lang)
        return found

    def person(self, text: str) -> Person | None:
        """A person from a full name or a spelling variant ("Kim Jong Un", "Poutine")."""
        found: Person | None = self._person_index.get(text)
        return found

    def by_surname(self, surname: str, on: date | None) -> Person | None:
        """The one person of that surname who held a role on ``on`` ("Kagame", "Erdogan" in
        an article of their time in office); None when several did, or none, or without a
        date (a surname alone names no one for certain across the years)."""
        if on is None:
            return None
        found = [p for p in self.bearers(surname) if p.roles_on(on)]
        return found[0] if len(found) == 1 else None

    def bearers(self, surname: str) -> tuple[Person, ...]:
        """Everyone whose full name ends in ``surname``, once each."""
        return tuple({p.id: p for p in self._surnames.get(normalize(surname, False), ())}.values())

    def holder(self, role_key: str, country: str, on: date) -> Person | None:
        """Who held ``role_key`` (e.g. ``foreign_minister``) for ``country`` (ISO3, or an
        organisation id such as ``un``) on the day ``on``; the latest-starting dated term wins."""
        key = (_ROLE_ALIASES.get(role_key, role_key), country)
        current = [(role, person) for role, person in self._holders.get(key, ()) if role.covers(on)]
        if not current:
            return None
        best = max(current, key=lambda rp: (rp[0].start is not None, rp[0].start or date.min))
        return best[1]


@cache
def shipped() -> KnowledgeBase:
    """The knowledge base shipped with the package, loaded once per process and shared by
    the stages that read it (actors, events)."""
    return KnowledgeBase.load()
