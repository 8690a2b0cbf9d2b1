"""People: who a named person is (knowledge base, the article's own titles, the registry), and
which other words of the article point back to them (surnames, titles, pronouns)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from ..article import Actor, Article
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
    #: The country was inferred from the article, not stated: it is not taught to the registry.
    implied: bool = False
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
    several roles, one for a country the article names, else the best attested."""
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
    # a country the article names first, then the role more sources attest ("President"
    # of France, over Andorra's co-prince), then the latest
    roles.sort(key=lambda r: (r.country not in mentioned, -len(r.sources), _late(r)))
    if roles:
        return roles[0]
    dated = sorted(person.roles, key=lambda r: r.start or dt.date.min)
    return dated[-1] if dated else None


def _late(role: Role) -> int:
    return -(role.start or dt.date.min).toordinal()


def from_descriptor(
    name: str, descriptor: Descriptor, phrase: str, attached: frozenset[str] = frozenset()
) -> PersonInfo:
    """A person the knowledge base lacks, described by the article: "le ministre russe X".

    A role in ``attached`` (a spokesman, an official) takes the sector of the organisation or
    state it is attached to."""
    title = descriptor.title
    country = descriptor.country or (descriptor.org.country if descriptor.org else None)
    sector = title.sector or ("GOV" if country else None)
    if title.role_key in attached and (descriptor.org is not None or country):
        sector = descriptor.org.sector if descriptor.org is not None else "GOV"
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


def imply_countries(
    people: dict[str, PersonInfo],
    others: Mapping[str, Actor],
    placed: set[str],
    sectors: frozenset[str],
    home: str | None = None,
) -> None:
    """An official whose title names no country ("le ministre de l'Intérieur", "national
    security adviser X") serves the state of the dateline, else the state the article names
    most often (on a tie, the one whose people it names most); none on a full tie. ``sectors``
    (``state_sectors``) include rebels and police: an armed group carries the country it
    operates from ("le dirigeant séparatiste X")."""
    counts = {
        iso3: len({(m.start, m.end) for m in actor.mentions})
        for iso3, actor in others.items()
        if actor.kind == "country" and iso3 in placed
    }
    staff = _people_mentions(people.values())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -staff.get(item[0], 0)))
    if home is None and (not ranked or (len(ranked) > 1 and _tied(ranked, staff))):
        return
    country = home or ranked[0][0]
    for info in people.values():
        titled = info.role_key is not None and info.kb_id is None and info.learned is None
        if titled and info.country is None and info.sector in sectors:
            info.country, info.implied = country, True


def _people_mentions(people: Iterable[PersonInfo]) -> Counter[str]:
    """How often the article names the people of each state whose country is known."""
    counts: Counter[str] = Counter()
    for info in people:
        if info.country is not None and not info.implied:
            counts[info.country] += len(set(info.spans))
    return counts


def _tied(ranked: list[tuple[str, int]], staff: Mapping[str, int]) -> bool:
    """Whether the two states named most are named as often, and so are their people: "South
    Korea" and "Washington" three times each, but Yoon and Lee fifteen times to Blinken's two
    make it South Korea's story."""
    (first, count), (second, other) = ranked[0], ranked[1]
    return count == other and staff.get(first, 0) == staff.get(second, 0)


def latest_before(people: Iterable[PersonInfo], start: int) -> PersonInfo:
    """Of people holding the same office, the one mentioned last before ``start``: a bare title
    points back to the latest holder named, not to the one found last ("Emmanuel Macron a
    décrété l'état d'urgence. Le chef de l'État a averti …" is Macron, even when a local
    president was named earlier)."""
    return max(people, key=lambda p: max((s for s, _ in p.spans if s < start), default=-1))


def taken_up(
    people: Iterable[PersonInfo], floor: int, start: int, roles: Collection[str]
) -> PersonInfo | None:
    """The person a bare title at ``start`` takes up: the person named last before it since
    ``floor`` (its story's start), when that person holds one of ``roles`` (the title's office
    or a narrower one); a person named in between holds the title back."""
    named = [p for p in people if any(floor <= s < start for s, _ in p.spans)]
    if not named:
        return None
    nearest = latest_before(named, start)
    return nearest if nearest.role_key in roles else None


def short_names(info: PersonInfo, first_word: frozenset[str]) -> list[str]:
    """The single names that refer to a person: the surname, and the first word of the name
    for a person of a country in ``first_word`` (a family name written first: "Kim" for Kim
    Jong-un, "Xi" for Xi Jinping; a given name: "Abiy" for Abiy Ahmed) or of a hyphenated
    surname."""
    words = info.name.split()
    if len(words) < 2:
        return []
    names = [words[-1]]
    if info.country in first_word or _HYPHENATED.search(words[-1]):
        names.append(words[0])
    return [n for n in names if len(n) >= 2]


def lessons(people: Iterable[PersonInfo], article: Article) -> list[Entry]:
    """What the article taught about people the knowledge base and the registry lack."""
    found = []
    for info in people:
        if info.kb_id is None and info.taught_by and info.learned is None:
            country = None if info.implied else info.country
            found.append(Entry(info.name, "person", country, info.sector, info.role,
                               article=article.id, phrase=info.taught_by,
                               origin=article.origin))  # fmt: skip
    return found
