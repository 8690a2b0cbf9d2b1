"""Throughput of ``newsgraph process`` beside spaCy's own ``nlp.pipe`` on the same texts.

    python benchmarks/throughput.py examples/ --repeat 20 [--stages clean,language,published,parse]

Both runs are interleaved, several rounds each, and the median is reported: shared machines are
noisy, so the ratio (newsgraph / spaCy) is the figure to read, not the absolute speeds. The spaCy
reference parses exactly the clean bodies that newsgraph parses, with the same models and batch
size; newsgraph's time includes reading and decoding the files.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsgraph import Article, Options, Pipeline, read
from newsgraph.nlp import load_model
from newsgraph.textutil import nlp_view


def main() -> None:
    args = parse_args()
    options = Options(batch_size=args.batch_size, stages=args.stages, on_error="record")
    pipeline = Pipeline.from_options(options)
    paths = [Path(p) for p in args.paths] * args.repeat
    articles = list(pipeline.pipe(read(paths, options, on_error=print)))  # warm-up, and texts
    parsed = [a for a in articles if a.status == "ok"]
    words = sum(len(a.text.split()) for a in parsed)

    def ours() -> None:
        for _ in pipeline.pipe(read(paths, options, on_error=print)):
            pass

    def reference() -> None:
        spacy_pipe(parsed, options)

    ours_times, ref_times = interleave(ours, reference, args.rounds)
    report(len(parsed), words, statistics.median(ours_times), statistics.median(ref_times))


def spacy_pipe(articles: list[Article], options: Options) -> None:
    for code in sorted({a.language for a in articles if a.language}):
        nlp = load_model(options.models[code])
        texts = (nlp_view(a.text) for a in articles if a.language == code)
        for _ in nlp.pipe(texts, batch_size=options.batch_size):
            pass


def interleave(
    first: Callable[[], None], second: Callable[[], None], rounds: int
) -> tuple[list[float], list[float]]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for run, bucket in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            run()
            bucket.append(time.perf_counter() - start)
    return times


def report(articles: int, words: int, ours: float, reference: float) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"articles: {articles}, words: {words}")
    print(f"{'':12}{'articles/s':>12}{'words/s':>12}{'seconds':>10}")
    for name, seconds in (("newsgraph", ours), ("spaCy pipe", reference)):
        print(f"{name:12}{articles / seconds:12.1f}{words / seconds:12.0f}{seconds:10.2f}")
    print(f"ratio (newsgraph / spaCy throughput): {reference / ours:.2f}")
    print(f"peak memory: {peak:.0f} MiB")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or directories of articles")
    parser.add_argument("--repeat", type=int, default=10, help="read the inputs this many times")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--stages",
        type=lambda value: tuple(value.split(",")),
        default=None,
        help="comma-separated stages (default: all)",
    )
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
