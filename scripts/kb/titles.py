"""The title lexicons ``{en,fr}/titles.json``: press titles with role, sector and CAMEO code."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .common import SUPPLEMENTS, fold, role_key, warn
from .sources import read_phoenix_agents

TITLES_VERSION = "v9"


def build_titles(data: Path) -> dict[str, dict[str, Any]]:
    """The en and fr title lexicons: each supplement title with role, sector, gender (fr),
    and for English the Phoenix agent code when its sector agrees."""
    spec = json.loads((SUPPLEMENTS / "titles.json").read_text(encoding="utf-8"))
    agents_path = data / "dictionaries" / "petrarch2_phoenix" / "Phoenix.agents.txt"
    agents = read_phoenix_agents(agents_path) if agents_path.exists() else {}
    out: dict[str, dict[str, Any]] = {}
    for lang in ("en", "fr"):
        entries = _entries(spec, lang, agents)
        sources = ["scripts/kb_supplements/titles.json (press usage; French feminisation guides)"]
        if lang == "en" and agents:
            sources.append(
                "openeventdata/petrarch2 Phoenix.agents.txt (MIT): cameo codes and default sectors"
            )
        out[lang] = {
            "version": f"titles-{lang}.{TITLES_VERSION}",
            "sources": sources,
            "titles": sorted(entries, key=lambda e: (e["role_key"], e["text"])),
        }
    return out


def _entries(spec: dict[str, Any], lang: str, agents: dict[str, str]) -> list[dict[str, Any]]:
    """The entries of one language in supplement order, a repeated title warned and skipped."""
    seen: set[str] = set()
    entries = []
    for group in spec["groups"]:
        for item in group[lang]:
            text, gender = (item, None) if lang == "en" else (item[0], item[1])
            if text in seen:
                warn(f"duplicate {lang} title {text!r}")
                continue
            seen.add(text)
            entry: dict[str, Any] = {
                "text": text,
                "sector": group["sector"],
                "role": group["role"],
                "role_key": role_key(group["role"]),
            }
            if lang == "en":
                _add_agent_code(entry, agents, attached=bool(group.get("attached")))
            else:
                entry["gender"] = gender
            if text in spec.get("countries", {}).get(lang, {}):
                entry["country"] = spec["countries"][lang][text]
            entries.append(entry)
    return entries


def _add_agent_code(entry: dict[str, Any], agents: dict[str, str], attached: bool) -> None:
    """Give an English title the Phoenix agent code of its text or singular ('judges' ->
    JUD): its sector when it has none and is not attached to a body, and the code as
    ``cameo`` when the sectors agree."""
    key = fold(entry["text"])
    code = agents.get(key) or agents.get(re.sub(r"s$", "", key))
    if code and entry["sector"] is None and not attached:
        entry["sector"] = code[:3]
    if code and code[:3] == entry["sector"]:
        entry["cameo"] = code
