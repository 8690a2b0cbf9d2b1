"""PLOVER events in CAMEO terms: intensity, CAMEO code, root, quad class, Goldstein score.

The tables are data (``newsgraph/data/cameo/*.json``), built from public sources by
``scripts/build_cameo_tables.py``; each file names its sources and version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

#: PLOVER types whose base intensity is positive: cooperation; negative: conflict.
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


@dataclass(frozen=True, slots=True)
class Cameo:
    """One event's CAMEO coding, as GDELT spells it."""

    code: str
    base: str
    root: str
    quad_class: int | None
    goldstein: float | None


@cache
def _table(name: str) -> dict[str, Any]:
    path = resources.files("newsgraph") / "data" / "cameo" / f"{name}.json"
    text = path.read_text(encoding="utf-8")
    value: dict[str, Any] = json.loads(text)
    return value


def versions() -> str:
    return f"{_table('plover')['version']}"


def plover_types() -> tuple[str, ...]:
    return tuple(_table("plover")["types"])


def _key(kind: str, mode: str | None) -> list[str]:
    kind = kind.upper()
    return [f"{kind}/{mode.strip().lower()}", kind] if mode else [kind]


def intensity(kind: str, mode: str | None = None) -> float | None:
    """The PLOVER conflict-cooperation score (-10 … +10) of a type and mode."""
    scores: dict[str, float] = _table("plover")["intensity"]
    for key in _key(kind, mode):
        if key in scores:
            return float(scores[key])
    return None


def cameo(kind: str, mode: str | None = None) -> Cameo | None:
    """The most general CAMEO code for a PLOVER type and mode, with its root, quad class and
    Goldstein score; ``None`` for a type PLOVER does not define."""
    choice: dict[str, str] = _table("plover")["to_cameo"]
    codes: dict[str, dict[str, Any]] = _table("cameo")["codes"]
    for key in _key(kind, mode):
        code = choice.get(key)
        if code is not None and code in codes:
            entry = codes[code]
            return Cameo(
                code, entry["base"], entry["root"], entry["quad_class"], entry["goldstein"]
            )
    return None


def stance(kind: str) -> str:
    """``cooperation``, ``conflict`` or ``neutral`` (REQUEST)."""
    if kind in COOPERATION:
        return "cooperation"
    return "conflict" if kind in CONFLICT else "neutral"
