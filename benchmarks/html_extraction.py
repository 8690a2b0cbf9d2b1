"""The HTML path on the article-extraction benchmark: extractor alone, and with newsgraph's cleaner.

    python benchmarks/html_extraction.py ../shared/data/scrapinghub_article_extraction_benchmark

Scores each page's output against its ground-truth body with word 4-gram shingles (precision,
recall and F1 per page, averaged over pages), the benchmark's own metric, written anew here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.readers import read_text

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def prf(output: str, truth: str) -> tuple[float, float, float]:
    got, want = shingles(output), shingles(truth)
    if not got and not want:
        return 1.0, 1.0, 1.0
    common = len(got & want)
    precision = common / len(got) if got else 0.0
    recall = common / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the benchmark folder (html/, ground-truth.json)")
    args = parser.parse_args()
    truth = json.loads((args.folder / "ground-truth.json").read_text(encoding="utf-8"))
    cleaner = Pipeline.from_options(Options(stages=("clean",), on_error="record"))
    scores: dict[str, list[tuple[float, float, float]]] = {"extractor": [], "+ cleaner": []}
    for page_id, expected in sorted(truth.items()):
        html = gzip.decompress((args.folder / "html" / f"{page_id}.html.gz").read_bytes())
        article = read_text(html.decode("utf-8", errors="replace"), origin=page_id)
        scores["extractor"].append(prf(article.raw, expected["articleBody"]))
        cleaned = cleaner(article)
        scores["+ cleaner"].append(prf(cleaned.text, expected["articleBody"]))
    print(f"{len(truth)} pages; word 4-gram shingles, averaged per page")
    print(f"{'':12}{'precision':>10}{'recall':>10}{'F1':>10}")
    for name, values in scores.items():
        means = [statistics.mean(v[i] for v in values) for i in range(3)]
        print(f"{name:12}" + "".join(f"{m:10.3f}" for m in means))


if __name__ == "__main__":
    main()
