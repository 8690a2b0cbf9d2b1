"""What every adapter shares: the interfaces components plug in through, and the tally."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..metrics import Rate, ratio


class EventTyper(Protocol):
    """Gives the PLOVER type of the event ``source`` does to ``target`` in ``sentence``."""

    def type_of(self, sentence: str, source: str, target: str, lang: str) -> str | None:
        """A PLOVER type, or ``None`` to abstain."""
        ...


class DateResolver(Protocol):
    """Resolves a time expression against a reference date (the publication date)."""

    def resolve(self, expression: str, reference: dt.date, lang: str) -> str | None:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or ``None`` to abstain."""
        ...


class Abstain:
    """The component to use while none exists: it answers nothing."""

    def type_of(self, sentence: str, source: str, target: str, lang: str) -> str | None:
        return None

    def resolve(self, expression: str, reference: dt.date, lang: str) -> str | None:
        return None


@dataclass(frozen=True)
class AdapterResult:
    """How a component did on one dataset: answered, right, and by gold label."""

    name: str
    dataset: str
    total: int
    answered: int
    right: int
    by_label: Mapping[str, Rate] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        """Right answers over every item (abstaining counts as wrong)."""
        return ratio(self.right, self.total)

    @property
    def coverage(self) -> float:
        return ratio(self.answered, self.total)

    @property
    def answered_accuracy(self) -> float:
        return ratio(self.right, self.answered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "dataset": self.dataset,
            "accuracy": self.accuracy,
            "coverage": self.coverage,
            "answered_accuracy": self.answered_accuracy,
            "total": self.total,
            "answered": self.answered,
            "right": self.right,
            "by_label": {label: rate.to_dict() for label, rate in sorted(self.by_label.items())},
        }


def tally(
    name: str, dataset: str, answers: Iterable[tuple[str, str | None, bool]]
) -> AdapterResult:
    """An :class:`AdapterResult` from ``(gold label, answer, right)`` triples."""
    total = answered = right = 0
    by_label: dict[str, Rate] = {}
    for label, answer, correct in answers:
        total += 1
        answered += answer is not None
        right += correct
        by_label[label] = by_label.get(label, Rate()) + Rate(int(correct), 1)
    return AdapterResult(name, dataset, total, answered, right, by_label)
