"""PLOVER types and modes as CAMEO codes, quad classes, Goldstein scores and PLOVER intensities.

The table is ``newsgraph/data/cameo/plover_mapping.json``, built by
``scripts/build_plover_mapping.py`` from public PLOVER and Phoenix tables (its ``sources``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ConfigurationError

FILE = "plover_mapping.json"


@dataclass(frozen=True, slots=True)
class Scores:
    """What users of CAMEO-coded data expect beside a PLOVER type."""

    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    intensity: float | None


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

    def _info(self, code: str | None) -> dict[str, Any]:
        while code:
            if code in self.codes:
                found: dict[str, Any] = self.codes[code]
                return found
            code = code[:-1]
        return {}

    def intensity(self, kind: str, mode: str | None) -> float | None:
        modes = self.intensities.get(kind, {})
        return modes.get((mode or "").lower(), modes.get(""))
