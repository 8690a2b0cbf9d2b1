"""PLOVER types and modes as CAMEO codes, quad classes, Goldstein scores and PLOVER intensities.

The one table is ``newsgraph/data/cameo/plover_mapping.json``, built by
``scripts/build_plover_mapping.py`` from public PLOVER, Phoenix and GDELT tables (its
``sources``). The events stage gives every event its code and scores from it
(:meth:`CameoMapping.scores`); the store reads it for events that carry none (:func:`cameo`,
:func:`intensity`: the GDELT and POLECAT exports, dyad intensities).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .article import PLOVER_TYPES
from .errors import ConfigurationError

FILE = "plover_mapping.json"

#: PLOVER types whose base intensity is positive: cooperation; negative: conflict.
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


@dataclass(frozen=True, slots=True)
class Scores:
    """What users of CAMEO-coded data expect beside a PLOVER type."""

    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    intensity: float | None


@dataclass(frozen=True, slots=True)
class Cameo:
    """One event's CAMEO coding, as GDELT spells it."""

    code: str
    base: str
    root: str
    quad_class: int | None
    goldstein: float | None


class CameoMapping:
    """Looks up the CAMEO code and scores of a PLOVER type and mode."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version = str(data["version"])
        self.types: dict[str, Any] = data["types"]
        self.codes: dict[str, Any] = data["codes"]
        self.intensities: dict[str, dict[str, float]] = data["intensity"]

    @classmethod
    @cache
    def load(cls) -> CameoMapping:
        path = resources.files("newsgraph").joinpath("data", "cameo", FILE)
        if not path.is_file():
            raise ConfigurationError(
                f"newsgraph/data/cameo/{FILE}",
                "the file is not installed with newsgraph",
                "run scripts/build_plover_mapping.py",
            )
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def code(self, kind: str, mode: str | None, hint: str | None = None) -> str | None:
        """The lexicon's own code when it has one, else the most general code of the mode,
        else of the type."""
        if hint:
            return hint
        entry = self.types.get(kind)
        if entry is None:
            return None
        modes: dict[str, str] = entry.get("modes", {})
        chosen: str = modes.get(mode or "", entry["cameo"])
        return chosen

    def scores(self, kind: str, mode: str | None, hint: str | None = None) -> Scores:
        code = self.code(kind, mode, hint)
        info = self._info(code)
        return Scores(
            code, info.get("quad_class"), info.get("goldstein"), self.intensity(kind, mode)
        )

    def cameo(self, kind: str, mode: str | None = None) -> Cameo | None:
        """The most general CAMEO code of a type and mode, with its base, root, quad class and
        Goldstein score; ``None`` for a type PLOVER does not define."""
        code = self.code(kind, mode)
        if code is None:
            return None
        info = self._info(code)
        return Cameo(code, code[:3], code[:2], info.get("quad_class"), info.get("goldstein"))

    def _info(self, code: str | None) -> dict[str, Any]:
        while code:
            if code in self.codes:
                found: dict[str, Any] = self.codes[code]
                return found
            code = code[:-1]
        return {}

    def intensity(self, kind: str, mode: str | None) -> float | None:
        """The PLOVER conflict-cooperation score (-10 … +10) of a type and mode, else of the
        type."""
        modes = self.intensities.get(kind, {})
        return modes.get((mode or "").lower(), modes.get(""))


def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER types, in PLOVER's order (cooperation first)."""
    return PLOVER_TYPES


def cameo(kind: str, mode: str | None = None) -> Cameo | None:
    """:meth:`CameoMapping.cameo` of the installed table, whatever the case of the type and
    the case and spaces of the mode (as stored events may spell them)."""
    return CameoMapping.load().cameo(*_normal(kind, mode))


def intensity(kind: str, mode: str | None = None) -> float | None:
    """:meth:`CameoMapping.intensity` of the installed table, spelt as :func:`cameo` takes."""
    return CameoMapping.load().intensity(*_normal(kind, mode))


def _normal(kind: str, mode: str | None) -> tuple[str, str | None]:
    return kind.upper(), (mode.strip().lower() or None) if mode else None


def stance(kind: str) -> str:
    """``cooperation``, ``conflict`` or ``neutral`` (REQUEST)."""
    if kind in COOPERATION:
        return "cooperation"
    return "conflict" if kind in CONFLICT else "neutral"
