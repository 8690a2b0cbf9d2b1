"""The command line: a thin shell over the library, one module per command."""

from __future__ import annotations

import click

from .. import __version__
from .actors import actors
from .eval import evaluate
from .export import export_command
from .ingest import ingest_command
from .process import process
from .query import dyad, events, quotes
from .registry import COMMANDS as REGISTRY_COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Turn news articles into structured, verifiable political event data."""


cli.add_command(process)
cli.add_command(evaluate)
cli.add_command(ingest_command)
cli.add_command(events)
cli.add_command(quotes)
cli.add_command(dyad)
cli.add_command(actors)
cli.add_command(export_command)
for command in REGISTRY_COMMANDS:
    actors.add_command(command)


def main() -> None:
    cli(prog_name="newsgraph")
