#!/usr/bin/env python3
"""Build the bundled knowledge base of newsgraph from public data.

Usage::

    python scripts/build_kb.py --data ../shared/data --out newsgraph/data/kb

Inputs (read, never copied):

* ``<data>/dictionaries/countryinfo/CountryInfo.*.txt``: English country-name variants;
* ``<data>/dictionaries/petrarch2_phoenix/``: Phoenix actor and agent dictionaries (CAMEO codes
  for organisations and titles);
* ``<data>/wikidata_world_leaders_2021/wikidata.csv``: heads of state and government with
  Wikidata ids and years (``diff.csv``, a comparison with Wikipedia, is too noisy to use);
* ``<data>/world_leaders_current_2026/data/``: current heads (G20, ASEAN, EU, AU) with dates;
* ``<data>/cia_world_leaders_2019/dist/json/``: CIA World Leaders (2019) heads, foreign and
  defence ministers;
* ``scripts/kb_supplements/``: hand-written facts, each with its public source.

Outputs: ``countries.jsonl``, ``organizations.jsonl``, ``people.jsonl``, ``places.jsonl``
(cities, regions and features inside a country, see ``kb_places.py``) under ``--out`` and the
title lexicons ``<lang-out>/{en,fr}/titles.json``. Every JSON Lines file starts with a
``{"_meta": ...}`` header. Output is deterministic: records are sorted, keys are sorted, and the
version comes from ``--version`` (default :data:`KB_VERSION`), never from the clock.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb_places import build_places, read_excluded, read_french_forms

KB_VERSION = "kb-2026.11.30.1"
TITLES_VERSION = "v7"
REPO = Path(__file__).resolve().parent.parent
SUPPLEMENTS = Path(__file__).resolve().parent / "kb_supplements"
CIA_AS_OF = "2019-10-06"
WD2021_AS_OF = "2022-10-10"
# Source precedence when two sources give the same term: lower wins.
PRECEDENCE = {"supplement": 0, "world-leaders-2026": 1, "wikidata-2021": 2, "cia-2019": 3}
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
# The 2021 extract uses the wider state for these ISO entries (Kingdom of Denmark, Kingdom of the
# Netherlands, Sahrawi Arab Democratic Republic); countries.jsonl keeps the ISO territory's item.
WIDER_STATE_QIDS = {"Q756617": "DNK", "Q29999": "NLD", "Q40362": "ESH"}
LEADING_ARTICLES = re.compile(r"^(?:(?:the|les|le|la)\s+|l'\s*)", re.I)


def warn(message: str) -> None:
    """Report a data problem on stderr (the build goes on)."""
    print(f"warning: {message}", file=sys.stderr)


def fold(text: str) -> str:
    """Comparison key: no accents, lower case, punctuation and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-_.,()'\"]+", " ", text)
    return LEADING_ARTICLES.sub("", " ".join(text.split()))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def role_key(role: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", role.lower()).strip("_")


def uniq(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


# --------------------------------------------------------------------------- readers


def read_pipe_table(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split(" | ")]


def split_list(cell: str) -> list[str]:
    return [] if cell == "-" else [x.strip() for x in cell.split(";") if x.strip()]


def read_countryinfo(path: Path) -> list[dict[str, Any]]:
    """Blocks of CountryInfo.txt: alpha-3 code, English name, nationality and capital lists."""
    files = sorted(path.glob("CountryInfo*.txt"))
    if not files:
        warn(f"no CountryInfo file under {path}")
        return []
    text = files[-1].read_text(encoding="utf-8", errors="replace")
    blocks = []
    for body in re.findall(r"<Country>(.*?)</Country>", text, re.S):

        def tag(name: str, body: str = body) -> list[str]:
            match = re.search(rf"<{name}>(.*?)</{name}>", body, re.S)
            if not match:
                return []
            lines = (ln.split("#")[0].strip() for ln in match.group(1).splitlines())
            return [ln.strip("_").replace("_", " ") for ln in lines if ln]

        blocks.append(
            {
                "alpha3": (tag("ISO3166-alpha3") or [""])[0],
                "name": (tag("CountryName") or [""])[0],
                "nationality": tag("Nationality"),
                "capital": tag("Capital"),
            }
        )
    return blocks


def read_phoenix_dictionary(path: Path) -> dict[str, str]:
    """TABARI actor dictionary: folded name -> first CAMEO code (synonyms share the code)."""
    codes: dict[str, str] = {}
    pending: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        code = re.search(r"\[([A-Z]{3,}[A-Z0-9]*)[^\]]*\]", line)
        name_part = line.split("[")[0].strip()
        if name_part.startswith("+"):
            pending.append(name_part[1:])
        elif name_part:
            pending = [name_part]
        if code and pending:
            for name in pending:
                key = fold(name.replace("_", " "))
                if key and key not in codes:
                    codes[key] = code.group(1)
            pending = []
    return codes


def read_phoenix_agents(path: Path) -> dict[str, str]:
    """Phoenix agents: folded noun phrase -> agent code without the ``~`` (e.g. ``GOVMIL``)."""
    macros = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"], "!MINIST!": ["MINISTER"]}
    agents: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^([^#\[]+?)\s*(\{[^}]*\})?\s*\[~(\w+)\]", raw)
        if not match:
            continue
        phrases = [match.group(1).strip()]
        for macro, values in macros.items():
            phrases = [
                p.replace(macro, v) for p in phrases for v in (values if macro in p else [""])
            ]
        for phrase in phrases:
            key = fold(phrase.replace("_", " "))
            agents.setdefault(key, match.group(3))
    return agents


# --------------------------------------------------------------------------- countries


def inflect_fr(adjective: str) -> list[str]:
    """All four forms (m, f, m pl, f pl) of a French gentilé given in the masculine singular."""
    if "/" in adjective:
        return adjective.split("/")
    if adjective.endswith("e"):
        return [adjective, adjective, adjective + "s", adjective + "s"]
    if adjective[-1] in "sxz":
        return [adjective, adjective + "e", adjective, adjective + "es"]
    if adjective.endswith(("en", "on")):
        return [adjective, adjective + "ne", adjective + "s", adjective + "nes"]
    return [adjective, adjective + "e", adjective + "s", adjective + "es"]


def english_plurals(adjectives: list[str]) -> list[str]:
    """Demonym plurals for adjectives that double as nouns (Iraqi -> Iraqis, Afghan -> Afghans)."""
    out = []
    for adj in adjectives:
        out.append(adj)
        if re.search(r"(wo)?man$", adj):
            out.append(adj[:-3] + "men")
        elif re.search(r"(an|i)$", adj) and " " not in adj:
            out.append(adj + "s")
    return uniq(out)


def damerau(a: str, b: str) -> int:
    """Optimal string alignment distance (for spotting misspelt CountryInfo variants)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def countryinfo_variants(block: dict[str, Any], known: list[str], exclude: set[str]) -> list[str]:
    """English variants worth keeping: ASCII, not misspellings of a known name, not excluded."""
    keep: list[str] = []
    known_keys = [fold(k) for k in known]
    for raw in block["nationality"]:
        if "(" in raw or re.search(r"(MAN|MEN)$", raw):
            continue
        name = raw.title().replace("'S", "'s").replace(" Of ", " of ").replace(" And ", " and ")
        name = name.replace(" The ", " the ").replace("Dpr", "DPR")
        key = fold(name)
        if not key or not re.fullmatch(r"[a-z0-9 ]+", key) or key in exclude or key in known_keys:
            continue
        if any(0 < damerau(key, k) <= 2 for k in known_keys if len(k) > 4):
            continue
        if len(key) <= 4 and " " not in key:
            name = name.upper()  # acronyms such as DPRK, USA
        keep.append(name)
        known_keys.append(key)
    return keep


def countryinfo_code(
    block: dict[str, Any], countries: dict[str, dict[str, Any]], name_index: dict[str, str]
) -> str | None:
    """ISO3 of a CountryInfo block: its name unless that name is only a variant of another
    country (``CONGO``), in which case its own (sometimes wrong) alpha-3 field decides."""
    by_name = name_index.get(fold(block["name"]))
    alpha3 = block["alpha3"] if block["alpha3"] in countries else None
    if by_name and alpha3 and by_name != alpha3:
        canonical = fold(countries[by_name]["names"]["en"][0])
        return by_name if canonical == fold(block["name"]) else alpha3
    return by_name or alpha3


def build_countries(data: Path) -> tuple[list[dict[str, Any]], list[str]]:
    rows = list(read_pipe_table(SUPPLEMENTS / "countries.txt"))
    exclude = {
        fold(x)
        for x in (SUPPLEMENTS / "countryinfo_exclude.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    }
    countries: dict[str, dict[str, Any]] = {}
    for iso3, iso2, qid, en, en_adj, fr, fr_adj, cap_en, cap_fr in rows:
        countries[iso3] = {
            "iso3": iso3,
            "iso2": iso2,
            "wikidata": None if qid == "-" else qid,
            "names": {"en": split_list(en), "fr": split_list(fr)},
            "adjectives": {
                "en": english_plurals(split_list(en_adj)),
                "fr": uniq(form for adj in split_list(fr_adj) for form in inflect_fr(adj)),
            },
            "capital": {
                "en": next(iter(split_list(cap_en)), None),
                "fr": next(iter(split_list(cap_fr)), None),
            },
            "capital_variants": {"en": split_list(cap_en)[1:], "fr": split_list(cap_fr)[1:]},
            "seats": [],
        }
    name_index = {fold(n): iso3 for iso3, c in countries.items() for n in c["names"]["en"]}
    sources = [
        "ISO 3166-1",
        "Unicode CLDR territory names",
        "French Ministry of Foreign Affairs country-name list (JORF 24 Sept 2008)",
        "Wikidata (CC0)",
        "scripts/kb_supplements/countries.txt",
        "scripts/kb_supplements/seats.txt",
    ]
    ci_path = data / "dictionaries" / "countryinfo"
    blocks = read_countryinfo(ci_path)
    if blocks:
        sources.append("openeventdata/CountryInfo (CountryInfo.120116.txt)")
    for block in blocks:
        code = countryinfo_code(block, countries, name_index)
        if code is None:
            continue
        c = countries[code]
        known = c["names"]["en"] + c["adjectives"]["en"]
        c["names"]["en"] = uniq(c["names"]["en"] + countryinfo_variants(block, known, exclude))
    wd_path = data / "wikidata_world_leaders_2021" / "wikidata.csv"
    mismatches: set[str] = set()
    if wd_path.exists():
        for row in csv.DictReader(wd_path.open(encoding="utf-8")):
            found = name_index.get(fold(row["country"]))
            if found is None:
                continue
            iso3 = found
            if countries[iso3]["wikidata"] is None:
                countries[iso3]["wikidata"] = row["countryid"]
            elif (
                countries[iso3]["wikidata"] != row["countryid"]
                and row["countryid"] not in mismatches
            ):
                mismatches.add(row["countryid"])
                if WIDER_STATE_QIDS.get(row["countryid"]) != iso3:
                    warn(
                        f"{iso3}: wikidata {countries[iso3]['wikidata']}"
                        f" != 2021 extract {row['countryid']}"
                    )
    for iso3, lang, text, actor, org, sector in read_pipe_table(SUPPLEMENTS / "seats.txt"):
        countries[iso3]["seats"].append(
            {
                "text": text,
                "lang": lang,
                "actor": actor,
                "org": None if org == "-" else org,
                "sector": sector,
            }
        )
    for c in countries.values():
        c["seats"].sort(key=lambda s: (s["lang"], s["text"]))
        for lang in ("en", "fr"):
            if not c["names"][lang]:
                warn(f"{c['iso3']}: no {lang} name")
    return [countries[k] for k in sorted(countries)], sources


# --------------------------------------------------------------------------- organisations


INTERNATIONAL_CODES = ("IGO", "NGO", "IMG", "MNC", "INT")


def cameo_fits(code: str, org: dict[str, Any]) -> bool:
    """A Phoenix code agrees with an organisation when it names the same country (or is an
    international code for one without a country): 'Ansar Allah' is Lebanese in Phoenix."""
    if org["country"]:
        return code.startswith(org["country"]) or code[:3] == org["sector"]
    return code.startswith(INTERNATIONAL_CODES) or code[:3] == org["sector"]


def build_organizations(
    data: Path, country_codes: set[str]
) -> tuple[list[dict[str, Any]], list[str]]:
    spec = json.loads((SUPPLEMENTS / "organizations.json").read_text(encoding="utf-8"))
    phoenix_dir = data / "dictionaries" / "petrarch2_phoenix"
    codes: dict[str, str] = {}
    for name in (
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.Countries.actors.txt",
    ):
        if (phoenix_dir / name).exists():
            for key, code in read_phoenix_dictionary(phoenix_dir / name).items():
                codes.setdefault(key, code)
    orgs = []
    ids = {o["id"] for o in spec["organizations"]}
    for org in spec["organizations"]:
        if org["country"] is not None and org["country"] not in country_codes:
            warn(f"organisation {org['id']}: unknown country {org['country']}")
        if org.get("parent") and org["parent"] not in ids:
            warn(f"organisation {org['id']}: unknown parent {org['parent']}")
        record = {
            key: org.get(key) for key in ("id", "names", "kind", "country", "sector", "wikidata")
        }
        record["parent"] = org.get("parent")
        if org.get("periods"):
            record["periods"] = org["periods"]
        candidates = (codes[fold(n)] for n in org["names"]["en"] if fold(n) in codes)
        record["cameo"] = next((c for c in candidates if cameo_fits(c, org)), None)
        record["names"] = {lang: uniq(names) for lang, names in org["names"].items()}
        orgs.append(record)
    sources = [
        "scripts/kb_supplements/organizations.json",
        "Wikidata (CC0)",
        "openeventdata/petrarch2 Phoenix actor dictionaries (MIT)",
    ]
    return sorted(orgs, key=lambda o: o["id"]), sources


# --------------------------------------------------------------------------- people


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
        return pad(self.start or self.as_of or "0001", low=True)

    def high(self) -> str:
        return pad(self.end, low=False) if self.end else "9999-12-31"

    def where(self) -> str:
        return self.country or "" if self.org is None else "@" + self.org


@dataclass
class Person:
    name: str
    names: dict[str, list[str]]
    wikidata: str | None = None
    gender: str | None = None
    roles: list[Role] = field(default_factory=list)

    def countries(self) -> set[str]:
        return {r.where() for r in self.roles}


def pad(date: str | None, low: bool) -> str:
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
        self.people: list[Person] = []
        self.by_qid: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = defaultdict(list)
        self.titles = titles
        self.org_sectors = org_sectors

    def title(self, role: str, where: str) -> tuple[str, str]:
        table = self.titles.get(where, {})
        en, fr = table.get(role) or self.titles["default"].get(role) or (role.title(), role)
        return en, fr

    def find(self, qid: str | None, names: Iterable[str], where: str | None) -> Person | None:
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


def add_supplement_people(reg: PeopleRegistry, spec: dict[str, Any]) -> None:
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
    for pattern, title in FR_OFFICE_WORDS:
        if re.search(pattern, label, re.I):
            return title
    return label


def clean_label(label: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", label).strip()


def add_wikidata_2021(
    reg: PeopleRegistry, folder: Path, country_index: dict[str, str], fixes: dict[str, Any]
) -> bool:
    path = folder / "wikidata.csv"
    if not path.exists():
        warn(f"missing {path}")
        return False
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    hog_positions = set(fixes["head_of_government_positions"]) - {"_about"}
    position_roles = {k: v for k, v in fixes["position_roles"].items() if k != "_about"}
    drop = {d["key"] for d in fixes.get("drop_2021", [])}
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
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
    for iso3, country_rows in by_country.items():
        has_hog = any(r["_role"] != "head of state" for r in country_rows)
        for row in country_rows:
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
    return True


def add_world_leaders_2026(
    reg: PeopleRegistry, folder: Path, iso2_index: dict[str, str], fixes: dict[str, Any]
) -> bool:
    countries_dir = folder / "data" / "countries"
    if not countries_dir.exists():
        warn(f"missing {countries_dir}")
        return False
    drop = {d["key"] for d in fixes["drop_2026"]}
    since_fix = {k: v for k, v in fixes["since_2026"].items() if k != "_about"}
    qid_fixes = {k: v for k, v in fixes["wikidata_2026"].items() if k != "_about"}
    org_roles = {
        "european_union": {
            "head_of_government": ("president", "@european_commission"),
            "head_of_state": ("president", "@european_council"),
        },
        "african_union": {
            "head_of_government": ("chairperson", "@au_commission"),
            "head_of_state": ("chairperson", "@au"),
        },
    }
    for current in sorted(countries_dir.glob("*/current.json")):
        doc = json.loads(current.read_text(encoding="utf-8"))
        folder_name = current.parent.name
        iso3 = iso2_index.get(doc["country"]["iso_code"])
        for position, spec in sorted(doc["positions"].items()):
            holder = spec.get("current_holder") or {}
            if not holder.get("name_en"):
                continue
            if folder_name in org_roles:
                role, where = org_roles[folder_name][position]
            elif iso3 is None or f"{iso3}:{position}" in drop:
                continue
            else:
                role, where = position.replace("_", " "), iso3
            since = holder.get("since") or since_fix.get(f"{iso3}:{position}")
            qid = qid_fixes.get(holder.get("wikidata_id") or "", holder.get("wikidata_id"))
            known = reg.by_qid.get(qid or "")
            if known and fold(holder["name_en"]).split()[-1] not in fold(
                " ".join(known.names["en"])
            ):
                warn(
                    f"2026 extract: {holder['name_en']} has the id {qid} of {known.name};"
                    " id ignored"
                )
                qid = None
            person = reg.add(holder["name_en"], {"en": [holder["name_en"]]}, qid, where)
            title = (
                (spec["title_en"], fr_office_title(spec["title_en"]))
                if not where.startswith("@")
                else None
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
    for change_file in sorted((folder / "data" / "changes").glob("*.json")):
        for change in json.loads(change_file.read_text(encoding="utf-8")).get("changes", []):
            iso3 = iso2_index.get(change["country"].upper()) or iso2_index.get(
                {"uk": "GB", "usa": "US"}.get(change["country"], "")
            )
            old = reg.find(None, [change["old_holder_en"]], iso3)
            if old is None:
                continue
            for term in old.roles:
                if (
                    term.where() == iso3
                    and term.role == change["position"].replace("_", " ")
                    and term.end is None
                ):
                    term.end = change["change_date"]
    return True


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


def feminine(title_fr: str) -> str:
    for masc, fem in FEMININE_FR:
        if title_fr.startswith(masc) or f" {masc}" in title_fr:
            return title_fr.replace(masc, fem, 1)
    return title_fr


def person_record(person: Person) -> dict[str, Any]:
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
    ids: dict[str, int] = defaultdict(int)
    for rec in sorted(records, key=lambda r: (r["id"], r["name"])):
        ids[rec["id"]] += 1
        if ids[rec["id"]] > 1:
            rec["id"] = f"{rec['id']}-{ids[rec['id']]}"
    return sorted(records, key=lambda r: r["id"]), sources


# --------------------------------------------------------------------------- titles


def build_titles(data: Path) -> dict[str, dict[str, Any]]:
    spec = json.loads((SUPPLEMENTS / "titles.json").read_text(encoding="utf-8"))
    agents_path = data / "dictionaries" / "petrarch2_phoenix" / "Phoenix.agents.txt"
    agents = read_phoenix_agents(agents_path) if agents_path.exists() else {}
    out: dict[str, dict[str, Any]] = {}
    for lang in ("en", "fr"):
        seen: set[str] = set()
        entries = []
        for group in spec["groups"]:
            for item in group[lang]:
                text, gender = (item, None) if lang == "en" else (item[0], item[1])
                if text in seen:
                    warn(f"duplicate {lang} title {text!r}")
                    continue
                seen.add(text)
                entry: dict[str, Any] = {
                    "text": text,
                    "sector": group["sector"],
                    "role": group["role"],
                    "role_key": role_key(group["role"]),
                }
                if lang == "en":
                    key = fold(text)
                    code = agents.get(key) or agents.get(re.sub(r"s$", "", key))
                    if code and entry["sector"] is None and not group.get("attached"):
                        entry["sector"] = code[:3]
                    if code and code[:3] == entry["sector"]:
                        entry["cameo"] = code
                else:
                    entry["gender"] = gender
                if text in spec.get("countries", {}).get(lang, {}):
                    entry["country"] = spec["countries"][lang][text]
                entries.append(entry)
        sources = ["scripts/kb_supplements/titles.json (press usage; French feminisation guides)"]
        if lang == "en" and agents:
            sources.append(
                "openeventdata/petrarch2 Phoenix.agents.txt (MIT): cameo codes and default sectors"
            )
        out[lang] = {
            "version": f"titles-{lang}.{TITLES_VERSION}",
            "sources": sources,
            "titles": sorted(entries, key=lambda e: (e["role_key"], e["text"])),
        }
    return out


# --------------------------------------------------------------------------- output


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_jsonl(
    path: Path, records: list[dict[str, Any]], version: str, sources: list[str]
) -> None:
    meta = {
        "_meta": {"version": version, "sources": sources, "generated_by": "scripts/build_kb.py"}
    }
    lines = [dumps(meta)] + [dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _all_names(record: dict[str, Any]) -> list[list[str]]:
    """Every name list of a person or organisation record (to keep them out of places)."""
    names = record.get("names", [])
    return list(names.values()) if isinstance(names, dict) else [names, [record["name"]]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder with the public source data"
    )
    parser.add_argument("--out", type=Path, default=REPO / "newsgraph" / "data" / "kb")
    parser.add_argument(
        "--lang-out",
        type=Path,
        default=REPO / "newsgraph" / "lang",
        help="folder receiving en/titles.json and fr/titles.json",
    )
    parser.add_argument("--version", default=KB_VERSION, help="version written in every header")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"--data {args.data} is not a folder")
    if not re.fullmatch(r"kb-\d{4}\.\d{2}\.\d{2}(\.\d+)?", args.version):
        parser.error("--version must look like kb-YYYY.MM.DD (kb-YYYY.MM.DD.N for a later one)")
    args.out.mkdir(parents=True, exist_ok=True)
    countries, c_sources = build_countries(args.data)
    orgs, o_sources = build_organizations(args.data, {c["iso3"] for c in countries})
    people, p_sources = build_people(args.data, countries, orgs)
    write_jsonl(args.out / "countries.jsonl", countries, args.version, c_sources)
    write_jsonl(args.out / "organizations.jsonl", orgs, args.version, o_sources)
    write_jsonl(args.out / "people.jsonl", people, args.version, p_sources)
    taken = {fold(n) for r in people + orgs for ns in _all_names(r) for n in ns}
    french = read_french_forms(SUPPLEMENTS / "places_fr.txt")
    excluded = read_excluded(SUPPLEMENTS / "places_exclude.txt")
    places, l_sources = build_places(args.data, countries, taken, french, excluded)
    write_jsonl(args.out / "places.jsonl", places, args.version, l_sources)
    for lang, doc in build_titles(args.data).items():
        (args.lang_out / lang).mkdir(parents=True, exist_ok=True)
        (args.lang_out / lang / "titles.json").write_text(
            json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8"
        )
    print(
        f"countries={len(countries)} organizations={len(orgs)} people={len(people)}"
        f" places={len(places)} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
