"""People from the CIA World Leaders (2019): heads, foreign and defence ministers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .common import fold, warn
from .leaders import fr_office_title
from .registry import PeopleRegistry

CIA_AS_OF = "2019-10-06"
CIA_HEAD = {
    "President": "head of state",
    "Federal President": "head of state",
    "King": "head of state",
    "Queen": "head of state",
    "Emir": "head of state",
    "Sultan": "head of state",
    "Grand Duke": "head of state",
    "Supreme Leader": "head of state",
    "Head of State": "head of state",
    "Prime Minister": "head of government",
    "Premier": "head of government",
    "Chancellor": "head of government",
    "Federal Chancellor": "head of government",
    "Head of Govt.": "head of government",
    "Interim Prime Minister": "head of government",
}
CIA_FOREIGN = re.compile(
    r"^(Minister|Cabinet Secretary|Secretary)( of| for)( Europe &)? (Foreign|External) "
    r"(Affairs|Relations)|^Secretary of State$|^Minister of Foreign & "
)
CIA_DEFENSE = re.compile(
    r"^(Minister|Cabinet Secretary|Secretary)( of| for) (National )?"
    r"Defen[cs]e(?! Industry| Production)"
)


def cia_name(raw: str) -> str:
    """'Vladimir PUTIN' -> 'Vladimir Putin', 'McDONALD' -> 'McDonald', keeping particles."""

    def fix(token: str) -> str:
        """One token: an upper-case surname part gets its capital only ('PUTIN' -> 'Putin')."""
        parts = re.split(r"([-'])", token)
        out = []
        for part in parts:
            match = re.match(r"^([A-Z][a-z]+|[a-z]+)?([A-Z]{2,})$", part)
            if match:
                part = (match.group(1) or "") + match.group(2)[0] + match.group(2)[1:].lower()
            out.append(part)
        return "".join(out)

    return " ".join(fix(t) for t in raw.split())


LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ONTOLOGY = "http://williamrobertfunk.com/ontologies/"


def add_cia_2019(reg: PeopleRegistry, folder: Path, country_index: dict[str, str]) -> bool:
    """Add the CIA 2019 heads, foreign and defence ministers, undated (``as_of`` the extract),
    unless a dated source already covers the office that day; False when the data is absent."""
    base = folder / "dist" / "json"
    if not (base / "government-offices.json").exists():
        warn(f"missing {base}")
        return False
    offices = json.loads((base / "government-offices.json").read_text(encoding="utf-8"))
    for office in sorted(offices.values(), key=lambda o: o["@id"]):
        title, country, holder = _office(office)
        iso3 = country_index.get(fold(country or ""))
        role = _role(title)
        if iso3 and holder and role and not _covered(reg, iso3, role, holder):
            _add_holder(reg, iso3, role, title, cia_name(holder))
    return True


def _office(office: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """Title, country and holder (as the CIA writes it, 'Vladimir PUTIN') of an office."""
    title: str = office["datatypeProperties"].get(ONTOLOGY + "world-leaders#title", "")
    country = holder = None
    for prop in office["objectProperties"]:
        if ONTOLOGY + "country#hasCountry" in prop:
            country = prop[ONTOLOGY + "country#hasCountry"][LABEL]
        if ONTOLOGY + "world-leaders#hasGovernmentOfficial" in prop:
            holder = prop[ONTOLOGY + "world-leaders#hasGovernmentOfficial"][LABEL]
    return title, country, holder


def _role(title: str) -> str | None:
    """Role of a CIA title: 'Premier' -> 'head of government', 'Minister of Foreign Affairs'
    -> 'foreign minister'; None for the offices the base does not keep."""
    role = CIA_HEAD.get(title)
    if role is None and CIA_FOREIGN.search(title):
        role = "foreign minister"
    if (role is None and CIA_DEFENSE.search(title)) or title == "Secretary of Defense":
        role = "defense minister"
    return role


def _covered(reg: PeopleRegistry, iso3: str, role: str, holder: str) -> bool:
    """Whether a dated source already names the holder of the office on the CIA's day: the
    CIA spelling becomes a variant of that person when the surname matches."""
    name = cia_name(holder)
    surnames = re.findall(r"[A-Z]{2,}[A-Z'-]*", holder)
    covering = [
        (p, r)
        for p in reg.people
        for r in p.roles
        if r.where() == iso3 and r.role == role and r.start and r.low() <= CIA_AS_OF <= r.high()
    ]
    for holder_now, _ in covering:
        if surnames and fold(surnames[-1]) in fold(" ".join(holder_now.names["en"])):
            reg.add_variant(holder_now, name)
    return bool(covering)


def _add_holder(reg: PeopleRegistry, iso3: str, role: str, title: str, name: str) -> None:
    """Add an undated term for the holder, unless the person found already has a dated term
    of that office (a stale CIA entry)."""
    found = reg.find(None, [name], iso3)
    if found is not None and any(
        r.where() == iso3 and r.role == role and r.start for r in found.roles
    ):
        return
    person = found or reg.add(name, {"en": [name]}, None, iso3)
    en, fr = (title, fr_office_title(title)) if role.startswith("head") else reg.title(role, iso3)
    person.roles.append(reg.make_role(role, iso3, None, None, "cia-2019", (en, fr), CIA_AS_OF))
