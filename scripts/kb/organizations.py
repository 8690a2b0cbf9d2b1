"""The organisations table: hand-written entries with the CAMEO codes Phoenix gives them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .common import SUPPLEMENTS, fold, uniq, warn
from .sources import read_phoenix_dictionary

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
    """The organisations table (sorted by id) and its sources: the supplement entries,
    each with the first Phoenix CAMEO code of its English names that fits it."""
    spec = json.loads((SUPPLEMENTS / "organizations.json").read_text(encoding="utf-8"))
    codes = phoenix_codes(data / "dictionaries" / "petrarch2_phoenix")
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


def phoenix_codes(phoenix_dir: Path) -> dict[str, str]:
    """Folded actor name -> CAMEO code over the Phoenix international, non-state armed and
    country dictionaries, the first dictionary winning ('hamas' -> 'PSEREBHMS')."""
    codes: dict[str, str] = {}
    for name in (
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.Countries.actors.txt",
    ):
        if (phoenix_dir / name).exists():
            for key, code in read_phoenix_dictionary(phoenix_dir / name).items():
                codes.setdefault(key, code)
    return codes
