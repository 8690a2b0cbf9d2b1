"""The command line: a thin shell over the library, one module per command."""

from __future__ import annotations

import click

from .. import __version__
from .process import process


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Turn news articles into structured, verifiable political event data."""


cli.add_command(process)


def main() -> None:
    cli(prog_name="newsgraph")
