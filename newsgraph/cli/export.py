"""``newsgraph export``: every table, and the events in the GDELT and POLECAT layouts."""

from __future__ import annotations

from pathlib import Path

import click

from ..store import FORMATS, LAYOUTS
from ..store import export as export_store
from .query import db_option, open_store


@click.command("export")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="parquet",
    show_default=True,
    help="File format of every table.",
)
@click.option(
    "--layout",
    "layouts",
    type=click.Choice(LAYOUTS),
    multiple=True,
    help="What to write: the store's tables, and events in the GDELT or POLECAT layout "
    "(default: all three; repeat to choose).",
)
@db_option
def export_command(folder: Path, fmt: str, layouts: tuple[str, ...], db: str) -> None:
    """Export the store to FOLDER: one file per table.

    Files: articles, actors, mentions, quotes, events, event_actors, dyad_days, ingest_runs,
    ingest_problems; gdelt_events (GDELT 2.0 event columns: CAMEO code, root, quad class,
    Goldstein scale, actor codes) and polecat_events (POLECAT columns).

    \b
    Example:
        newsgraph export out/ --format parquet
        newsgraph export out/ --format csv --layout gdelt
    """
    with open_store(db) as store:
        written = export_store(store, folder, fmt, layouts or LAYOUTS)
    for path in written:
        click.echo(str(path))
