#!/usr/bin/env python3
"""Build the CAMEO and PLOVER tables that the store's GDELT export and dyad summaries read.

Usage::

    python scripts/build_cameo_tables.py --data ../shared/data --out newsgraph/data/cameo

Inputs (read, never copied; each fact keeps its source in the output's ``sources``):

* ``<data>/dictionaries/cameo_eventcodes_gdelt_lookup.tsv``: CAMEO code → description (GDELT);
* ``<data>/dictionaries/cameo_goldstein_phoenix.tsv``: CAMEO code → Goldstein score (Phoenix);
* ``<data>/dictionaries/cameo_root_quadclass_phoenix.tsv``: CAMEO root → quad class (Phoenix);
* ``<data>/dictionaries/plover_scores_manual_v2.tsv``: PLOVER type and mode → intensity
  (PLOVER manual, draft v2.0);
* ``<data>/plover/CAMEO2PLOVER-2021.txt``: CAMEO code → PLOVER type, mode and context.

Outputs, under ``--out``: ``cameo.json`` (code → name, root, quad class, Goldstein) and
``plover.json`` (type and mode → intensity, CAMEO code → PLOVER, and PLOVER → the most general
CAMEO code that maps to it). The output is deterministic: keys are sorted and the version is
:data:`VERSION`, never the clock.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsgraph.article import PLOVER_TYPES as ALL_PLOVER_TYPES

VERSION = "cameo-tables.v1"
PLOVER_TYPES = list(ALL_PLOVER_TYPES)
#: The PLOVER manual prints ACCUSE's base score as +3; every ACCUSE mode is negative and ACCUSE
#: is a conflict category, so the sign is taken to be a typo (noted in the data's SOURCE.md).
CORRECTIONS = {"ACCUSE": -3.0}
#: The general code of types whose CAMEO codes all carry a mode or spread over several roots:
#: "Disapprove" (110), "Use conventional military force" (190), "Return, release" (084).
GENERAL = {"ACCUSE": "110", "ASSAULT": "190", "RETREAT": "084"}

SOURCES = {
    "names": "GDELT CAMEO.eventcodes.txt (via dictionaries/cameo_eventcodes_gdelt_lookup.tsv)",
    "goldstein": "openeventdata/phoenix_pipeline postprocess.py goldstein_scale (MIT)",
    "quad_class": "openeventdata/phoenix_pipeline postprocess.py quad_conversion (MIT); "
    "0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
    "4 material conflict",
    "intensity": "PLOVER manual draft v2.0, conflict-cooperation scores (CC BY-SA 4.0); "
    "ACCUSE base score sign corrected to -3",
    "cameo2plover": "openeventdata/PLOVER CAMEO2PLOVER-2021.txt, draft 0.8 (CC BY-SA 4.0)",
}


def main() -> int:
    args = parse_args()
    data = Path(args.data)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cameo = build_cameo(data / "dictionaries")
    plover = build_plover(data, cameo)
    write(out / "cameo.json", cameo)
    write(out / "plover.json", plover)
    print(f"{len(cameo['codes'])} CAMEO codes, {len(plover['from_cameo'])} mapped to PLOVER")
    return 0


def build_cameo(folder: Path) -> dict[str, Any]:
    names = dict(_tsv(folder / "cameo_eventcodes_gdelt_lookup.tsv"))
    goldstein = {code: float(value) for code, value in _tsv(folder / "cameo_goldstein_phoenix.tsv")}
    quads = {root: int(value) for root, value in _tsv(folder / "cameo_root_quadclass_phoenix.tsv")}
    codes: dict[str, dict[str, Any]] = {}
    for code in sorted(set(names) | set(goldstein)):
        root = code[:2]
        codes[code] = {
            "name": names.get(code),
            "root": root,
            "base": code[:3],
            "quad_class": quads.get(root),
            "goldstein": goldstein.get(code, goldstein.get(code[:3], goldstein.get(root))),
        }
    return {
        "version": VERSION,
        "sources": [SOURCES["names"], SOURCES["goldstein"], SOURCES["quad_class"]],
        "codes": codes,
    }


def build_plover(data: Path, cameo: dict[str, Any]) -> dict[str, Any]:
    intensity: dict[str, float] = {}
    for row in _rows(data / "dictionaries" / "plover_scores_manual_v2.tsv"):
        kind, mode, score = row[0].upper(), row[1].strip().lower(), float(row[2])
        key = f"{kind}/{mode}" if mode else kind
        intensity[key] = CORRECTIONS.get(key, score)
    from_cameo = parse_cameo2plover(data / "plover" / "CAMEO2PLOVER-2021.txt")
    return {
        "version": VERSION,
        "sources": [SOURCES["intensity"], SOURCES["cameo2plover"]],
        "types": PLOVER_TYPES,
        "intensity": dict(sorted(intensity.items())),
        "from_cameo": from_cameo,
        "to_cameo": to_cameo(from_cameo, cameo["codes"]),
    }


def parse_cameo2plover(path: Path) -> dict[str, dict[str, str | None]]:
    """``030: AGREE,  , diplomatic # comment`` lines: CAMEO code → type, mode, context."""
    table: dict[str, dict[str, str | None]] = {}
    line_form = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")
    for line in path.read_text(encoding="utf-8").splitlines():
        match = line_form.match(line.strip())
        if not match or match.group(2) not in PLOVER_TYPES:
            continue
        code, kind, mode, context = (part.strip() for part in match.groups())
        table.setdefault(code, {"type": kind, "mode": mode.lower() or None, "context": context})
    return dict(sorted(table.items()))


def to_cameo(from_cameo: dict[str, dict[str, str | None]], codes: dict[str, Any]) -> dict[str, str]:
    """PLOVER type (and ``TYPE/mode``) → the most general CAMEO code coded so."""
    choice: dict[str, str] = {}
    for code in sorted(from_cameo, key=lambda c: (len(c), c)):
        if code not in codes:
            continue
        entry = from_cameo[code]
        kind, mode = str(entry["type"]), entry["mode"]
        if mode:
            choice.setdefault(f"{kind}/{mode}", code)
        else:
            choice.setdefault(kind, code)
    for kind in PLOVER_TYPES:
        if kind in GENERAL:
            choice[kind] = GENERAL[kind]
        if kind not in choice:
            modes = sorted(
                (code for key, code in choice.items() if key.startswith(kind + "/")),
                key=lambda c: (len(c), c),
            )
            if modes:
                choice[kind] = modes[0]
    return dict(sorted(choice.items()))


def _tsv(path: Path) -> list[tuple[str, str]]:
    return [(row[0].strip(), row[1].strip()) for row in _rows(path)]


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    return [row + [""] * (3 - len(row)) for row in rows[1:] if row and row[0].strip()]


def write(path: Path, value: dict[str, Any]) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data", help="the public data folder")
    parser.add_argument("--out", default="newsgraph/data/cameo", help="where to write the tables")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
