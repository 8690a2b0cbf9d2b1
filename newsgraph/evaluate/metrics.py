"""What scoring produces: counts that add up over articles, and the report built from them.

Precision, recall and F1 are micro-averaged: the counts of every article are summed first.
Precision and recall keep their own numerators, because ``GOLD.md`` does not always pair items
one to one (an output quote may contain two gold pieces): ``recall = found / gold`` and
``precision = correct / output``. Any ratio over nothing is 0.0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

#: The stages a report always has, in display order.
STAGES = ("cleaning", "metadata", "actors", "quotes", "quotes.direct", "quotes.reported", "events")


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """Gold items found and output items correct, for precision, recall and F1."""

    found: int = 0
    gold: int = 0
    correct: int = 0
    output: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.found + other.found,
            self.gold + other.gold,
            self.correct + other.correct,
            self.output + other.output,
        )

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.output)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "found": self.found,
            "gold": self.gold,
            "correct": self.correct,
            "output": self.output,
        }


@dataclass(frozen=True, slots=True)
class Rate:
    """A share: ``right`` out of ``total``."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.right + other.right, self.total + other.total)

    @property
    def value(self) -> float:
        return ratio(self.right, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "right": self.right, "total": self.total}


@dataclass(frozen=True, slots=True)
class Miss:
    """One gold item the output got wrong, for a person to look at."""

    stage: str
    article: str
    #: The gold text: the evidence, the ``contains`` piece, the name, the boilerplate line.
    text: str
    #: What went wrong ("not found", "speaker: Peskov instead of Russia", ...).
    note: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "article": self.article, "text": self.text, "note": self.note}


_T = TypeVar("_T", Rate, Counts)


@dataclass(frozen=True)
class Metrics:
    """One stage's scores: P/R/F1 counts, rates, and a breakdown by type."""

    counts: Counts | None = None
    rates: Mapping[str, Rate] = field(default_factory=dict)
    by_type: Mapping[str, Counts] = field(default_factory=dict)

    def __add__(self, other: Metrics) -> Metrics:
        counts = self.counts if other.counts is None else (self.counts or Counts()) + other.counts
        return Metrics(
            counts,
            _add(self.rates, other.rates, Rate()),
            _add(self.by_type, other.by_type, Counts()),
        )

    def flat(self) -> dict[str, float]:
        values: dict[str, float] = {}
        if self.counts is not None:
            values |= {k: getattr(self.counts, k) for k in ("precision", "recall", "f1")}
        values |= {name: rate.value for name, rate in self.rates.items()}
        for kind in sorted(self.by_type):
            counts = self.by_type[kind]
            values |= {
                f"type.{kind}.{k}": getattr(counts, k) for k in ("precision", "recall", "f1")
            }
        return values

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts.to_dict() if self.counts else None,
            "rates": {name: rate.to_dict() for name, rate in self.rates.items()},
            "by_type": {kind: self.by_type[kind].to_dict() for kind in sorted(self.by_type)},
        }


def _add(a: Mapping[str, _T], b: Mapping[str, _T], zero: _T) -> dict[str, _T]:
    return {key: a.get(key, zero) + b.get(key, zero) for key in [*a, *(k for k in b if k not in a)]}


@dataclass(frozen=True)
class Report:
    """The scores of a set of outputs against gold, every stage, and what was missed."""

    articles: int
    stages: Mapping[str, Metrics]
    misses: tuple[Miss, ...] = ()

    def flat(self) -> dict[str, float]:
        """Every metric by name (``"events.f1"``, ``"quotes.direct.speaker"``, ...)."""
        return {
            f"{stage}.{name}": value
            for stage in self.stages
            for name, value in self.stages[stage].flat().items()
        }

    def worst(self, stage: str, count: int) -> list[Miss]:
        """Up to ``count`` misses of ``stage``, from the articles with the most misses first."""
        misses = [miss for miss in self.misses if miss.stage == stage]
        per_article = Counter(miss.article for miss in misses)
        misses.sort(key=lambda m: -per_article[m.article])  # stable: gold order otherwise
        return misses[:count]

    def to_dict(self, worst: int | None = None) -> dict[str, Any]:
        """JSON-ready: flat metrics, every stage in detail, the misses (all, or ``worst``)."""
        misses: Iterable[Miss] = (
            self.misses if worst is None else [m for s in self.stages for m in self.worst(s, worst)]
        )
        return {
            "articles": self.articles,
            "metrics": self.flat(),
            "stages": {name: metrics.to_dict() for name, metrics in self.stages.items()},
            "misses": [miss.to_dict() for miss in misses],
        }
