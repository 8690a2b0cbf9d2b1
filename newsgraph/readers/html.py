"""HTML pages: the main text and metadata through trafilatura, a maintained extractor."""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..errors import EmptyInput


@dataclass(frozen=True)
class Page:
    """What the extractor found in one HTML page."""

    text: str
    title: str | None
    authors: list[str]
    published: dt.date | None
    source: str | None
    url: str | None

    def article(self, origin: str, **metadata: Any) -> Article:
        """The page as an article; ``metadata`` given by the input wins over the page's own."""
        fields: dict[str, Any] = {
            "url": self.url, "title": self.title, "authors": self.authors,
            "published": self.published, "source": self.source,
        }  # fmt: skip
        fields.update({key: value for key, value in metadata.items() if value})
        return Article(raw=self.text, origin=origin, extracted=True, **fields)


def extract(html: str, origin: str, url: str | None = None) -> Page:
    """The article text of ``html``, one paragraph per block, and the page's metadata."""
    import trafilatura  # imported on the first page: it is slow to import, and often unneeded

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # raised inside lxml by the extractor
        document: Any = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    text = (document.text or "") if document is not None else ""
    if not text.strip():
        raise EmptyInput(
            origin, "no article text found in the HTML page", "check that the page holds an article"
        )
    return Page(
        text="\n\n".join(line for line in text.split("\n") if line.strip()),
        title=document.title or None,
        authors=_authors(document.author),
        published=_date(document.date),
        source=document.sitename or document.hostname or None,
        url=document.url or url,
    )


def _authors(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(";") if name.strip()]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head
