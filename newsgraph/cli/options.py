"""Command-line options shared by the commands, turned into one :class:`Options`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from ..options import DEFAULT_MODELS, Options
from ..stages import ORDER
from .registry import registry_path


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def _stages(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in names if name not in ORDER]
    if unknown:
        raise click.BadParameter(
            f"unknown stage {', '.join(unknown)}; choose from {', '.join(ORDER)}"
        )
    return names


def pipeline_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that runs the pipeline takes."""
    decorators = [
        click.option(
            "--lang",
            "language",
            type=click.Choice(sorted(DEFAULT_MODELS)),
            help="Language of every article (default: detected).",
        ),
        click.option(
            "--published",
            callback=_date,
            metavar="YYYY-MM-DD",
            help="Publication date of every article (overrides the metadata).",
        ),
        click.option(
            "--batch-size",
            default=32,
            show_default=True,
            type=click.IntRange(1),
            help="Articles parsed at once.",
        ),
        click.option(
            "--max-bytes",
            default=10_000_000,
            show_default=True,
            type=click.IntRange(1),
            help="Largest input for one article.",
        ),
        click.option(
            "--encoding", help="Decode text files with this encoding (default: detected)."
        ),
        click.option(
            "--stages",
            callback=_stages,
            metavar="NAMES",
            help=f"Comma-separated stages to run (default: {','.join(ORDER)}).",
        ),
        click.option(
            "--registry",
            metavar="PATH",
            help="Actor registry to learn into and read from "
            "(default: the store, $NEWSGRAPH_DB, else newsgraph.db).",
        ),
        click.option(
            "--no-registry",
            is_flag=True,
            help="Learn nothing across runs (what is learned lasts one run).",
        ),
        click.option(
            "--fail-fast",
            is_flag=True,
            help="Stop at the first failing article instead of recording it and going on.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def build_options(db: str | None = None, **values: Any) -> Options:
    """The options from the command line; ``db`` is the store, whose file keeps the registry."""
    registry = None if values["no_registry"] else values["registry"] or registry_path(db)
    return Options(
        registry=registry,
        language=values["language"],
        published=values["published"],
        batch_size=values["batch_size"],
        max_bytes=values["max_bytes"],
        encoding=values["encoding"],
        stages=values["stages"],
        on_error="raise" if values["fail_fast"] else "record",
    )
