"""Throughput of ``newsgraph ingest`` beside ``newsgraph process`` on the same articles, and the
cost of ingesting them again.

    python benchmarks/ingest.py --articles 10000 [--stages clean,language,published] [--keep DIR]

The articles are generated from the bundled examples: each example's text with a numbered
dateline, under a distinct id and source (so that the cleaner does not see a page repeated across
one source). Both commands run as subprocesses, models loaded and all, in alternating order over
``--rounds`` rounds (medians reported): ``process`` writes JSON Lines to /dev/null, ``ingest``
writes a fresh SQLite store, then the same ingest runs again on the stored articles. The figures
to read are the ratio (ingest / process throughput, >= 0.8 wanted) and the re-ingest share
(second ingest / first, < 10 % wanted). ``--keep DIR`` keeps the corpus and the store there (for
``kill -9`` and concurrent-read checks).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph import Options, read

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def main() -> int:
    args = parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = generate(folder / "corpus.jsonl", args.articles)
    db = folder / "ingest.db"
    extra = ["--batch-size", str(args.batch_size)]
    extra += ["--stages", args.stages] if args.stages else []
    times: dict[str, list[float]] = {"process": [], "ingest": [], "ingest again": []}
    for round_ in range(args.rounds):  # alternate the order: shared machines drift
        for step in ("process", "ingest") if round_ % 2 == 0 else ("ingest", "process"):
            if step == "process":
                times["process"].append(
                    timed(["process", str(corpus), *extra], stdout=subprocess.DEVNULL)
                )
                continue
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            command = ["ingest", str(corpus), "--db", str(db), "--no-progress", *extra]
            times["ingest"].append(timed(command))
            times["ingest again"].append(timed(command))
    process, first, again = (statistics.median(times[name]) for name in times)
    n = args.articles
    print(f"articles: {n}  (corpus {corpus}, store {db})")
    print(f"{'':22}{'seconds':>10}{'articles/s':>12}")
    for name, seconds in (("process", process), ("ingest", first), ("ingest again", again)):
        print(f"{name:22}{seconds:10.2f}{n / seconds:12.1f}")
    print(f"ratio (ingest / process throughput): {process / first:.2f}")
    print(f"re-ingest share (second / first ingest): {again / first:.1%}")
    return 0


def generate(path: Path, count: int) -> Path:
    """``count`` distinct articles, made from the examples, as JSON Lines."""
    examples = list(read([EXAMPLES], Options(), on_error=print))
    with path.open("w", encoding="utf-8") as stream:
        for n in range(count):
            example = examples[n % len(examples)]
            dateline = f"Dépêche {n}." if n % 2 else f"Dispatch {n}."
            record = {
                "id": f"bench-{n}",
                "text": f"{dateline}\n\n{example.raw}",
                "title": example.title,
                "url": f"https://bench.example/{n}",
                "source": f"{example.source or 'Example'} {n}",
                "published": example.published.isoformat() if example.published else None,
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def timed(arguments: list[str], stdout: int | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", *arguments],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"newsgraph {' '.join(arguments)} failed:\n{result.stderr.decode()[-2000:]}")
    return seconds


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--rounds", type=int, default=1, help="timed rounds of each (median)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--stages", help="comma-separated stages (default: all)")
    parser.add_argument("--keep", metavar="DIR", help="keep the corpus and the store here")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
