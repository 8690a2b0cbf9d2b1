"""The people table: every source merged, terms closed, one record per person."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from .cia import add_cia_2019
from .common import SUPPLEMENTS, fold, role_key, slug, uniq
from .leaders import add_supplement_people, add_wikidata_2021
from .leaders_2026 import add_world_leaders_2026
from .registry import PRECEDENCE, PeopleRegistry, Person, infer_ends, merge_duplicates, merge_roles

FEMININE_FR = [
    ("Premier ministre", "Première ministre"),
    ("vice-président", "vice-présidente"),
    ("président", "présidente"),
    ("chancelier", "chancelière"),
    ("haut représentant", "haute représentante"),
    ("conseiller", "conseillère"),
    ("secrétaire général", "secrétaire générale"),
    ("directeur général", "directrice générale"),
    ("ambassadeur", "ambassadrice"),
    ("procureur", "procureure"),
    ("empereur", "impératrice"),
    ("roi", "reine"),
    ("dirigeant suprême", "dirigeante suprême"),
    ("chef ", "cheffe "),
    ("porte-parole de la diplomatie russe", "porte-parole de la diplomatie russe"),
]


def feminine(title_fr: str) -> str:
    """Feminine form of a French title: 'Premier ministre' -> 'Première ministre'."""
    for masc, fem in FEMININE_FR:
        if title_fr.startswith(masc) or f" {masc}" in title_fr:
            return title_fr.replace(masc, fem, 1)
    return title_fr


def person_record(person: Person) -> dict[str, Any]:
    """The JSON record of a person: id, names, gender and terms sorted by start."""
    roles = []
    for r in sorted(person.roles, key=lambda r: (r.low(), r.role, r.where())):
        title_fr = feminine(r.title_fr) if person.gender == "f" else r.title_fr
        record: dict[str, Any] = {
            "role": r.role,
            "role_key": role_key(r.role),
            "title": {"en": r.title_en, "fr": title_fr},
            "country": r.country,
            "org": r.org,
            "sector": r.sector,
            "start": r.start,
            "end": r.end,
            "sources": sorted(r.sources, key=PRECEDENCE.__getitem__),
        }
        if r.as_of and not r.start:
            record["as_of"] = r.as_of
        if r.end_inferred:
            record["end_inferred"] = True
        roles.append(record)
    names_fr = person.names["fr"] or person.names["en"]
    return {
        "id": person.wikidata or "p:" + slug(person.name),
        "name": person.name,
        "names": {"en": person.names["en"], "fr": uniq(names_fr)},
        "wikidata": person.wikidata,
        "gender": person.gender,
        "roles": roles,
    }


def build_people(
    data: Path, countries: list[dict[str, Any]], orgs: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """The people table (sorted by id) and its sources: every source added in precedence
    order, duplicates merged, terms merged and closed, clashing ids numbered."""
    spec = json.loads((SUPPLEMENTS / "people.json").read_text(encoding="utf-8"))
    fixes = json.loads((SUPPLEMENTS / "leader_fixes.json").read_text(encoding="utf-8"))
    org_sectors = {o["id"]: (o["sector"], o["country"]) for o in orgs}
    reg = PeopleRegistry(spec["titles"], org_sectors)
    country_index: dict[str, str] = {}
    for c in countries:
        for name in c["names"]["en"]:
            country_index.setdefault(fold(name), c["iso3"])
    iso2_index = {c["iso2"]: c["iso3"] for c in countries}
    sources = ["scripts/kb_supplements/people.json", "scripts/kb_supplements/leader_fixes.json"]
    add_supplement_people(reg, spec)
    if add_wikidata_2021(reg, data / "wikidata_world_leaders_2021", country_index, fixes):
        sources.append("every-politician-scrapers/world-leaders-2021 (Wikidata, CC0)")
    if add_world_leaders_2026(reg, data / "world_leaders_current_2026", iso2_index, fixes):
        sources.append(
            "open-data-archive/world-leaders-current @ b06a1440 (2026-08-22, CC BY-SA 4.0)"
        )
    if add_cia_2019(reg, data / "cia_world_leaders_2019", country_index):
        sources.append(
            "CIA World Leaders 2019 via WilliamRADFunk/cia-world-leaders (public domain)"
        )
    reg.people = merge_duplicates(reg.people)
    for person in reg.people:
        person.roles = merge_roles(person.roles)
    infer_ends(reg.people)
    records = [person_record(p) for p in reg.people if p.roles]
    number_clashing_ids(records)
    return sorted(records, key=lambda r: r["id"]), sources


def number_clashing_ids(records: list[dict[str, Any]]) -> None:
    """Number the records that share an id, in name order: the second 'p:john_smith' becomes
    'p:john_smith-2'."""
    ids: dict[str, int] = defaultdict(int)
    for rec in sorted(records, key=lambda r: (r["id"], r["name"])):
        ids[rec["id"]] += 1
        if ids[rec["id"]] > 1:
            rec["id"] = f"{rec['id']}-{ids[rec['id']]}"
