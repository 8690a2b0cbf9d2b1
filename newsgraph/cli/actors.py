"""``newsgraph actors``: the actors stored from articles (``list``, the default)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from ..output.rows import write_rows
from ..store import actors as actor_rows
from ..store.queries import ACTOR_COLUMNS
from .query import Command, db_option, format_option, limit_option, open_store

KINDS = ("person", "country", "organization", "group")


def list_options(command: Command) -> Command:
    """The options of ``actors list``, also taken by bare ``actors``."""
    decorators: list[Callable[[Command], Command]] = [
        click.option("--name", help="Name (part of it) or Wikidata id."),
        click.option("--country", metavar="ISO3", help="Country of affiliation."),
        click.option("--kind", type=click.Choice(KINDS)),
        limit_option,
        format_option,
        db_option,
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


@click.group(invoke_without_command=True)
@list_options
@click.pass_context
def actors(ctx: click.Context, /, **values: Any) -> None:
    """The actors found in stored articles; bare, the same as ``actors list``.

    \b
    Example:
        newsgraph actors                    # the most frequent actors
        newsgraph actors list --country FRA --kind person
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_actors, **values)


@actors.command("list")
@list_options
def list_actors(db: str, fmt: str, **values: Any) -> None:
    """List actors, most frequent first, with their articles, mentions and dates.

    \b
    Example:
        newsgraph actors list --name Macron --format json
    """
    with open_store(db) as store:
        rows = actor_rows(store, **values)
    write_rows(rows, sys.stdout, fmt, ACTOR_COLUMNS)
