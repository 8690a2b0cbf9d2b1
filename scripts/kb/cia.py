"""People from the CIA World Leaders (2019): heads, foreign and defence ministers."""

from __future__ import annotations

import json
import re
from pathlib import Path

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


def add_cia_2019(reg: PeopleRegistry, folder: Path, country_index: dict[str, str]) -> bool:
    """Add the CIA 2019 heads, foreign and defence ministers, undated (``as_of`` the extract),
    unless a dated source already covers the office that day; False when the data is absent."""
    base = folder / "dist" / "json"
    if not (base / "government-offices.json").exists():
        warn(f"missing {base}")
        return False
    label_key = "http://www.w3.org/2000/01/rdf-schema#label"
    prefix = "http://williamrobertfunk.com/ontologies/"
    offices = json.loads((base / "government-offices.json").read_text(encoding="utf-8"))
    for office in sorted(offices.values(), key=lambda o: o["@id"]):
        title = office["datatypeProperties"].get(prefix + "world-leaders#title", "")
        country = holder = None
        for prop in office["objectProperties"]:
            if prefix + "country#hasCountry" in prop:
                country = prop[prefix + "country#hasCountry"][label_key]
            if prefix + "world-leaders#hasGovernmentOfficial" in prop:
                holder = prop[prefix + "world-leaders#hasGovernmentOfficial"][label_key]
        iso3 = country_index.get(fold(country or ""))
        if not iso3 or not holder:
            continue
        role = CIA_HEAD.get(title)
        if role is None and CIA_FOREIGN.search(title):
            role = "foreign minister"
        if (role is None and CIA_DEFENSE.search(title)) or title == "Secretary of Defense":
            role = "defense minister"
        if role is None:
            continue
        name = cia_name(holder)
        surnames = re.findall(r"[A-Z]{2,}[A-Z'-]*", holder)
        covering = [
            (p, r)
            for p in reg.people
            for r in p.roles
            if r.where() == iso3 and r.role == role and r.start and r.low() <= CIA_AS_OF <= r.high()
        ]
        if covering:
            # A dated source already names the holder on that day: keep the CIA spelling as a
            # variant when the surname matches, and never add a second, undated term.
            for holder_now, _ in covering:
                if surnames and fold(surnames[-1]) in fold(" ".join(holder_now.names["en"])):
                    reg.add_variant(holder_now, name)
            continue
        found = reg.find(None, [name], iso3)
        if found is not None and any(
            r.where() == iso3 and r.role == role and r.start for r in found.roles
        ):
            continue  # stale entry for someone whose dated term is known
        person = found or reg.add(name, {"en": [name]}, None, iso3)
        en, fr = (
            (title, fr_office_title(title)) if role.startswith("head") else reg.title(role, iso3)
        )
        person.roles.append(reg.make_role(role, iso3, None, None, "cia-2019", (en, fr), CIA_AS_OF))
    return True
