"""PolNeAR: English political news with annotated attributions, scoring quotation finding.

PolNeAR (github.com/networkdynamics/PolNeAR) gives, for each article of ``<root>/<split>/text``,
brat standoff files in ``<root>/<split>/attributions`` (one per annotator; the first in name
order is used): ``Source``, ``Cue`` and ``Content`` spans (possibly in several pieces) tied
together by ``Attribution`` events.

Scores, over the split:

- content recall: a gold Content is found when one output quote overlaps at least half of it
  (:data:`OVERLAP`), split into quoted contents (in quotation marks) and the others;
- speaker accuracy: of the contents found, those whose best overlapping output quote has
  speaker words naming the gold Source: overlapping it, the same name at another mention, or
  the name a relative pronoun Source follows (contents without a Source aside);
- precision: the output quotes that overlap some gold Content.

The system plugs in as an :class:`Attributor`; :class:`QuoteAttributor` is newsgraph's own
(the spaCy model and ``newsgraph.quotes``, speakers as words, no actors needed)::

    python -m newsgraph.evaluate.adapters.polnear ../shared/data/polnear --split dev
    python -m newsgraph.evaluate.adapters.polnear ../shared/data/polnear --split train \\
        --skip 450 --limit 100 --misses     # the quoted contents missed, or misattributed
    python -m newsgraph.evaluate.adapters.polnear ../shared/data/polnear --split train \\
        --wrong-speakers                    # every content found with a wrong speaker
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..metrics import ratio

#: Share of a gold Content an output quote must cover for the content to be found.
OVERLAP = 0.5
#: Characters that open a quotation in PolNeAR's texts.
QUOTE_MARKS = "\"“«‘'"
#: Relative pronouns PolNeAR marks as a source ("said Weaver, who said …").
RELATIVES = frozenset({"who", "which", "that"})
#: Personal and possessive pronouns, which name no one by their words alone.
PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them"}
    | {"my", "our", "your", "his", "its", "their"}
)

Pieces = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: its content, source and cue, each in one or more pieces."""

    content: Pieces
    source: Pieces
    cue: Pieces


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class Attributed:
    """A quote found by the system: ``text[start:end]``, and the words naming its speaker."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    direct: bool


class Attributor(Protocol):
    """Finds the quotes of English texts, with the words naming their speakers."""

    def attribute(self, texts: Sequence[str]) -> list[list[Attributed]]: ...


class QuoteAttributor:
    """newsgraph's quotation finder: the English spaCy model, then ``newsgraph.quotes``."""

    def __init__(self) -> None:
        from ...options import Options
        from ...quotes import load
        from ...stages.parse import Parse

        self.parse = Parse(Options())
        self.lexicon = load("en")

    def attribute(self, texts: Sequence[str]) -> list[list[Attributed]]:
        from ...article import Article
        from ...quotes import find

        articles = [Article(raw=text, text=text, language="en") for text in texts]
        self.parse.prepare(articles)
        found = []
        for article in articles:
            _, quotes = find(self.parse(article), self.lexicon)
            found.append(
                [
                    Attributed(
                        q.start,
                        q.end,
                        (q.speaker.start, q.speaker.end) if q.speaker else None,
                        q.direct,
                    )
                    for q in quotes
                ]
            )
        return found


@dataclass(frozen=True)
class PolnearResult:
    """What :func:`score_polnear` measured."""

    dataset: str
    articles: int
    gold: int
    found: int
    quoted_gold: int
    quoted_found: int
    with_source: int
    speaker_right: int
    output: int
    output_right: int

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_right, self.with_source)

    @property
    def precision(self) -> float:
        return ratio(self.output_right, self.output)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": "polnear",
            "dataset": self.dataset,
            "articles": self.articles,
            "content_recall": self.recall,
            "quoted_recall": ratio(self.quoted_found, self.quoted_gold),
            "unquoted_recall": ratio(self.found - self.quoted_found, self.gold - self.quoted_gold),
            "speaker_accuracy": self.speaker_accuracy,
            "precision": self.precision,
            "gold": self.gold,
            "found": self.found,
            "with_source": self.with_source,
            "speaker_right": self.speaker_right,
            "output": self.output,
            "output_right": self.output_right,
        }


def read_brat(text: str) -> list[GoldAttribution]:
    """The attributions of a brat standoff file's content."""
    spans: dict[str, Pieces] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = tuple(
                (int(start), int(end))
                for start, end in (piece.split() for piece in offsets.split(";"))
            )
        elif line.startswith("E") and len(fields) >= 2:
            roles = (arg.split(":", 1) for arg in fields[1].split() if ":" in arg)
            events.append({role.rstrip("0123456789"): ref for role, ref in roles})
    return [
        GoldAttribution(
            content=spans.get(event.get("Content", ""), ()),
            source=spans.get(event.get("Source", ""), ()),
            cue=spans.get(event.get("Cue", ""), ()),
        )
        for event in events
        if event.get("Content") in spans
    ]


def read_polnear(
    root: Path, split: str = "dev", limit: int | None = None, skip: int = 0
) -> Iterator[PolnearArticle]:
    """The articles of a split, with the first annotator's attributions, in name order: the
    first ``limit`` after the first ``skip``."""
    base = root / "data" if (root / "data").is_dir() else root
    texts = sorted((base / split / "text").glob("*.txt"))[skip:][:limit]
    annotations = sorted((base / split / "attributions").glob("*.ann"))
    for path in texts:
        ann = next((a for a in annotations if a.name.startswith(path.stem + "_")), None)
        if ann is None:
            continue
        yield PolnearArticle(
            path.stem,
            path.read_text(encoding="utf-8"),
            tuple(read_brat(ann.read_text(encoding="utf-8"))),
        )


def score_polnear(
    root: Path,
    attributor: Attributor | None = None,
    split: str = "dev",
    limit: int | None = None,
    batch: int = 16,
    skip: int = 0,
) -> PolnearResult:
    """Content recall, speaker accuracy and precision of ``attributor`` on a PolNeAR split."""
    articles = list(read_polnear(root, split, limit, skip))
    counts = [0] * 8
    for article, found in _attributed(articles, attributor or QuoteAttributor(), batch):
        for k, value in enumerate(_score_article(article, found)):
            counts[k] += value
    return PolnearResult(f"{root} ({split})", len(articles), *counts)


def quoted_misses(
    articles: Sequence[PolnearArticle], attributor: Attributor | None = None, batch: int = 16
) -> Iterator[str]:
    """A line for each quoted content not found ("missed") or found with a wrong speaker
    ("speaker"), with the gold source, the speaker words output and the words around it."""
    for article, found in _attributed(articles, attributor or QuoteAttributor(), batch):
        text = article.text
        for attribution in article.attributions:
            if not _quoted(text, attribution.content):
                continue
            best = _best(found, attribution.content)
            if best is not None and (
                not attribution.source or _speaker_right(best, attribution, text)
            ):
                continue
            kind = "missed" if best is None else "speaker"
            yield _line(kind, article, attribution, best)


def wrong_speakers(
    articles: Sequence[PolnearArticle], attributor: Attributor | None = None, batch: int = 16
) -> Iterator[str]:
    """A line for each content found, quoted or not, whose gold source the speaker words
    output miss: "quoted" or "unquoted", the gold source, the words output and the context."""
    for article, found in _attributed(articles, attributor or QuoteAttributor(), batch):
        text = article.text
        for attribution in article.attributions:
            best = _best(found, attribution.content)
            if best is None or not attribution.source or _speaker_right(best, attribution, text):
                continue
            kind = "quoted" if _quoted(text, attribution.content) else "unquoted"
            yield _line(kind, article, attribution, best)


def _line(
    kind: str, article: PolnearArticle, attribution: GoldAttribution, best: Attributed | None
) -> str:
    """One listed attribution: its kind, where it is, the gold source, the speaker words
    output (if any) and 200 characters of text on each side."""
    text = article.text
    start, end = attribution.content[0][0], attribution.content[-1][1]
    source = " | ".join(text[s:e] for s, e in attribution.source)
    said = best.speaker if best is not None else None
    got = text[said[0] : said[1]] if said else None
    context = " ".join(text[max(0, start - 200) : end + 200].split())
    return f"{kind}\t{article.name}@{start}\tsource={source!r} got={got!r}\t{context}"


def _attributed(
    articles: Sequence[PolnearArticle], attributor: Attributor, batch: int
) -> Iterator[tuple[PolnearArticle, list[Attributed]]]:
    """Each article with the quotes ``attributor`` finds in it, a batch of texts at a time."""
    for first in range(0, len(articles), batch):
        group = articles[first : first + batch]
        yield from zip(group, attributor.attribute([a.text for a in group]), strict=True)


def _best(found: list[Attributed], pieces: Pieces) -> Attributed | None:
    """The output quote that overlaps a gold content most, when it covers :data:`OVERLAP` of
    it."""
    size = sum(end - start for start, end in pieces)
    best = max(found, key=lambda q: _overlap(q, pieces), default=None)
    if best is None or size == 0 or _overlap(best, pieces) < OVERLAP * size:
        return None
    return best


def _speaker_right(quote: Attributed, attribution: GoldAttribution, text: str) -> bool:
    """Whether the speaker words of an output quote name the gold source: they overlap it,
    they are the same name elsewhere in the text ("Trump" for another "Trump"), or the source
    is a relative pronoun right after them ("Weaver" for the "who" of "said Weaver, who
    said …")."""
    said = quote.speaker
    if said is None:
        return False
    words = text[said[0] : said[1]]
    return any(
        (said[0] < end and start < said[1])
        or (words == text[start:end] and words.lower() not in PRONOUNS)
        or (
            text[start:end].lower() in RELATIVES
            and said[1] <= start
            and not text[said[1] : start].strip(" ,")
        )
        for start, end in attribution.source
    )


def _score_article(article: PolnearArticle, found: list[Attributed]) -> tuple[int, ...]:
    gold = found_n = quoted_gold = quoted_found = with_source = right = 0
    for attribution in article.attributions:
        quoted = _quoted(article.text, attribution.content)
        gold += 1
        quoted_gold += quoted
        best = _best(found, attribution.content)
        if best is None:
            continue
        found_n += 1
        quoted_found += quoted
        if attribution.source:
            with_source += 1
            right += _speaker_right(best, attribution, article.text)
    contents = [a.content for a in article.attributions]
    output_right = sum(any(_overlap(q, c) > 0 for c in contents) for q in found)
    return gold, found_n, quoted_gold, quoted_found, with_source, right, len(found), output_right


def _overlap(quote: Attributed, pieces: Pieces) -> int:
    return sum(max(0, min(quote.end, end) - max(quote.start, start)) for start, end in pieces)


def _quoted(text: str, pieces: Pieces) -> bool:
    """Whether a content stands in quotation marks (it starts with one, or right after one;
    a headline at the start of the text has no mark before it)."""
    if not pieces:
        return False
    start = pieces[0][0]
    marks = text[start : start + 1] + (text[start - 1] if start else "")
    return any(mark in QUOTE_MARKS for mark in marks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score newsgraph's quotes on PolNeAR.")
    parser.add_argument("path", type=Path, help="the PolNeAR folder (with data/ or its content)")
    parser.add_argument("--split", default="dev", help="dev (default), train or test")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N articles")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the quoted contents missed or given a wrong speaker instead of scoring",
    )
    parser.add_argument(
        "--wrong-speakers",
        action="store_true",
        help="list every content found (quoted or not) with a wrong speaker instead of scoring",
    )
    args = parser.parse_args(argv)
    if not (args.path / "data").is_dir() and not (args.path / args.split).is_dir():
        print(f"{args.path}: no PolNeAR split '{args.split}' there", file=sys.stderr)
        return 1
    if args.misses or args.wrong_speakers:
        articles = list(read_polnear(args.path, args.split, args.limit, args.skip))
        lister = wrong_speakers if args.wrong_speakers else quoted_misses
        for line in lister(articles):
            print(line)
        return 0
    result = score_polnear(args.path, split=args.split, limit=args.limit, skip=args.skip)
    print(json.dumps(result.to_dict(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
