"""Places inside a country (cities, regions, geographic features) and their country.

The table is ``places.jsonl`` of the bundled knowledge base, built by ``scripts/build_kb.py``
from CountryInfo and the Phoenix country dictionary: "Kharkiv" is in Ukraine, "Alep" (French
form of "Aleppo") in Syria. Countries and their capitals stay in :class:`.KnowledgeBase`;
this table holds no country name, no capital and no name found under two countries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .base import normalize

PLACES = "places.jsonl"


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A place the table knows: its English name, kind (city, region, feature, place) and
    the ISO3 code of its country."""

    name: str
    kind: str
    country: str


class PlaceTable:
    """Place names in English and French -> :class:`KnownPlace`."""

    def __init__(self, records: list[dict[str, Any]], version: str) -> None:
        self.version = version
        self._index: dict[str, KnownPlace] = {}
        for rec in records:
            place = KnownPlace(rec["name"], rec["kind"], rec["country"])
            for text in [rec["name"], *rec.get("names_fr", ())]:
                self._index.setdefault(normalize(text), place)

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceTable:
        """Read ``places.jsonl`` in ``path``, by default the copy in ``newsgraph/data/kb``."""
        folder: Traversable = (
            path if path is not None else resources.files("newsgraph") / "data" / "kb"
        )
        lines = (folder / PLACES).read_text(encoding="utf-8").splitlines()
        version = str(json.loads(lines[0])["_meta"]["version"])
        return cls([json.loads(line) for line in lines[1:] if line.strip()], version)

    def place(self, text: str) -> KnownPlace | None:
        """The place named ``text`` in either language ("Kharkiv", "la Crimée", "Alep"),
        leading article and accents aside; None for a name the table does not know."""
        return self._index.get(normalize(text))

    def __len__(self) -> int:
        return len(self._index)


@cache
def shipped_places() -> PlaceTable:
    """The place table shipped with the package, loaded once per process."""
    return PlaceTable.load()
