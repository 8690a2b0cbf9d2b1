"""``newsgraph process``: run the pipeline on files and print the articles."""

from __future__ import annotations

import sys
from typing import Any, TextIO

import click
from tqdm import tqdm

from ..errors import InputError, NewsgraphError
from ..output.jsonl import write_jsonl
from ..output.pretty import write_pretty
from ..pipeline import Pipeline
from ..readers import read
from .options import build_options, pipeline_options

WRITERS = {"jsonl": write_jsonl, "pretty": write_pretty}


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(WRITERS)),
    default="jsonl",
    show_default=True,
    help="JSON Lines for machines, or a readable view.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write to this file instead of standard output.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when the terminal shows standard error).",
)
@pipeline_options
def process(
    paths: tuple[str, ...], fmt: str, output: TextIO, progress: bool | None, **values: Any
) -> None:
    """Process articles: files, directories (recursively), JSON Lines, gzip; '-' is stdin.

    \b
    Example:
        newsgraph process examples/ --format pretty
        newsgraph process articles.jsonl.gz --published 2024-03-14 > out.jsonl

    Bad inputs are reported on standard error, one line each, and the others are processed;
    the exit status is then 1.
    """
    try:
        options = build_options(**values)
        pipeline = Pipeline.from_options(options)
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    problems = Problems()
    articles = pipeline.pipe(read(paths, options, problems.input_error))
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with tqdm(articles, unit=" articles", disable=not show, file=sys.stderr) as bar:
            for article in bar:
                if article.failed:
                    problems.report(f"{article.origin or article.id}: {article.error}")
                WRITERS[fmt](article, output)
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    if problems.count:
        sys.exit(1)


class Problems:
    """Counts and reports, one line each, what could not be processed."""

    def __init__(self) -> None:
        self.count = 0

    def input_error(self, error: InputError) -> None:
        self.report(f"skipped {error.message}")

    def report(self, line: str) -> None:
        self.count += 1
        click.echo(f"newsgraph: {line}", err=True)
