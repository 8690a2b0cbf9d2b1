"""Readable tables of an evaluation (``newsgraph eval`` without ``--json``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.table import Table

from .adapters import AdapterResult
from .metrics import Counts, Report


def _percent(value: float) -> str:
    return f"{100 * value:.1f}"


def stage_table(report: Report) -> Table:
    """Precision, recall and F1 of every stage that has them, with their counts."""
    table = Table(title=f"Scores on {report.articles} gold articles (%)", title_justify="left")
    for column in ("stage", "P", "R", "F1", "found/gold", "correct/output"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for name, metrics in report.stages.items():
        c = metrics.counts
        if c is not None:
            row = [_percent(c.precision), _percent(c.recall), _percent(c.f1)]
            table.add_row(name, *row, f"{c.found}/{c.gold}", f"{c.correct}/{c.output}")
    return table


def rate_table(report: Report) -> Table:
    """The rates of every stage (body kept, language, country, speaker, modality, date)."""
    table = Table(title="Rates (%)", title_justify="left")
    for column in ("stage", "rate", "value", "right/total"):
        table.add_column(column, justify="right" if column in ("value", "right/total") else "left")
    for name, metrics in report.stages.items():
        for rate_name, rate in metrics.rates.items():
            table.add_row(name, rate_name, _percent(rate.value), f"{rate.right}/{rate.total}")
    return table


def type_table(by_type: dict[str, Counts]) -> Table:
    """Events by PLOVER type."""
    table = Table(title="Events by type (%)", title_justify="left")
    for column in ("type", "P", "R", "F1", "matched", "gold", "output"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for kind in sorted(by_type):
        c = by_type[kind]
        row = [_percent(c.precision), _percent(c.recall), _percent(c.f1)]
        table.add_row(kind, *row, str(c.found), str(c.gold), str(c.output))
    return table


def misses_table(report: Report, count: int) -> Table:
    """The worst misses of every stage: article, what went wrong, the gold text."""
    table = Table(title=f"Worst misses (up to {count} a stage)", title_justify="left")
    for column in ("stage", "article", "what", "gold text"):
        table.add_column(column, overflow="fold")
    for stage in report.stages:
        for miss in report.worst(stage, count):
            text = miss.text if len(miss.text) <= 120 else miss.text[:119] + "…"
            table.add_row(stage, miss.article, miss.note, text)
    return table


def adapter_table(results: Sequence[AdapterResult]) -> Table:
    """Public datasets: accuracy over all items, and how many were answered."""
    table = Table(title="Public datasets (%)", title_justify="left")
    for column in ("dataset", "accuracy", "answered", "accuracy when answered"):
        table.add_column(column, justify="left" if column == "dataset" else "right")
    for result in results:
        table.add_row(
            result.name,
            _percent(result.accuracy),
            f"{result.answered}/{result.total}",
            _percent(result.answered_accuracy),
        )
    return table


def tables(
    report: Report, worst: int, adapters: Sequence[AdapterResult] = ()
) -> list[RenderableType]:
    """Everything ``newsgraph eval`` shows, in order."""
    shown: list[RenderableType] = [stage_table(report), rate_table(report)]
    by_type = dict(report.stages["events"].by_type) if "events" in report.stages else {}
    if by_type:
        shown.append(type_table(by_type))
    if worst and report.misses:
        shown.append(misses_table(report, worst))
    if adapters:
        shown.append(adapter_table(adapters))
    return shown
