#!/usr/bin/env python3
"""Build the PLOVER → CAMEO mapping: the events stage's codes and scores, the store's exports.

Usage::

    python scripts/build_plover_mapping.py --data ../shared/data \\
        --out newsgraph/data/cameo/plover_mapping.json

Inputs (read, never copied; the output names its sources):

* ``<data>/plover/CAMEO2PLOVER-2021.txt``: CAMEO code → PLOVER type, mode (PLOVER project,
  draft 0.8, 2021; CC BY-SA 4.0);
* ``<data>/dictionaries/cameo_eventcodes_gdelt_lookup.tsv``: CAMEO code → description (GDELT
  CAMEO.eventcodes.txt);
* ``<data>/dictionaries/cameo_goldstein_phoenix.tsv``: CAMEO code → Goldstein score and
  ``<data>/dictionaries/cameo_root_quadclass_phoenix.tsv``: CAMEO root → quad class (Phoenix
  pipeline, MIT);
* ``<data>/dictionaries/plover_scores_manual_v2.tsv``: PLOVER type and mode → intensity (PLOVER
  manual, draft v2.0; CC BY-SA 4.0).

The output maps each PLOVER type, and each of its modes, to the most general CAMEO code of the
2021 table that converts to it, and each of those codes to its description, base code, root,
quad class and Goldstein score. Deterministic: sorted keys, a fixed version, raised only when a
code or score changes (it is part of the events stage's version).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

VERSION = "plover-mapping.1"
#: Types whose codes spread over several CAMEO roots: the root their plain form belongs to.
DEFAULT_ROOT = {"ASSAULT": "19", "ACCUSE": "11", "SANCTION": "16", "COERCE": "17"}
#: SANCTION's "impose sanctions" is 163, which the 2021 table files under COERCE; PLOVER's own
#: definition of SANCTION includes sanctions and embargoes, so 163 is listed for it too.
EXTRA = {("SANCTION", "restrict"): "163"}
#: The manual prints ACCUSE's base score as +3; every ACCUSE mode is negative (-2 to -3.5).
CORRECTIONS = {("ACCUSE", ""): -3.0}
_ROW = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*?)\s*(?:,|#|$)")


def read_table(path: Path) -> list[tuple[str, str, str]]:
    """``(code, type, mode)`` for every code row of CAMEO2PLOVER, in file order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line.strip())
        if match:
            code, kind, mode = match.groups()
            rows.append((code, kind, mode.strip().lower()))
    return rows


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def goldstein_of(code: str, scores: dict[str, float]) -> float | None:
    """The code's score, or its nearest parent's."""
    while code:
        if code in scores:
            return scores[code]
        code = code[:-1]
    return None


def default_code(codes: list[str], kind: str) -> str:
    """The most general code, in the type's main root when it has one."""
    root = DEFAULT_ROOT.get(kind)
    preferred = [code for code in codes if root and code.startswith(root)] or codes
    return min(preferred, key=lambda code: (len(code), code))


def build(data: Path) -> dict[str, object]:
    rows = read_table(data / "plover" / "CAMEO2PLOVER-2021.txt")
    dictionaries = data / "dictionaries"
    names = {
        r["CAMEOEVENTCODE"].strip(): r["EVENTDESCRIPTION"].strip()
        for r in read_tsv(dictionaries / "cameo_eventcodes_gdelt_lookup.tsv")
    }
    scores = {
        r["cameo_code"]: float(r["goldstein"])
        for r in read_tsv(dictionaries / "cameo_goldstein_phoenix.tsv")
    }
    quads = {
        r["cameo_root"]: int(r["quad_class"])
        for r in read_tsv(dictionaries / "cameo_root_quadclass_phoenix.tsv")
    }
    intensity: dict[str, dict[str, float]] = {}
    for r in read_tsv(dictionaries / "plover_scores_manual_v2.tsv"):
        kind, mode = r["plover_category"].strip(), r["mode"].strip().lower()
        value = CORRECTIONS.get((kind, mode), float(r["score"]))
        intensity.setdefault(kind, {})[mode] = value

    by_type: dict[str, list[str]] = {}
    by_mode: dict[tuple[str, str], list[str]] = {}
    for code, kind, mode in rows:
        by_type.setdefault(kind, []).append(code)
        if mode:
            by_mode.setdefault((kind, mode), []).append(code)
    for (kind, mode), code in EXTRA.items():
        by_mode.setdefault((kind, mode), []).insert(0, code)
    types = {
        kind: {
            "cameo": default_code(codes, kind),
            "modes": {
                mode: default_code(mode_codes, kind)
                for (k, mode), mode_codes in sorted(by_mode.items())
                if k == kind
            },
        }
        for kind, codes in sorted(by_type.items())
    }
    used = {code for code, _, _ in rows} | set(EXTRA.values())
    codes = {
        code: {
            "name": names.get(code),
            "base": code[:3],
            "root": code[:2],
            "quad_class": quads.get(code[:2]),
            "goldstein": goldstein_of(code, scores),
        }
        for code in sorted(used)
    }
    return {
        "version": VERSION,
        "sources": [
            "PLOVER project, CAMEO2PLOVER-2021.txt (draft 0.8, 2021-09-17), "
            "github.com/openeventdata/PLOVER @ 5e0c24fb, CC BY-SA 4.0",
            "Phoenix pipeline postprocess.py goldstein_scale and quad_conversion, "
            "github.com/openeventdata/phoenix_pipeline @ d1639c59, MIT",
            "PLOVER manual draft v2.0, conflict-cooperation scores table, "
            "github.com/openeventdata/PLOVER @ 5e0c24fb, CC BY-SA 4.0 "
            "(ACCUSE base score corrected from +3 to -3)",
            "GDELT CAMEO.eventcodes.txt, code descriptions "
            "(as copied in github.com/AlifCor/media-focus @ a7e3917c), open with attribution",
        ],
        "types": types,
        "codes": codes,
        "intensity": {
            kind: dict(sorted(modes.items())) for kind, modes in sorted(intensity.items())
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "--out", type=Path, default=Path("newsgraph/data/cameo/plover_mapping.json")
    )
    args = parser.parse_args()
    mapping = build(args.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(mapping, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(mapping['types'])} types, {len(mapping['codes'])} codes")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
