"""A readable terminal view of one article."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..article import Article

#: Characters of the body shown before it is cut.
EXCERPT = 600


def write_pretty(article: Article, stream: TextIO) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False)
    console.print(Panel(_header(article), title=article.origin or article.id, expand=True))
    if article.error:
        console.print(Text(f"failed: {article.error}", style="bold red"))
    for warning in article.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    body = article.text if len(article.text) <= EXCERPT else article.text[:EXCERPT] + " …"
    console.print(Text(body))
    console.print(_removed(article))
    for table in (_actors(article), _quotes(article), _events(article)):
        if table.row_count:
            console.print(table)
    console.print()


def _header(article: Article) -> Text:
    published = article.published.isoformat() if article.published else "unknown"
    if article.published_estimated:
        published += " (estimated: not before)"
    rows = [
        ("title", article.title or "-"),
        ("language", article.language or "-"),
        ("published", published),
        ("authors", ", ".join(article.authors) or "-"),
        ("source", article.source or "-"),
        ("translated from", article.translated_from or "-"),
        ("body", f"{len(article.paragraphs)} paragraphs, {len(article.text.split())} words"),
    ]
    text = Text()
    for label, value in rows:
        text.append(f"{label:>16}  ", style="bold")
        text.append(f"{value}\n")
    return text


def _removed(article: Article) -> Text:
    reasons = Counter(line.reason for line in article.removed)
    summary = ", ".join(f"{reason} {count}" for reason, count in reasons.most_common())
    return Text(f"removed {len(article.removed)} lines: {summary or 'none'}", style="dim")


def _actors(article: Article) -> Table:
    table = Table("actor", "kind", "country", "sector", "mentions", title="Actors")
    for actor in article.actors:
        table.add_row(
            actor.name,
            actor.kind,
            actor.country or "-",
            actor.sector or "-",
            str(len(actor.mentions)),
        )
    return table


def _quotes(article: Article) -> Table:
    names = {actor.id: actor.name for actor in article.actors}
    table = Table("speaker", "quote", "direct", title="Quotes")
    for quote in article.quotes:
        table.add_row(
            names.get(quote.speaker or "", "?"), quote.text, "yes" if quote.direct else "no"
        )
    return table


def _events(article: Article) -> Table:
    names = {actor.id: actor.name for actor in article.actors}
    table = Table("type", "source", "target", "modality", "date", "evidence", title="Events")
    for event in article.events:
        table.add_row(
            event.type,
            ", ".join(names.get(a, a) for a in event.source),
            ", ".join(names.get(a, a) for a in event.target),
            event.modality,
            event.date or "-",
            event.evidence.text,
        )
    return table
