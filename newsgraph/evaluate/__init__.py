"""The evaluation harness: gold sets in the ``GOLD.md`` format, scoring, public datasets.

>>> from newsgraph.evaluate import evaluate_files
>>> evaluation = evaluate_files(["gold/dev.fr.jsonl"])           # doctest: +SKIP
>>> evaluation.report.flat()["events.f1"]                        # doctest: +SKIP

``docs/evaluation.md`` explains the scoring rules and the accuracy floors.
"""

from __future__ import annotations

from .gold import GoldActor, GoldEvent, GoldQuote, GoldRecord, default_shared, load_gold
from .metrics import STAGES, Counts, Metrics, Miss, Rate, Report
from .run import Evaluation, evaluate, evaluate_files
from .score import score

__all__ = [
    "STAGES",
    "Counts",
    "Evaluation",
    "GoldActor",
    "GoldEvent",
    "GoldQuote",
    "GoldRecord",
    "Metrics",
    "Miss",
    "Rate",
    "Report",
    "default_shared",
    "evaluate",
    "evaluate_files",
    "load_gold",
    "score",
]
