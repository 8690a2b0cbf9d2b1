"""``newsgraph events``, ``quotes`` and ``dyad``: queries over the store, as a table, JSON or CSV.

Also the options every store command shares (``--db``, ``--format``) and how it opens the store.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from .. import cameo
from ..errors import NewsgraphError
from ..output.rows import ROW_FORMATS, write_rows
from ..store import PERIODS, EventQuery, Store
from ..store import dyad as dyad_rows
from ..store import events as event_rows
from ..store import quotes as quote_rows
from ..store.backend import DEFAULT_DB
from ..store.queries import EVENT_COLUMNS, MODALITIES, QUOTE_COLUMNS

Command = Callable[..., Any]


def db_option(command: Command) -> Command:
    return click.option(
        "--db",
        default=lambda: os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB,
        show_default=f"$NEWSGRAPH_DB, else {DEFAULT_DB}",
        metavar="PATH|URL",
        help="The store: an SQLite file, or postgresql://user:password@host/database.",
    )(command)


def format_option(command: Command) -> Command:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(ROW_FORMATS),
        default="table",
        show_default=True,
        help="A table for people; JSON or CSV for machines.",
    )(command)


@contextmanager
def open_store(db: str, *, create: bool = False) -> Iterator[Store]:
    """The store, with library errors turned into one-line messages that say how to fix them."""
    try:
        store = Store.open(db, create=create)
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    try:
        yield store
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    finally:
        store.close()


def _period(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not a period; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def period_options(command: Command) -> Command:
    for name, text in (("--until", "last"), ("--since", "first")):
        command = click.option(
            name, callback=_period, metavar="DATE", help=f"The {text} day, month or year."
        )(command)
    return command


def limit_option(command: Command) -> Command:
    return click.option(
        "--limit", default=100, show_default=True, type=click.IntRange(1), help="Most rows shown."
    )(command)


@click.command()
@click.option("--actor", help="Name (part of it), actor id or Wikidata id of a source or target.")
@click.option("--country", metavar="ISO3", help="Country code of a source or target (USA, FRA).")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(cameo.plover_types(), case_sensitive=False),
    help="PLOVER type; repeat for several.",
)
@click.option("--modality", type=click.Choice(MODALITIES), help="Only events so qualified.")
@click.option("--text", help="Words in the evidence.")
@period_options
@limit_option
@format_option
@db_option
def events(db: str, fmt: str, **values: Any) -> None:
    """List events, latest first, with their actors and the evidence.

    \b
    Example:
        newsgraph events --country RUS --type SANCTION --since 2024
        newsgraph events --actor Blinken --format json
    """
    query = EventQuery(**{**values, "types": tuple(values["types"])})
    with open_store(db) as store:
        rows = event_rows(store, query)
    write_rows(rows, sys.stdout, fmt, EVENT_COLUMNS)


@click.command()
@click.option("--speaker", help="Name (part of it), actor id or Wikidata id of the speaker.")
@click.option("--text", help="Words in the quotation.")
@period_options
@limit_option
@format_option
@db_option
def quotes(db: str, fmt: str, **values: Any) -> None:
    """List quotations, latest first, with their speakers.

    \b
    Example:
        newsgraph quotes --speaker Lavrov --since 2025-01
    """
    with open_store(db) as store:
        rows = quote_rows(store, **values)
    write_rows(rows, sys.stdout, fmt, QUOTE_COLUMNS)


@click.command()
@click.argument("first", metavar="COUNTRY")
@click.argument("second", metavar="COUNTRY")
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True)
@click.option(
    "--modality",
    type=click.Choice([*MODALITIES, "all"]),
    default="asserted",
    show_default=True,
    help="Count only events so qualified (a denied attack is no attack), or all.",
)
@period_options
@format_option
@db_option
def dyad(db: str, fmt: str, first: str, second: str, by: str, modality: str, **values: Any) -> None:
    """Events between two countries, both directions, per period.

    Each row is a period and a direction: the number of events of each PLOVER type, how many
    are cooperation and how many conflict, and their mean intensity (PLOVER scores, from -10,
    conflict, to +10, cooperation).

    \b
    Example:
        newsgraph dyad USA PRK --by month
        newsgraph dyad FRA RUS --by year --format csv > fra-rus.csv
    """
    with open_store(db) as store:
        rows = dyad_rows(
            store, first, second, by=by, modality=None if modality == "all" else modality, **values
        )
    types = [t for t in cameo.plover_types() if any(row[t] for row in rows)]
    head = ["period", "source", "target", "events", "cooperation", "conflict", "intensity"]
    columns = head + (types if fmt == "table" else list(cameo.plover_types()))
    write_rows(rows, sys.stdout, fmt, columns)
