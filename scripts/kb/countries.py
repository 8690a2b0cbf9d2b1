"""The countries table: ISO codes, English and French names, adjectives, capitals and seats."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from .common import SUPPLEMENTS, fold, read_pipe_table, split_list, uniq, warn
from .sources import read_countryinfo

# The 2021 extract uses the wider state for these ISO entries (Kingdom of Denmark, Kingdom of the
# Netherlands, Sahrawi Arab Democratic Republic); countries.jsonl keeps the ISO territory's item.
WIDER_STATE_QIDS = {"Q756617": "DNK", "Q29999": "NLD", "Q40362": "ESH"}


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
    """The countries table (sorted by ISO3) and its sources: the supplement rows, English
    variants from CountryInfo, Wikidata ids from the 2021 extract, and seats."""
    countries = _supplement_countries()
    name_index = {fold(n): iso3 for iso3, c in countries.items() for n in c["names"]["en"]}
    sources = [
        "ISO 3166-1",
        "Unicode CLDR territory names",
        "French Ministry of Foreign Affairs country-name list (JORF 24 Sept 2008)",
        "Wikidata (CC0)",
        "scripts/kb_supplements/countries.txt",
        "scripts/kb_supplements/seats.txt",
    ]
    if _add_countryinfo_variants(countries, name_index, data / "dictionaries" / "countryinfo"):
        sources.append("openeventdata/CountryInfo (CountryInfo.120116.txt)")
    _add_wikidata_ids(countries, name_index, data / "wikidata_world_leaders_2021" / "wikidata.csv")
    _add_seats(countries)
    for c in countries.values():
        for lang in ("en", "fr"):
            if not c["names"][lang]:
                warn(f"{c['iso3']}: no {lang} name")
    return [countries[k] for k in sorted(countries)], sources


def _supplement_countries() -> dict[str, dict[str, Any]]:
    """Country records of ``countries.txt`` by ISO3, French adjectives in all four forms."""
    countries: dict[str, dict[str, Any]] = {}
    for iso3, iso2, qid, en, en_adj, fr, fr_adj, cap_en, cap_fr in read_pipe_table(
        SUPPLEMENTS / "countries.txt"
    ):
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
    return countries


def _add_countryinfo_variants(
    countries: dict[str, dict[str, Any]], name_index: dict[str, str], path: Path
) -> bool:
    """Add the English variants of each CountryInfo block to its country's names (``DPRK``
    to North Korea); False when there is no CountryInfo file."""
    exclude = {
        fold(x)
        for x in (SUPPLEMENTS / "countryinfo_exclude.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    }
    blocks = read_countryinfo(path)
    for block in blocks:
        code = countryinfo_code(block, countries, name_index)
        if code is None:
            continue
        c = countries[code]
        known = c["names"]["en"] + c["adjectives"]["en"]
        c["names"]["en"] = uniq(c["names"]["en"] + countryinfo_variants(block, known, exclude))
    return bool(blocks)


def _add_wikidata_ids(
    countries: dict[str, dict[str, Any]], name_index: dict[str, str], path: Path
) -> None:
    """Fill missing Wikidata ids from the 2021 extract, warning once per id that disagrees
    (unless it is the wider state of :data:`WIDER_STATE_QIDS`)."""
    if not path.exists():
        return
    mismatches: set[str] = set()
    for row in csv.DictReader(path.open(encoding="utf-8")):
        iso3 = name_index.get(fold(row["country"]))
        if iso3 is None:
            continue
        if countries[iso3]["wikidata"] is None:
            countries[iso3]["wikidata"] = row["countryid"]
        elif countries[iso3]["wikidata"] != row["countryid"] and row["countryid"] not in mismatches:
            mismatches.add(row["countryid"])
            if WIDER_STATE_QIDS.get(row["countryid"]) != iso3:
                warn(
                    f"{iso3}: wikidata {countries[iso3]['wikidata']}"
                    f" != 2021 extract {row['countryid']}"
                )


def _add_seats(countries: dict[str, dict[str, Any]]) -> None:
    """Add the seats of ``seats.txt`` (metonyms such as 'the Kremlin'), sorted by language."""
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
