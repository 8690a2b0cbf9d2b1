"""Writing the JSON Lines files: a ``_meta`` header, then sorted records with sorted keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def dumps(obj: Any) -> str:
    """One compact JSON line with sorted keys and the text kept as is (no ASCII escapes)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_jsonl(
    path: Path, records: list[dict[str, Any]], version: str, sources: list[str]
) -> None:
    """Write a JSON Lines file: the ``_meta`` header (version, sources), then the records."""
    meta = {
        "_meta": {"version": version, "sources": sources, "generated_by": "scripts/build_kb.py"}
    }
    lines = [dumps(meta)] + [dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_lexicon(path: Path, doc: dict[str, Any]) -> None:
    """Write a title lexicon as indented JSON with sorted keys, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8"
    )
