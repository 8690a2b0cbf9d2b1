#!/usr/bin/env python3
"""Derive English trigger candidates from the PETRARCH-2 CAMEO verb dictionary.

Usage::

    python scripts/build_event_lexicons.py --data ../shared/data \\
        --lexicon newsgraph/lang/en/events.json

Inputs (read, never copied; the lexicon's ``sources`` name them):

* ``<data>/dictionaries/petrarch2_phoenix/CAMEO.2.0.txt``: verb blocks, each with a default
  CAMEO code, its synonyms (a synonym may carry its own code) and object patterns
  ("- * SANCTIONS [163]"); openeventdata/petrarch2 @ 676801cd, MIT;
* ``<data>/plover/CAMEO2PLOVER-2021.txt``: CAMEO code → PLOVER type and mode (PLOVER project,
  CC BY-SA 4.0).

The script rewrites the ``derived`` section of the lexicon: one entry per single-word verb
that the hand-written ``verbs`` do not already have, with a sense per one-word object pattern
(``with``) and the block's default sense last. CAMEO codes with no PLOVER type (statements,
appeals: 01, 02) are left out. The rest of the file is kept as it is, reformatted one entry
per line. Deterministic: sorted keys, no dates.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_WORD = re.compile(r"^([A-Z][A-Z-]*)\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)[^\]]*\])?\s*(?:#.*)?$")
_PATTERN = re.compile(r"^-\s+\*\s+\{?([A-Z][A-Z]+)\}?\s+\[([0-9]{2,4})[:\]]")
_ROW = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*?)\s*)?(?:,|#|$)")


def plover_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER type, mode) from CAMEO2PLOVER (root lines give the root's type)."""
    table: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line.strip())
        if match:
            code, kind, mode = match.groups()
            table.setdefault(code, (kind, (mode or "").strip().lower() or None))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None]:
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return ("", None)


def singular(word: str) -> str:
    """The lemma spaCy gives most plural nouns of the patterns ("sanctions" -> "sanction")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def read_verbs(path: Path, table: dict[str, tuple[str, str | None]]) -> dict[str, list[Any]]:
    """Verb lemma → senses, from the verb blocks of CAMEO.2.0.txt."""
    derived: dict[str, list[Any]] = {}
    default = ""
    words: list[tuple[str, str]] = []
    patterns: list[tuple[str, str]] = []

    def close() -> None:
        for word, code in words:
            kind, mode = plover_of(code, table)
            if not kind:
                continue  # a statement or an appeal: no PLOVER type
            senses = []
            for noun, pattern_code in patterns:
                other, other_mode = plover_of(pattern_code, table)
                if other and other != kind:
                    senses.append(_sense(other, other_mode, pattern_code, [singular(noun)]))
            senses.append(_sense(kind, mode, code, None))
            derived.setdefault(word, _unique(senses))

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        block = _BLOCK.match(line)
        if block:
            close()
            default = block.group(2) if block.group(2).isdigit() else ""
            words, patterns = [], []
            continue
        pattern = _PATTERN.match(line)
        if pattern:
            patterns.append((pattern.group(1).lower(), pattern.group(2)))
            continue
        word = _WORD.match(line)
        if word and not line.startswith(("+", "-", "&", "#")):
            code = word.group(2) or default
            if code:
                words.append((word.group(1).lower(), code))
    close()
    return derived


def _sense(kind: str, mode: str | None, code: str, nouns: list[str] | None) -> dict[str, Any]:
    sense: dict[str, Any] = {"type": kind, "cameo": code}
    if mode:
        sense["mode"] = mode
    if nouns:
        sense["with"] = nouns
    return sense


def _unique(senses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, found = set(), []
    for sense in senses:
        key = json.dumps(sense, sort_keys=True)
        if key not in seen:
            seen.add(key)
            found.append(sense)
    return found


def dump(data: dict[str, Any]) -> str:
    """The lexicon, one trigger per line (one sense per line when it has several)."""
    lines = ["{"]
    keys = list(data)
    for position, key in enumerate(keys):
        comma = "," if position < len(keys) - 1 else ""
        value = data[key]
        if key in ("verbs", "nouns") or (key == "derived" and isinstance(value, dict)):
            lines.append(f"  {json.dumps(key)}: " + _entries(value, 2) + comma)
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            lines.append(f"  {json.dumps(key)}: {text}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _entries(table: dict[str, Any], depth: int) -> str:
    pad = " " * depth
    rows = []
    for name, value in table.items():
        if isinstance(value, dict) and name in ("verbs", "nouns"):
            rows.append(f"{pad}  {json.dumps(name)}: {_entries(value, depth + 2)}")
        elif isinstance(value, list) and len(value) > 1 and all(isinstance(v, dict) for v in value):
            senses = ",\n".join(f"{pad}    {json.dumps(v, ensure_ascii=False)}" for v in value)
            rows.append(f"{pad}  {json.dumps(name, ensure_ascii=False)}: [\n{senses}\n{pad}  ]")
        else:
            rows.append(
                f"{pad}  {json.dumps(name, ensure_ascii=False)}: "
                + json.dumps(value, ensure_ascii=False)
            )
    return "{\n" + ",\n".join(rows) + f"\n{pad}}}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--lexicon", type=Path, default=Path("newsgraph/lang/en/events.json"))
    args = parser.parse_args()
    table = plover_table(args.data / "plover" / "CAMEO2PLOVER-2021.txt")
    verbs = read_verbs(args.data / "dictionaries" / "petrarch2_phoenix" / "CAMEO.2.0.txt", table)
    lexicon = json.loads(args.lexicon.read_text(encoding="utf-8"))
    hand = set(lexicon.get("verbs", {}))
    lexicon["derived"] = {
        "source": "CAMEO.2.0.txt (openeventdata/petrarch2 @ 676801cd, MIT) via CAMEO2PLOVER-2021",
        "verbs": {word: verbs[word] for word in sorted(verbs) if word not in hand},
    }
    args.lexicon.write_text(dump(lexicon), encoding="utf-8")
    print(f"{args.lexicon}: {len(lexicon['derived']['verbs'])} derived verbs")


if __name__ == "__main__":
    main()
