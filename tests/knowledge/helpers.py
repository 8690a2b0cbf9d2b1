"""Paths and readers of the bundled knowledge-base files, shared by the knowledge tests."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KB_DIR = ROOT / "newsgraph" / "data" / "kb"
#: Territories without a settled demonym (uninhabited, or none in the French official list).
NO_DEMONYM = {"ATF", "BVT", "HMD", "SGS", "SJM", "UMI", "VGB", "VIR"}


def records(name: str) -> list[dict[str, object]]:
    lines = (KB_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[1:]]
