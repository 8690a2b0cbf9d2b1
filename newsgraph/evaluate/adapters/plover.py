"""The PLOVER gold standard records: 322 English sentences from the CAMEO manual.

``PLOVER_GSR_CAMEO.json`` is coded with PLOVER 0.5 labels; the older ones are mapped to today's
(the PLOVER manual and its 2021 CAMEO table): DEMAND is REQUEST, DISAPPROVE is ACCUSE, FIGHT is
ASSAULT, and INVESTIGATE is ACCUSE (CAMEO 09 "Investigate" is ACCUSE, mode ``investigate``).
The typer is given the sentence and the texts of the source and target actors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .base import AdapterResult, EventTyper, tally

#: PLOVER 0.5 labels renamed or merged since.
LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@dataclass(frozen=True, slots=True)
class PloverItem:
    id: str
    sentence: str
    source: str
    target: str
    label: str


def read_plover(path: Path) -> list[PloverItem]:
    """The coded sentences (the documentation record aside), labels mapped to today's."""
    records: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [
        PloverItem(
            id=str(record.get("id", "")),
            sentence=record["text"],
            source=_actors(record.get("source")),
            target=_actors(record.get("target")),
            label=LABELS.get(record["event"], record["event"]),
        )
        for record in records
        if record.get("text") and record.get("event") != "DOCUMENT"
    ]


def _actors(value: Any) -> str:
    """The actors' texts, joined; the target may be missing, empty or a stray string."""
    if not isinstance(value, list):
        return ""
    return " and ".join(
        str(actor.get("actorText", "")) for actor in value if isinstance(actor, dict)
    )


def score_plover(path: Path, typer: EventTyper) -> AdapterResult:
    """Event type accuracy given the sentence, the source and the target."""
    answers = []
    for item in read_plover(path):
        answer = typer.type_of(item.sentence, item.source, item.target, "en")
        answers.append((item.label, answer, answer == item.label))
    return tally("plover", str(path), answers)
