"""Persons and their terms while the sources are merged, and the merging rules themselves."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .common import fold, uniq

# Source precedence when two sources give the same term: lower wins.
PRECEDENCE = {"supplement": 0, "world-leaders-2026": 1, "wikidata-2021": 2, "cia-2019": 3}


@dataclass
class Role:
    role: str
    country: str | None
    org: str | None
    sector: str
    start: str | None
    end: str | None
    title_en: str
    title_fr: str
    source: str
    as_of: str | None = None
    end_inferred: bool = False
    sources: set[str] = field(default_factory=set)

    def low(self) -> str:
        """First day the term may have started."""
        return pad(self.start or self.as_of or "0001", low=True)

    def high(self) -> str:
        """Last day the term may have lasted ('9999-12-31' while open)."""
        return pad(self.end, low=False) if self.end else "9999-12-31"

    def where(self) -> str:
        """The country of the term, or '@' and the organisation: 'FRA', '@un'."""
        return self.country or "" if self.org is None else "@" + self.org


@dataclass
class Person:
    name: str
    names: dict[str, list[str]]
    wikidata: str | None = None
    gender: str | None = None
    roles: list[Role] = field(default_factory=list)

    def countries(self) -> set[str]:
        """Every country or '@organisation' of the person's terms."""
        return {r.where() for r in self.roles}


def pad(date: str | None, low: bool) -> str:
    """A date as YYYY-MM-DD, a bare year at its first (low) or last day: '2019' -> '2019-01-01'."""
    if date is None:
        return "0001-01-01" if low else "9999-12-31"
    if len(date) == 4:
        return date + ("-01-01" if low else "-12-31")
    return date


def precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two dates for the same event (full date beats a bare year)."""
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) and b.startswith(a[:4]) else a


class PeopleRegistry:
    """Persons merged by Wikidata id, then by folded name within one country or organisation."""

    def __init__(
        self, titles: dict[str, Any], org_sectors: dict[str, tuple[str, str | None]]
    ) -> None:
        """An empty registry with the title tables and the sector and country of each org."""
        self.people: list[Person] = []
        self.by_qid: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = defaultdict(list)
        self.titles = titles
        self.org_sectors = org_sectors

    def title(self, role: str, where: str) -> tuple[str, str]:
        """English and French titles of a role in a country or org, else the default ones."""
        table = self.titles.get(where, {})
        en, fr = table.get(role) or self.titles["default"].get(role) or (role.title(), role)
        return en, fr

    def find(self, qid: str | None, names: Iterable[str], where: str | None) -> Person | None:
        """The person with this Wikidata id, else one with one of the names in ``where``
        (or with no term yet), never one whose Wikidata id differs."""
        if qid and qid in self.by_qid:
            return self.by_qid[qid]
        for name in names:
            for person in self.by_name.get(fold(name), []):
                if qid and person.wikidata and person.wikidata != qid:
                    continue
                if where is None or where in person.countries() or not person.roles:
                    return person
        return None

    def add(
        self,
        name: str,
        names: dict[str, list[str]],
        qid: str | None,
        where: str | None,
        gender: str | None = None,
    ) -> Person:
        """The person found for these names (or a new one), with the id, gender and names
        added to it."""
        person = self.find(qid, [*names.get("en", []), name], where)
        if person is None:
            person = Person(name=name, names={"en": [], "fr": []})
            self.people.append(person)
        if qid and not person.wikidata:
            person.wikidata = qid
            self.by_qid[qid] = person
        person.gender = person.gender or gender
        for lang in ("en", "fr"):
            person.names[lang] = uniq(person.names[lang] + names.get(lang, []))
        for variant in person.names["en"] + person.names["fr"]:
            if person not in self.by_name[fold(variant)]:
                self.by_name[fold(variant)].append(person)
        return person

    def add_variant(self, person: Person, name: str) -> None:
        """Add an English name variant to a person and to the name index."""
        person.names["en"] = uniq(person.names["en"] + [name])
        if person not in self.by_name[fold(name)]:
            self.by_name[fold(name)].append(person)

    def make_role(
        self,
        role: str,
        where: str,
        start: str | None,
        end: str | None,
        source: str,
        title: tuple[str, str] | None = None,
        as_of: str | None = None,
    ) -> Role:
        """A term of ``role`` in a country or '@org', with its sector and titles."""
        if where.startswith("@"):
            org = where[1:]
            sector, country = self.org_sectors.get(org, ("IGO", None))
        else:
            org, country = None, where
            sector = "MIL" if role == "armed forces chief" else "GOV"
        en, fr = title or self.title(role, where)
        return Role(role, country, org, sector, start, end, en, fr, source, as_of)


def merge_duplicates(people: list[Person]) -> list[Person]:
    """Fold together records that share a name variant and a country or organisation (a person
    first met without a Wikidata id: 'Cyril Ramaphosa' / 'Matamela Cyril Ramaphosa')."""
    kept: list[Person] = []
    index: dict[tuple[str, str], Person] = {}
    for person in people:
        target = None
        for name in person.names["en"]:
            for where in sorted(person.countries()):
                other = index.get((fold(name), where))
                if other and not (
                    other.wikidata and person.wikidata and other.wikidata != person.wikidata
                ):
                    target = other
                    break
            if target:
                break
        if target is None:
            kept.append(person)
            target = person
        else:
            target.wikidata = target.wikidata or person.wikidata
            target.gender = target.gender or person.gender
            for lang in ("en", "fr"):
                target.names[lang] = uniq(target.names[lang] + person.names[lang])
            target.roles.extend(person.roles)
        for name in target.names["en"]:
            for where in target.countries():
                index.setdefault((fold(name), where), target)
    return kept


def merge_roles(roles: list[Role]) -> list[Role]:
    """Merge the same term reported by several sources, keeping the most precise dates."""
    roles = sorted(roles, key=lambda r: (r.role, r.where(), PRECEDENCE[r.source], r.low()))
    merged: list[Role] = []
    for role in roles:
        for other in merged:
            if (other.role, other.where()) != (role.role, role.where()):
                continue
            if other.low() <= role.high() and role.low() <= other.high():
                other.sources |= role.sources | {role.source}
                other.start = precise(other.start, role.start)
                if other.end is None and role.end is not None:
                    other.end = role.end
                else:
                    other.end = precise(other.end, role.end)
                if other.as_of and role.start:
                    other.as_of = None
                break
        else:
            role.sources.add(role.source)
            merged.append(role)
    return merged


def infer_ends(people: list[Person]) -> None:
    """Close an open head-of-state/government term when a later holder of the office appears."""
    terms: dict[tuple[str, str], list[tuple[Role, Person]]] = defaultdict(list)
    for person in people:
        for role in person.roles:
            if role.role in ("head of state", "head of government") and role.org is None:
                terms[(role.role, role.where())].append((role, person))
    for entries in terms.values():
        open_now = [(r, p) for r, p in entries if r.end is None]
        by_source: dict[str, set[int]] = defaultdict(set)
        for role, person in open_now:
            for source in role.sources:
                by_source[source].add(id(person))
        if any(len(holders) > 1 for holders in by_source.values()):
            continue  # collective offices (co-princes, captains regent, presidencies)
        entries.sort(key=lambda rp: rp[0].low())
        for role, person in open_now:
            later = [r for r, p in entries if p is not person and r.start and r.low() > role.low()]
            if later:
                role.end = min(r.start or r.low() for r in later)
                role.end_inferred = True
