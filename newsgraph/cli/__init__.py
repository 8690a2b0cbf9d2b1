"""The command line: a thin shell over the library, one module per command.

Each command's module is imported only when that command runs, so that a quick query
(``newsgraph dyad``) does not pay for loading the pipeline.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from .. import __version__

#: Command name → "module:attribute", in the order ``--help`` lists them.
COMMANDS = {
    "process": "process:process",
    "ingest": "ingest:ingest_command",
    "events": "query:events",
    "quotes": "query:quotes",
    "actors": "actors:actors",
    "dyad": "query:dyad",
    "export": "export:export_command",
    "eval": "eval:evaluate",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        command: Any = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
        if name == "actors":
            from .registry import COMMANDS as REGISTRY_COMMANDS

            for subcommand in REGISTRY_COMMANDS:
                command.add_command(subcommand)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """Turn news articles into structured, verifiable political event data."""


def main() -> None:
    cli(prog_name="newsgraph")
