"""Readers of the public dictionaries: CountryInfo blocks and Phoenix actors and agents."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .common import fold, warn


def read_countryinfo(path: Path) -> list[dict[str, Any]]:
    """Blocks of CountryInfo.txt: alpha-3 code, English name, nationality and capital lists."""
    files = sorted(path.glob("CountryInfo*.txt"))
    if not files:
        warn(f"no CountryInfo file under {path}")
        return []
    text = files[-1].read_text(encoding="utf-8", errors="replace")
    blocks = []
    for body in re.findall(r"<Country>(.*?)</Country>", text, re.S):

        def tag(name: str, body: str = body) -> list[str]:
            """Lines of one tag of the block, comments dropped, '_' as spaces."""
            match = re.search(rf"<{name}>(.*?)</{name}>", body, re.S)
            if not match:
                return []
            lines = (ln.split("#")[0].strip() for ln in match.group(1).splitlines())
            return [ln.strip("_").replace("_", " ") for ln in lines if ln]

        blocks.append(
            {
                "alpha3": (tag("ISO3166-alpha3") or [""])[0],
                "name": (tag("CountryName") or [""])[0],
                "nationality": tag("Nationality"),
                "capital": tag("Capital"),
            }
        )
    return blocks


def read_phoenix_dictionary(path: Path) -> dict[str, str]:
    """TABARI actor dictionary: folded name -> first CAMEO code (synonyms share the code)."""
    codes: dict[str, str] = {}
    pending: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        code = re.search(r"\[([A-Z]{3,}[A-Z0-9]*)[^\]]*\]", line)
        name_part = line.split("[")[0].strip()
        if name_part.startswith("+"):
            pending.append(name_part[1:])
        elif name_part:
            pending = [name_part]
        if code and pending:
            for name in pending:
                key = fold(name.replace("_", " "))
                if key and key not in codes:
                    codes[key] = code.group(1)
            pending = []
    return codes


def read_phoenix_agents(path: Path) -> dict[str, str]:
    """Phoenix agents: folded noun phrase -> agent code without the ``~`` (e.g. ``GOVMIL``)."""
    macros = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"], "!MINIST!": ["MINISTER"]}
    agents: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^([^#\[]+?)\s*(\{[^}]*\})?\s*\[~(\w+)\]", raw)
        if not match:
            continue
        phrases = [match.group(1).strip()]
        for macro, values in macros.items():
            phrases = [
                p.replace(macro, v) for p in phrases for v in (values if macro in p else [""])
            ]
        for phrase in phrases:
            key = fold(phrase.replace("_", " "))
            agents.setdefault(key, match.group(3))
    return agents
