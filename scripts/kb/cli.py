"""Command line of ``scripts/build_kb.py``: read the sources, write the tables and lexicons."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from .common import REPO, SUPPLEMENTS, fold
from .countries import build_countries
from .organizations import build_organizations
from .output import write_jsonl, write_lexicon
from .people import build_people
from .places import build_places, read_excluded, read_french_forms
from .titles import build_titles

KB_VERSION = "kb-2026.11.30.1"
DESCRIPTION = "Build the bundled knowledge base of newsgraph from public data."


def _all_names(record: dict[str, Any]) -> list[list[str]]:
    """Every name list of a person or organisation record (to keep them out of places)."""
    names = record.get("names", [])
    return list(names.values()) if isinstance(names, dict) else [names, [record["name"]]]


def main(argv: list[str] | None = None) -> int:
    """Build every table and lexicon: ``main(['--data', '../shared/data'])`` returns 0."""
    args = _arguments(argv)
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
        write_lexicon(args.lang_out / lang / "titles.json", doc)
    print(
        f"countries={len(countries)} organizations={len(orgs)} people={len(people)}"
        f" places={len(places)} -> {args.out}"
    )
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    """The parsed command line; exits with a usage error for a missing data folder or a
    version not of the form kb-YYYY.MM.DD[.N]."""
    parser = argparse.ArgumentParser(description=DESCRIPTION)
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
    return args
