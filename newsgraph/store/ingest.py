"""Ingest: read inputs, skip what is stored, run the pipeline, store a batch per transaction.

>>> with Store.open("newsgraph.db") as store:                       # doctest: +SKIP
...     report = ingest(["corpus/"], store, Options(on_error="record"))

* **Idempotent.** Each article's raw text is hashed right after it is read; an article already
  stored is skipped before any stage runs, so re-ingesting a corpus costs little more than
  reading it.
* **Resumable.** Batches are committed as they are done; after an interruption (Ctrl-C,
  ``kill -9``, a crash) the store holds whole batches only, and running the same ingest again
  completes it without duplicates.
* **Bad input never costs data.** An input that cannot be read is recorded in the report (file,
  line, reason) and in the store's ``ingest_problems`` table; the others go on.
"""

from __future__ import annotations

import gzip
import json
import re
import secrets
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..article import Article
from ..errors import InputError
from ..options import Options
from ..pipeline import Pipeline, batched
from ..readers import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, WARC_SUFFIXES, read
from .rows import content_hash, utc_now
from .store import Store

#: Articles whose hashes are looked up in the store at once.
LOOKUP_CHUNK = 256
Progress = Callable[[int], object]


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read (``kind="input"``, not stored), or an article a stage
    failed on (``kind="stage"``, stored with its error)."""

    origin: str
    reason: str
    kind: str = "input"

    @property
    def file(self) -> str:
        return _split(self.origin)[0]

    @property
    def line(self) -> int | None:
        return _split(self.origin)[1]


@dataclass
class IngestReport:
    """What one ingest did."""

    paths: list[str]
    run: str = field(default_factory=lambda: f"{utc_now()}-{secrets.token_hex(3)}")
    started: str = field(default_factory=utc_now)
    status: str = "running"
    articles: int = 0  #: articles read (inputs that could be read)
    stored: int = 0  #: new articles stored
    replaced: int = 0  #: stored articles replaced by a new text under the same id
    skipped: int = 0  #: articles already stored (same raw text)
    failed: int = 0  #: articles stored with a stage failure
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        counts = ("articles", "stored", "replaced", "skipped", "failed")
        return {
            "run": self.run,
            "started": self.started,
            "status": self.status,
            "paths": self.paths,
            **{name: getattr(self, name) for name in counts},
            "seconds": round(self.seconds, 3),
            "problems": [
                {"file": p.file, "line": p.line, "reason": p.reason, "kind": p.kind}
                for p in self.problems
            ],
        }


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    options: Options,
    *,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> IngestReport:
    """Read ``paths``, run the pipeline on the articles not yet stored, and store them."""
    names = [str(p) for p in paths]
    report = IngestReport(names)
    advance = progress or (lambda n: None)
    start = time.perf_counter()
    recorded = 0

    def problem(found: Problem) -> None:
        report.problems.append(found)
        if on_problem is not None:
            on_problem(found)

    def input_error(error: InputError) -> None:
        problem(Problem(error.origin, error.message.removeprefix(f"{error.origin}: ")))
        advance(1)

    _begin(store, report)
    try:
        pipeline = pipeline or Pipeline.from_options(options)
        articles = read(names, options, input_error)
        for batch in batched(
            pipeline.pipe(_unstored(articles, store, report, advance)), _size(options)
        ):
            written = store.write(batch)
            report.stored += written.stored
            report.replaced += written.replaced
            report.skipped += written.skipped
            for article in batch:
                if article.failed:
                    report.failed += 1
                    problem(Problem(article.origin or article.id, article.error or "", "stage"))
            recorded = _record_problems(store, report, recorded)
            advance(len(batch))
        report.status = "done"
    except KeyboardInterrupt:
        report.status = "interrupted"
        raise
    except BaseException:
        report.status = "failed"
        raise
    finally:
        report.seconds = time.perf_counter() - start
        _finish(store, report, recorded)
    return report


def _size(options: Options) -> int:
    return options.batch_size


def _unstored(
    articles: Iterator[Article], store: Store, report: IngestReport, advance: Progress
) -> Iterator[Article]:
    """The articles whose raw text is neither stored nor seen earlier in this run."""
    seen: set[str] = set()
    for chunk in batched(articles, LOOKUP_CHUNK):
        report.articles += len(chunk)
        hashes = [content_hash(article.raw) for article in chunk]
        known = store.known(set(hashes))
        skipped = 0
        for article, digest in zip(chunk, hashes, strict=True):
            if digest in known or digest in seen:
                skipped += 1
                continue
            seen.add(digest)
            yield article
        report.skipped += skipped
        advance(skipped)


def _begin(store: Store, report: IngestReport) -> None:
    with store.db.transaction():
        store.db.execute(
            "INSERT INTO ingest_runs (id, started, status, paths, articles, stored, replaced, "
            "skipped, failed, problems) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0)",
            (report.run, report.started, report.status, json.dumps(report.paths)),
        )


def _record_problems(store: Store, report: IngestReport, recorded: int) -> int:
    new = report.problems[recorded:]
    if new:
        with store.db.transaction():
            store.db.executemany(
                "INSERT INTO ingest_problems (run_id, seq, origin, file, line, reason) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (report.run, recorded + n, p.origin, p.file, p.line, f"{p.kind}: {p.reason}")
                    for n, p in enumerate(new)
                ],
            )
    return len(report.problems)


def _finish(store: Store, report: IngestReport, recorded: int) -> None:
    try:
        _record_problems(store, report, recorded)
        with store.db.transaction():
            store.db.execute(
                "UPDATE ingest_runs SET finished = ?, status = ?, articles = ?, stored = ?, "
                "replaced = ?, skipped = ?, failed = ?, problems = ? WHERE id = ?",
                (
                    utc_now(),
                    report.status,
                    report.articles,
                    report.stored,
                    report.replaced,
                    report.skipped,
                    report.failed,
                    len(report.problems),
                    report.run,
                ),
            )
    except Exception:  # the articles are stored; a lost run record must not hide that
        if report.status == "done":
            raise


_ORIGIN = re.compile(r"^(.*):(\d+)$")


def _split(origin: str) -> tuple[str, int | None]:
    match = _ORIGIN.match(origin)
    return (match.group(1), int(match.group(2))) if match else (origin, None)


# -- progress ------------------------------------------------------------------------------------

RECORD_SUFFIXES = JSONL_SUFFIXES
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many articles (files, JSON lines, WARC responses) ``paths`` hold, for a progress
    bar's time left; ``None`` when standard input is among them."""
    total = 0
    for name in paths:
        if str(name) == "-":
            return None
        path = Path(name)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            hidden = path.is_dir() and any(
                part.startswith(".") for part in file.relative_to(path).parts
            )
            if file.is_file() and not hidden:
                total += _units(file)
    return total


def _units(file: Path) -> int:
    suffixes = [s.lower() for s in file.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    suffix = suffixes[-1] if suffixes else ""
    if suffix in WARC_SUFFIXES:
        from ..readers.warc import count_records

        return count_records(file)
    if suffix not in RECORD_SUFFIXES:
        return 1 if suffix in DOCUMENT_SUFFIXES else 0
    count = 0
    try:
        with _open(file) as stream:
            for line in stream:
                count += bool(line.strip())
    except (OSError, EOFError, ValueError, zlib.error):
        count += 1  # the error the reader will report
    return count


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")
