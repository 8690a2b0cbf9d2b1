"""People from the hand-written supplement and the Wikidata 2021 extract."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from .common import fold, uniq, warn
from .registry import PeopleRegistry

WD2021_AS_OF = "2022-10-10"
HOG_LABEL = re.compile(
    r"prime minister|premier|chancellor|taoiseach|chief minister|council of ministers"
    r"|president of the government|executive yuan|pontifical commission|minister of state"
    r"|head of government",
    re.I,
)
SKIP_LABEL = re.compile(r"governor|member of the swiss federal council|high representative", re.I)
FR_OFFICE_WORDS = [
    (r"co-prince", "coprince"),
    (r"captain regent", "capitaine-régent"),
    (r"supreme leader|leader of the islamic emirate", "guide suprême"),
    (r"grand duke", "grand-duc"),
    (r"pope", "pape"),
    (r"emperor", "empereur"),
    (r"\bqueen\b", "reine"),
    (r"\bking\b|monarch|ngwenyama|druk gyalpo|yang di-pertuan agong", "roi"),
    (r"\bemir\b", "émir"),
    (r"sultan", "sultan"),
    (r"\bprince\b", "prince"),
    (r"chancellor", "chancelier"),
    (r"prime minister|premier|taoiseach|chief minister|minister of state", "Premier ministre"),
    (r"president|chairman|o le ao o le malo", "président"),
]


def add_supplement_people(reg: PeopleRegistry, spec: dict[str, Any]) -> None:
    """Add the hand-written people with their terms; a president of a presidential
    republic also heads the government."""
    presidential = set(spec["presidential"])
    for entry in spec["people"]:
        names = entry.get("names", {})
        names = {"en": uniq([entry["name"], *names.get("en", [])]), "fr": names.get("fr", [])}
        first_where = entry["roles"][0][1]
        person = reg.add(
            entry["name"], names, entry.get("wikidata"), first_where, entry.get("gender")
        )
        person.name = entry["name"]
        for spec_role in entry["roles"]:
            role, where, start, end = spec_role[:4]
            title = (spec_role[4], spec_role[5]) if len(spec_role) > 4 else None
            person.roles.append(reg.make_role(role, where, start, end, "supplement", title))
            if role == "head of state" and where in presidential:
                person.roles.append(
                    reg.make_role("head of government", where, start, end, "supplement")
                )


def fr_office_title(label: str) -> str:
    """French title of an English office label: 'Prime Minister of Spain' -> 'Premier ministre'."""
    for pattern, title in FR_OFFICE_WORDS:
        if re.search(pattern, label, re.I):
            return title
    return label


def clean_label(label: str) -> str:
    """A label without its parentheses: 'Joe Biden (politician)' -> 'Joe Biden'."""
    return re.sub(r"\s*\([^)]*\)", "", label).strip()


def add_wikidata_2021(
    reg: PeopleRegistry, folder: Path, country_index: dict[str, str], fixes: dict[str, Any]
) -> bool:
    """Add the heads of state and government of the Wikidata 2021 extract (a country with
    no head of government listed gets both roles for its head of state); False when absent."""
    path = folder / "wikidata.csv"
    if not path.exists():
        warn(f"missing {path}")
        return False
    for iso3, country_rows in _wikidata_2021_rows(path, country_index, fixes).items():
        has_hog = any(r["_role"] != "head of state" for r in country_rows)
        for row in country_rows:
            _add_wikidata_2021_row(reg, iso3, row, has_hog)
    return True


def _wikidata_2021_rows(
    path: Path, country_index: dict[str, str], fixes: dict[str, Any]
) -> dict[str, list[dict[str, str]]]:
    """Rows of the 2021 extract by ISO3, each with its ``_role`` (head of state or government,
    or the role ``position_roles`` gives); governors, unnamed holders and dropped rows left out."""
    hog_positions = set(fixes["head_of_government_positions"]) - {"_about"}
    position_roles = {k: v for k, v in fixes["position_roles"].items() if k != "_about"}
    drop = {d["key"] for d in fixes.get("drop_2021", [])}
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in csv.DictReader(path.open(encoding="utf-8")):
        iso3 = country_index.get(fold(re.sub(r"\s*\(.*\)", "", row["country"])))
        label = row["positionLabel"]
        if (
            iso3 is None
            or SKIP_LABEL.search(label)
            or re.fullmatch(r"Q\d+", row["officeholderLabel"])
        ):
            continue
        if fold(label) == fold(row["officeholderLabel"]):
            continue  # rows whose 'position' is the person
        if f"{iso3}:{row['officeholderLabel']}" in drop:
            continue
        hog = row["position"] in hog_positions or bool(HOG_LABEL.search(label))
        row["_role"] = position_roles.get(label) or (
            "head of government" if hog else "head of state"
        )
        by_country[iso3].append(row)
    return by_country


def _add_wikidata_2021_row(
    reg: PeopleRegistry, iso3: str, row: dict[str, str], has_hog: bool
) -> None:
    """Add the holder of one row with its term (``as_of`` the extract while it is open)."""
    name = clean_label(row["officeholderLabel"])
    person = reg.add(name, {"en": [name]}, row["officeholder"], iso3)
    label = clean_label(row["positionLabel"])
    title = (label[0].upper() + label[1:], fr_office_title(label))
    roles = (
        [row["_role"]]
        if has_hog or row["_role"] != "head of state"
        else ["head of state", "head of government"]
    )
    for role in roles:
        as_of = WD2021_AS_OF if not row["end_year"] else None
        person.roles.append(
            reg.make_role(
                role,
                iso3,
                row["start_year"] or None,
                row["end_year"] or None,
                "wikidata-2021",
                title,
                as_of,
            )
        )
