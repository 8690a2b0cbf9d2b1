"""The output schema: an Article as a JSON-ready dict, and back.

The schema is versioned (``SCHEMA``); ``docs/schema.md`` documents every field and
``newsgraph/schema/article.schema.json`` checks it. Adding an optional field is a minor change;
renaming or removing one bumps the version.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .article import Actor, Article, Caption, Event, Quote, Removed, Span

SCHEMA = "newsgraph.article/1.2"


def to_dict(article: Article) -> dict[str, Any]:
    """The article as JSON-ready data, in the documented field order."""
    return {
        "schema": SCHEMA,
        "id": article.id,
        "origin": article.origin,
        "url": article.url,
        "status": article.status,
        "error": article.error,
        "warnings": list(article.warnings),
        "language": article.language,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_estimated": article.published_estimated,
        "authors": list(article.authors),
        "source": article.source,
        "translated_from": article.translated_from,
        "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in article.paragraphs],
        "sections": [{"start": s.start, "end": s.end} for s in article.sections],
        "captions": [_caption(c) for c in article.captions],
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in article.removed],
        "actors": [_actor(a) for a in article.actors],
        "quotes": [_quote(q) for q in article.quotes],
        "events": [_event(e) for e in article.events],
        "versions": dict(article.versions),
    }


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _caption(caption: Caption) -> dict[str, Any]:
    return {"text": caption.text, "credit": caption.credit, "alt": caption.alt}


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "role": actor.role,
        "wikidata": actor.wikidata,
        "mentions": [_span(m) for m in actor.mentions],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "direct": quote.direct,
        "cue": quote.cue,
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": list(event.source),
        "target": list(event.target),
        "modality": event.modality,
        "date": event.date,
        "place": event.place,
        "evidence": _span(event.evidence),
        "coder": event.coder,
        "trigger": _span(event.trigger) if event.trigger else None,
        "sentence": _span(event.sentence) if event.sentence else None,
        "place_country": event.place_country,
        "reported_by": event.reported_by,
        "part": event.part,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "intensity": event.intensity,
    }


def from_dict(data: dict[str, Any]) -> Article:
    """An Article from :func:`to_dict`'s output (the NLP ``doc`` is not restored)."""
    text = data.get("text", "")
    published = data.get("published")
    return Article(
        raw=data.get("raw", text),
        id=data["id"],
        origin=data.get("origin"),
        url=data.get("url"),
        status=data.get("status", "ok"),
        error=data.get("error"),
        warnings=list(data.get("warnings", [])),
        language=data.get("language"),
        title=data.get("title"),
        published=dt.date.fromisoformat(published) if published else None,
        published_estimated=bool(data.get("published_estimated", False)),
        authors=list(data.get("authors", [])),
        source=data.get("source"),
        translated_from=data.get("translated_from"),
        text=text,
        paragraphs=[
            Span(p["start"], p["end"], text[p["start"] : p["end"]])
            for p in data.get("paragraphs", [])
        ],
        sections=[
            Span(s["start"], s["end"], text[s["start"] : s["end"]])
            for s in data.get("sections", [])
        ],
        captions=[Caption(**c) for c in data.get("captions", [])],
        removed=[Removed(**r) for r in data.get("removed", [])],
        actors=[_load_actor(a) for a in data.get("actors", [])],
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        events=[_load_event(e) for e in data.get("events", [])],
        versions=dict(data.get("versions", {})),
    )


def _load_actor(data: dict[str, Any]) -> Actor:
    mentions = [Span(**m) for m in data.get("mentions", [])]
    return Actor(**{**data, "mentions": mentions})


def _load_event(data: dict[str, Any]) -> Event:
    spans = {key: Span(**data[key]) if data.get(key) else None for key in ("trigger", "sentence")}
    return Event(**{**data, **spans, "evidence": Span(**data["evidence"])})
