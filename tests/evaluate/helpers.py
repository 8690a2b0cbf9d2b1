"""Hand-built gold records and outputs for the evaluation tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.evaluate.gold import GoldRecord, parse_record

TEXT = (
    "MENU | Monde | Europe\n\n"
    "Moscou accuse Kiev\n\n"
    "Le ministre russe Sergueï Lavrov a accusé jeudi l'Ukraine de saboter les pourparlers. "
    "« Nous ne céderons pas », a-t-il déclaré.\n\n"
    "Selon Washington, la Russie prépare une nouvelle offensive.\n\n"
    "Lire aussi : la guerre en cartes\n\n"
    "Les Nations unies ont appelé les deux parties au calme.\n\n"
    "© Agence\n"
)

#: The body of ``TEXT``, as a perfect cleaner gives it, and its lines.
BODY = (
    "Le ministre russe Sergueï Lavrov a accusé jeudi l'Ukraine de saboter les pourparlers. "
    "« Nous ne céderons pas », a-t-il déclaré.\n\n"
    "Selon Washington, la Russie prépare une nouvelle offensive.\n\n"
    "Les Nations unies ont appelé les deux parties au calme."
)
BODY_LINES = [line for line in BODY.splitlines() if line]


def gold_data(**gold: Any) -> dict[str, Any]:
    """A valid record (the ``TEXT`` above), with ``gold`` fields replaced."""
    fields: dict[str, Any] = {
        "body_first": "Le ministre russe Sergueï Lavrov",
        "body_last": "appelé les deux parties au calme.",
        "boilerplate": ["MENU | Monde | Europe", "Lire aussi : la guerre en cartes", "© Agence"],
        "actors": [
            {
                "name": "Sergey Lavrov",
                "kind": "person",
                "country": "RUS",
                "sector": "GOV",
                "aliases": ["Sergueï Lavrov"],
            },
            {"name": "Russia", "kind": "country", "country": "RUS", "sector": "GOV"},
            {"name": "Ukraine", "kind": "country", "country": "UKR", "sector": "GOV"},
            {"name": "United States", "kind": "country", "country": "USA", "sector": "GOV"},
            {"name": "United Nations", "kind": "organization", "country": None, "sector": "IGO"},
        ],
        "quotes": [
            {"contains": "Nous ne céderons pas", "speaker": "Sergey Lavrov", "direct": True},
            {
                "contains": "la Russie prépare une nouvelle offensive",
                "speaker": "United States",
                "direct": False,
            },
        ],
        "events": [
            {
                "types": ["ACCUSE"],
                "source": ["RUS"],
                "target": ["UKR"],
                "modality": "asserted",
                "date": "2024-03",
                "place": None,
                "evidence": "a accusé jeudi l'Ukraine de saboter les pourparlers",
            },
            {
                "types": ["REQUEST"],
                "source": ["IGO:UN"],
                "target": ["RUS", "UKR"],
                "modality": "asserted",
                "date": None,
                "place": None,
                "evidence": "Les Nations unies ont appelé les deux parties au calme",
            },
        ],
        "places": [],
    }
    fields.update(gold)
    return {
        "id": "a1",
        "lang": "fr",
        "published": "2024-03-14",
        "source": "Agence",
        "text": TEXT,
        "gold": fields,
    }


def record(text: str = TEXT, id: str = "a1", **gold: Any) -> GoldRecord:
    data = gold_data(**gold)
    data["id"] = id
    return parse_record(data, text, "test.jsonl:1")


def actor(id: str, name: str, country: str | None, **fields: Any) -> dict[str, Any]:
    return {"id": id, "name": name, "kind": "person", "country": country, **fields}


def event(kind: str, source: list[str], target: list[str], **fields: Any) -> dict[str, Any]:
    values = {"modality": "asserted", "date": None, "evidence": {"start": 0, "end": 0, "text": ""}}
    return {"type": kind, "source": source, "target": target, **values, **fields}


def output(id: str = "a1", text: str = "", **fields: Any) -> dict[str, Any]:
    """An output article dict, as ``newsgraph.to_dict`` gives, with only what scoring reads."""
    values: dict[str, Any] = {"language": "fr", "actors": [], "quotes": [], "events": []}
    return {"id": id, "text": text, **values, **fields}


def write_gold(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path
