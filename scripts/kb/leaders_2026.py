"""People from the world leaders 2026 extract: current heads of state and government."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .common import fold, warn
from .leaders import fr_office_title
from .registry import PeopleRegistry

# The EU and AU folders of the extract give the heads of these organisations' bodies.
ORG_ROLES = {
    "european_union": {
        "head_of_government": ("president", "@european_commission"),
        "head_of_state": ("president", "@european_council"),
    },
    "african_union": {
        "head_of_government": ("chairperson", "@au_commission"),
        "head_of_state": ("chairperson", "@au"),
    },
}
# Country names of the change files that are not ISO 3166 alpha-2 codes.
CHANGE_COUNTRIES = {"uk": "GB", "usa": "US"}


def add_world_leaders_2026(
    reg: PeopleRegistry, folder: Path, iso2_index: dict[str, str], fixes: dict[str, Any]
) -> bool:
    """Add the current heads of the 2026 extract (EU and AU heads as organisation
    roles) and close the terms its change files end; False when the data is absent."""
    countries_dir = folder / "data" / "countries"
    if not countries_dir.exists():
        warn(f"missing {countries_dir}")
        return False
    for current in sorted(countries_dir.glob("*/current.json")):
        doc = json.loads(current.read_text(encoding="utf-8"))
        iso3 = iso2_index.get(doc["country"]["iso_code"])
        for position, spec in sorted(doc["positions"].items()):
            holder = spec.get("current_holder") or {}
            if not holder.get("name_en"):
                continue
            place = _office(current.parent.name, position, iso3, fixes)
            if place is not None:
                _add_holder(reg, holder, spec, place, (iso3, position, doc), fixes)
    for change_file in sorted((folder / "data" / "changes").glob("*.json")):
        for change in json.loads(change_file.read_text(encoding="utf-8")).get("changes", []):
            _apply_change(reg, change, iso2_index)
    return True


def _office(
    folder_name: str, position: str, iso3: str | None, fixes: dict[str, Any]
) -> tuple[str, str] | None:
    """Role and country or '@org' of a position ('head_of_state' of FRA -> 'head of state',
    'FRA'); None for an unknown country or a position ``drop_2026`` leaves out."""
    if folder_name in ORG_ROLES:
        return ORG_ROLES[folder_name][position]
    if iso3 is None or f"{iso3}:{position}" in {d["key"] for d in fixes["drop_2026"]}:
        return None
    return position.replace("_", " "), iso3


def _add_holder(
    reg: PeopleRegistry,
    holder: dict[str, Any],
    spec: dict[str, Any],
    place: tuple[str, str],
    context: tuple[str | None, str, dict[str, Any]],
    fixes: dict[str, Any],
) -> None:
    """Add a current holder with an open term from ``since`` (else ``as_of`` the snapshot);
    ``context`` is the ISO3, the position and the country document."""
    (role, where), (iso3, position, doc) = place, context
    since_fix = {k: v for k, v in fixes["since_2026"].items() if k != "_about"}
    since = holder.get("since") or since_fix.get(f"{iso3}:{position}")
    qid = _holder_qid(reg, holder, fixes)
    person = reg.add(holder["name_en"], {"en": [holder["name_en"]]}, qid, where)
    title = (
        (spec["title_en"], fr_office_title(spec["title_en"])) if not where.startswith("@") else None
    )
    person.roles.append(
        reg.make_role(
            role,
            where,
            since,
            None,
            "world-leaders-2026",
            title,
            None if since else doc.get("snapshot_date"),
        )
    )


def _holder_qid(reg: PeopleRegistry, holder: dict[str, Any], fixes: dict[str, Any]) -> str | None:
    """The holder's Wikidata id after ``wikidata_2026`` fixes; None, with a warning, when the
    id belongs to a known person whose names lack the holder's surname."""
    qid_fixes = {k: v for k, v in fixes["wikidata_2026"].items() if k != "_about"}
    qid: str | None = qid_fixes.get(holder.get("wikidata_id") or "", holder.get("wikidata_id"))
    known = reg.by_qid.get(qid or "")
    if known and fold(holder["name_en"]).split()[-1] not in fold(" ".join(known.names["en"])):
        warn(f"2026 extract: {holder['name_en']} has the id {qid} of {known.name}; id ignored")
        return None
    return qid


def _apply_change(reg: PeopleRegistry, change: dict[str, Any], iso2_index: dict[str, str]) -> None:
    """End the open term of the old holder of a change on the change date."""
    iso3 = iso2_index.get(change["country"].upper()) or iso2_index.get(
        CHANGE_COUNTRIES.get(change["country"], "")
    )
    old = reg.find(None, [change["old_holder_en"]], iso3)
    if old is None:
        return
    for term in old.roles:
        if (
            term.where() == iso3
            and term.role == change["position"].replace("_", " ")
            and term.end is None
        ):
            term.end = change["change_date"]
