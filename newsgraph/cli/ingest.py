"""``newsgraph ingest``: run the pipeline on files and store everything it finds."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

import click
from tqdm import tqdm

from ..errors import NewsgraphError
from ..pipeline import Pipeline
from ..store import IngestReport, Problem, count_inputs, ingest
from .options import build_options, pipeline_options
from .query import db_option, open_store


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@db_option
@click.option(
    "--report",
    "report_file",
    type=click.File("w", encoding="utf-8"),
    help="Also write the ingest report (counts, and every problem's file, line and reason) "
    "as JSON to this file.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when the terminal shows standard error).",
)
@pipeline_options
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    report_file: TextIO | None,
    progress: bool | None,
    **values: Any,
) -> None:
    """Process articles and store them: files, directories, JSON Lines, gzip, WARC.

    Articles already stored (same text) are skipped before any processing, so running the same
    ingest again is quick, and an interrupted ingest continues where it stopped. Bad inputs are
    reported on standard error, one line each (file, line, reason), and in the store; the others
    are stored, and the exit status is then 1.

    \b
    Example:
        newsgraph ingest examples/
        newsgraph ingest crawl/*.warc.gz --db postgresql://newsgraph@localhost/news
    """
    try:
        options = build_options(db=db, **values).but(db=db)
        pipeline = Pipeline.from_options(options)
    except NewsgraphError as error:
        raise click.ClickException(error.message) from error
    show = sys.stderr.isatty() if progress is None else progress
    total = count_inputs(paths) if show else None
    with (
        open_store(db, create=True) as store,
        tqdm(total=total, unit=" articles", disable=not show, file=sys.stderr) as bar,
    ):
        try:
            report = ingest(
                paths,
                store,
                options,
                pipeline=pipeline,
                progress=bar.update,
                on_problem=_echo,
            )
        except KeyboardInterrupt:
            bar.close()
            click.echo("newsgraph: interrupted; run the same command again to continue", err=True)
            sys.exit(130)
    if report_file is not None:
        json.dump(report.as_dict(), report_file, ensure_ascii=False, indent=1)
        report_file.write("\n")
    click.echo(summary(report, store.location), err=True)
    if any(problem.kind == "input" for problem in report.problems) or report.failed:
        sys.exit(1)


def _echo(problem: Problem) -> None:
    verb = "skipped" if problem.kind == "input" else "stored as failed"
    click.echo(f"newsgraph: {verb} {problem.origin}: {problem.reason}", err=True)


def summary(report: IngestReport, location: str) -> str:
    rate = report.articles / report.seconds if report.seconds else 0.0
    unread = sum(1 for problem in report.problems if problem.kind == "input")
    parts = [
        f"{report.stored} stored",
        f"{report.skipped} already stored",
        *([f"{report.replaced} replaced"] if report.replaced else []),
        *([f"{report.failed} failed"] if report.failed else []),
        *([f"{unread} unreadable"] if unread else []),
    ]
    return (
        f"newsgraph: {', '.join(parts)} in {report.seconds:.1f} s ({rate:.1f} articles/s) "
        f"into {location}"
    )
