"""``newsgraph eval``: score the pipeline on gold sets and, optionally, public datasets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ..errors import NewsgraphError
from ..evaluate import evaluate_files
from ..evaluate.adapters import score_datasets
from ..evaluate.tables import tables
from ..options import Options
from .options import _stages


def _components(*paths: Path | None) -> tuple[Any, Any]:
    """newsgraph's own event typer and date resolver, built only for the datasets asked for."""
    from ..events.typer import Typer
    from ..timex import Resolver

    plover, plv, tempeval = paths
    return (Typer() if plover or plv else None), (Resolver() if tempeval else None)


_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=_FILE)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--worst",
    default=5,
    show_default=True,
    type=click.IntRange(0),
    help="Misses to show for each stage (all of them with --json unless given).",
)
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder that 'text_file' entries are relative to (default: ../shared).",
)
@click.option("--plover", type=_FILE, help="Also score on PLOVER_GSR_CAMEO.json.")
@click.option("--plv", type=_FILE, help="Also score on PLV_train.tsv.")
@click.option("--tempeval", type=_DIR, help="Also score on the TempEval-3 TimeML folder.")
@click.option("--stages", callback=_stages, metavar="NAMES", help="Only run these stages.")
@click.option(
    "--batch-size",
    default=32,
    show_default=True,
    type=click.IntRange(1),
    help="Articles parsed at once.",
)
def evaluate(
    gold: tuple[Path, ...],
    as_json: bool,
    worst: int,
    shared: Path | None,
    plover: Path | None,
    plv: Path | None,
    tempeval: Path | None,
    stages: tuple[str, ...] | None,
    batch_size: int,
) -> None:
    """Score newsgraph against gold sets (GOLD.md format): P/R/F1 per stage, worst misses.

    \b
    Example:
        newsgraph eval gold/dev.fr.jsonl gold/dev.en.jsonl --worst 10
        newsgraph eval gold/test.*.jsonl --json > report.json
        newsgraph eval gold/dev.en.jsonl --plv ../shared/data/plv/PLV_train.tsv
    """
    options = Options(stages=stages, batch_size=batch_size, on_error="record")
    try:
        evaluation = evaluate_files(gold, options, shared, notice=_notice)
        datasets = score_datasets(plover, plv, tempeval, *_components(plover, plv, tempeval))
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    if as_json:
        given = click.get_current_context().get_parameter_source("worst")
        data = evaluation.to_dict(
            worst if given == click.core.ParameterSource.COMMANDLINE else None
        )
        data["datasets"] = [result.to_dict() for result in datasets]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console = Console()
    for table in tables(evaluation.report, worst, datasets):
        console.print(table)


def _notice(message: str) -> None:
    click.echo(f"newsgraph: {message}", err=True)
