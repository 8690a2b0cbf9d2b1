"""PLV: 1,050 English (sentence, source, target) triples with their PLOVER root.

``gold_root`` uses today's PLOVER names but for YIELD, which stands for CONCEDE or RETREAT:
either answer is right for it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .base import AdapterResult, EventTyper, tally

#: Labels standing for more than one PLOVER type.
ACCEPTED = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}


@dataclass(frozen=True, slots=True)
class PlvItem:
    id: str
    sentence: str
    source: str
    target: str
    label: str

    @property
    def accepted(self) -> frozenset[str]:
        return ACCEPTED.get(self.label, frozenset({self.label}))


def read_plv(path: Path) -> list[PlvItem]:
    """The triples of ``PLV_train.tsv`` (tab-separated, with a header row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        PlvItem(row["sentence_id"], row["sentence"], row["source"], row["target"], row["gold_root"])
        for row in rows
        if row.get("sentence") and row.get("gold_root")
    ]


def score_plv(path: Path, typer: EventTyper) -> AdapterResult:
    """Event type accuracy given the sentence, the source and the target."""
    answers = []
    for item in read_plv(path):
        answer = typer.type_of(item.sentence, item.source, item.target, "en")
        answers.append((item.label, answer, answer in item.accepted))
    return tally("plv", str(path), answers)
