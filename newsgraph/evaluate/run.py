"""Running the pipeline on gold records and scoring what it produces."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..article import Article
from ..options import Options
from ..pipeline import Pipeline
from ..readers.records import from_record
from ..serialize import to_dict
from .gold import GoldRecord, Notice, load_gold
from .metrics import Report
from .score import score


@dataclass(frozen=True)
class Evaluation:
    """A report, with the gold records and the outputs it was computed from."""

    report: Report
    records: tuple[GoldRecord, ...]
    outputs: tuple[dict[str, Any], ...]

    @property
    def versions(self) -> dict[str, str]:
        """The stage, lexicon and model versions the outputs were produced with."""
        versions: dict[str, str] = {}
        for output in self.outputs:
            versions |= output.get("versions") or {}
        return versions

    def output(self, article: str) -> dict[str, Any] | None:
        """The output for the gold article with this id."""
        return next((o for o in self.outputs if o.get("id") == article), None)

    def to_dict(self, worst: int | None = None) -> dict[str, Any]:
        return {**self.report.to_dict(worst), "versions": self.versions}


def article_for(record: GoldRecord) -> Article:
    """The article the pipeline reads for a gold record: its text and its publication date."""
    published = record.published.isoformat() if record.published else None
    return from_record(
        {"id": record.id, "text": record.text, "published": published}, record.origin
    )


def evaluate(
    records: Sequence[GoldRecord],
    options: Options | None = None,
    pipeline: Pipeline | None = None,
) -> Evaluation:
    """Run the pipeline (built from ``options`` unless given) on gold records and score it.

    By default a stage failing on an article is recorded in that article (which then scores as
    what it got to), not raised.
    """
    pipeline = pipeline or Pipeline.from_options(options or Options(on_error="record"))
    outputs = tuple(to_dict(article) for article in pipeline.pipe(map(article_for, records)))
    return Evaluation(score(outputs, records), tuple(records), outputs)


def evaluate_files(
    paths: Iterable[str | Path],
    options: Options | None = None,
    shared: Path | None = None,
    notice: Notice | None = None,
) -> Evaluation:
    """Load gold files (see :func:`~newsgraph.evaluate.gold.load_gold`) and evaluate them."""
    return evaluate(load_gold(paths, shared, notice), options)
