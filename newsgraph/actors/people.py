"""People: who a named person is (knowledge base, the article's own titles, the registry), and
which other words of the article point back to them (surnames, titles, pronouns)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..knowledge import Person, Role
from .descriptors import Descriptor
from .gazetteer import key
from .registry import Entry

_HYPHENATED = re.compile(r"\w-\w")


@dataclass
class PersonInfo:
    """What is known of one person in one article."""

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    role_key: str | None = None
    wikidata: str | None = None
    kb_id: str | None = None
    #: The phrase that taught country and role, when the article itself did.
    taught_by: str | None = None
    learned: Entry | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.kb_id or "person:" + "-".join(key(self.name))


def from_kb(
    person: Person,
    on: dt.date | None,
    descriptor: Descriptor | None,
    mentioned: set[str] = frozenset(),  # type: ignore[assignment]
) -> PersonInfo:
    """A known person, with the role held on the article's date (or the latest one); among
    several roles, one for a country the article names."""
    role = _role(person, on, descriptor, mentioned)
    info = PersonInfo(name=person.name, wikidata=person.wikidata, kb_id=person.id)
    if role is not None:
        info.country, info.sector = role.country, role.sector
        info.role, info.role_key = role.role, role.role_key
    if descriptor is not None and descriptor.country and not info.country:
        info.country = descriptor.country
    return info


def _role(
    person: Person, on: dt.date | None, descriptor: Descriptor | None, mentioned: set[str]
) -> Role | None:
    roles = list(person.roles_on(on)) if on else [r for r in person.roles if r.end is None]
    if descriptor is not None:
        matching = [r for r in roles if r.role_key == descriptor.title.role_key]
        roles = matching or roles
    roles.sort(key=lambda r: r.country not in mentioned)
    if roles:
        return roles[0]
    dated = sorted(person.roles, key=lambda r: r.start or dt.date.min)
    return dated[-1] if dated else None


def from_descriptor(name: str, descriptor: Descriptor, phrase: str) -> PersonInfo:
    """A person the knowledge base lacks, described by the article: "le ministre russe X"."""
    title = descriptor.title
    country = descriptor.country or (descriptor.org.country if descriptor.org else None)
    sector = title.sector or ("GOV" if country else None)
    if descriptor.org is not None and descriptor.org.sector == "IGO":
        sector = "IGO"
    return PersonInfo(
        name=name,
        country=country,
        sector=sector,
        role=title.role,
        role_key=title.role_key,
        taught_by=phrase if country or sector else None,
    )


def from_registry(name: str, entry: Entry) -> PersonInfo:
    return PersonInfo(
        name=entry.name if key(entry.name)[-1:] == key(name)[-1:] else name,
        country=entry.country,
        sector=entry.sector,
        role=entry.role,
        learned=entry,
    )


def short_names(info: PersonInfo, family_first: frozenset[str]) -> list[str]:
    """The single names that refer to a person: the surname, or the family name written first
    ("Kim" for Kim Jong-un, "Xi" for Xi Jinping)."""
    words = info.name.split()
    if len(words) < 2:
        return []
    names = [words[-1]]
    if info.country in family_first or _HYPHENATED.search(words[-1]):
        names.append(words[0])
    return [n for n in names if len(n) >= 2]
