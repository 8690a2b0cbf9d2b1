"""``newsgraph actors learned|show|set|forget``: the actor registry and where its knowledge came
from. Registered under the ``actors`` group."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from ..actors.registry import CORRECTABLE, Entry, SqliteRegistry
from ..errors import NewsgraphError
from ..output.rows import write_rows
from .query import format_option

COLUMNS = ("name", "kind", "country", "sector", "role", "article", "origin", "phrase",
           "learned", "corrected")  # fmt: skip


def registry_path(db: str | None) -> str:
    """The registry's SQLite file: the store's file, or beside it when the store is PostgreSQL."""
    db = db or os.environ.get("NEWSGRAPH_DB") or "newsgraph.db"
    if db.startswith(("postgresql://", "postgres://")):
        return "newsgraph-registry.db"
    return db.removeprefix("sqlite:///")


def registry_option(command: Any) -> Any:
    return click.option(
        "--db", "db", default=None, metavar="PATH",
        help="Database holding the registry (default: $NEWSGRAPH_DB, else newsgraph.db).",
    )(command)  # fmt: skip


def _open(db: str | None, must_exist: bool = True) -> SqliteRegistry:
    path = registry_path(db)
    if must_exist and not Path(path).exists():
        raise click.ClickException(
            f"{path}: no registry yet; run 'newsgraph process' or 'newsgraph ingest' first"
        )
    return SqliteRegistry(path)


def _rows(entries: list[Entry]) -> list[dict[str, Any]]:
    return [asdict(entry) for entry in entries]


@click.command("learned")
@registry_option
@format_option
def learned(db: str | None, fmt: str) -> None:
    """People the articles taught newsgraph about, with the article and phrase that did.

    \b
    Example:
        newsgraph actors learned --format json
    """
    registry = _open(db)
    write_rows(_rows(registry.entries()), sys.stdout, fmt, COLUMNS)


@click.command("show")
@click.argument("name")
@registry_option
@format_option
def show(name: str, db: str | None, fmt: str) -> None:
    """What the registry knows of NAME (a full name or a surname), and where it came from.

    \b
    Example:
        newsgraph actors show Blinken
    """
    registry = _open(db)
    entry = registry.lookup(name)
    entries = [entry] if entry else registry.by_surname(name)
    if not entries:
        raise click.ClickException(f"{name!r} is not in the registry ({registry_path(db)})")
    write_rows(_rows(entries), sys.stdout, fmt, COLUMNS)


@click.command("set")
@click.argument("name")
@click.option("--country", metavar="ISO3", help="ISO 3166 alpha-3 code of the affiliation.")
@click.option("--sector", metavar="CODE", help="GOV, MIL, LEG, JUD, OPP, REB, IGO, NGO…")
@click.option("--role", help="Role, e.g. 'foreign minister'.")
@click.option("--kind", type=click.Choice(["person", "organization", "group"]))
@registry_option
def set_entry(name: str, db: str | None, **changes: str | None) -> None:
    """Correct (or add) the entry for NAME; corrected entries are never overwritten by learning.

    \b
    Example:
        newsgraph actors set "Jake Sullivan" --country USA --sector GOV
    """
    values = {k: v.upper() if k in ("country", "sector") and v else v
              for k, v in changes.items() if v is not None and k in CORRECTABLE}  # fmt: skip
    if not values:
        raise click.UsageError("give at least one of --country, --sector, --role, --kind")
    try:
        entry = _open(db, must_exist=False).correct(name, **values)
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    click.echo(f"{entry.name}: {entry.country or '-'} {entry.sector or '-'} {entry.role or ''}")


@click.command("forget")
@click.argument("name")
@registry_option
def forget(name: str, db: str | None) -> None:
    """Remove NAME from the registry.

    \b
    Example:
        newsgraph actors forget "Jake Sullivan"
    """
    if not _open(db).forget(name):
        raise click.ClickException(f"{name!r} is not in the registry")
    click.echo(f"forgot {name}")


COMMANDS = (learned, show, set_entry, forget)
