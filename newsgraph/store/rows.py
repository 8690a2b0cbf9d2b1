"""Articles to table rows and back, through the documented JSON form (``to_dict``/``from_dict``).

Working from ``to_dict`` rather than from the dataclasses keeps the store generic: whatever the
actors, quotes and events stages put in an article is stored as soon as they fill it in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import cameo
from ..article import Article
from ..serialize import from_dict, to_dict

#: Columns of each table written per article, in insert order (``.split()`` of one line each).
COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(names.split())
    for table, names in {
        "articles": "id content_hash schema origin url status error language title published "
        "published_estimated source translated_from text raw authors warnings paragraphs "
        "captions removed versions data ingested",
        "actors": "article_id seq actor_id name kind country sector role wikidata version data",
        "mentions": "article_id actor_seq seq actor_id char_start char_end text",
        "quotes": "article_id seq text char_start char_end speaker direct cue version data",
        "events": "article_id seq type mode modality date day place evidence_start evidence_end "
        "evidence_text coder version intensity data",
        "event_actors": "article_id event_seq role seq actor_id country",
    }.items()
}
JSON_FIELDS = ("authors", "warnings", "paragraphs", "captions", "removed", "versions")
#: The ``to_dict`` fields loaded back from columns (or child tables); the others go to ``data``.
ARTICLE_FIELDS = frozenset(COLUMNS["articles"]) - {"data"} | {"actors", "quotes", "events"}
ACTOR_FIELDS = frozenset(
    ("id", "name", "kind", "country", "sector", "role", "wikidata", "mentions")
)
QUOTE_FIELDS = frozenset(("text", "start", "end", "speaker", "direct", "cue"))
EVENT_FIELDS = frozenset(
    ("type", "mode", "modality", "date", "place", "coder", "evidence", "source", "target")
)
#: A dyad-day key: source country, target country, day, type, modality.
DyadKey = tuple[str, str, str, str, str]


def content_hash(raw: str) -> str:
    """SHA-256 of the raw text: the same input is the same article, whatever its id."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Rows:
    """The rows of a batch of articles, per table, and their dyad-day counts."""

    tables: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    dyads: dict[DyadKey, list[float]] = field(default_factory=dict)


def article_rows(article: Article, rows: Rows, now: str) -> None:
    """Add the rows of one article to ``rows``."""
    data = to_dict(article)
    aid = data["id"]
    versions = data["versions"]
    _add(rows, "articles", {
        **data,
        **{key: _json(data[key]) for key in JSON_FIELDS},
        "content_hash": content_hash(article.raw),
        "published_estimated": int(data["published_estimated"]),
        "raw": article.raw,
        "data": _extra(data, ARTICLE_FIELDS),
        "ingested": now,
    })  # fmt: skip
    countries: dict[str, str | None] = {}
    for seq, actor in enumerate(data["actors"]):
        countries.setdefault(actor["id"], actor["country"])
        _add(rows, "actors", {
            **actor, "article_id": aid, "seq": seq, "actor_id": actor["id"],
            "version": versions.get("actors"), "data": _extra(actor, ACTOR_FIELDS),
        })  # fmt: skip
        for number, mention in enumerate(actor["mentions"]):
            rows.tables["mentions"].append(
                (aid, seq, number, actor["id"], mention["start"], mention["end"], mention["text"])
            )
    for seq, quote in enumerate(data["quotes"]):
        _add(rows, "quotes", {
            **quote, "article_id": aid, "seq": seq, "char_start": quote["start"],
            "char_end": quote["end"], "direct": int(quote["direct"]),
            "version": versions.get("quotes"), "data": _extra(quote, QUOTE_FIELDS),
        })  # fmt: skip
    for seq, event in enumerate(data["events"]):
        _event_rows(aid, seq, event, data["published"], countries, versions, rows)


def _add(rows: Rows, table: str, values: dict[str, Any]) -> None:
    rows.tables[table].append(tuple(values[column] for column in COLUMNS[table]))


def _event_rows(
    aid: str,
    seq: int,
    event: dict[str, Any],
    published: str | None,
    countries: dict[str, str | None],
    versions: dict[str, str],
    rows: Rows,
) -> None:
    day = event_day(event["date"], published)
    score = event.get("intensity")
    if score is None:
        score = cameo.intensity(event["type"], event["mode"])
    evidence = event["evidence"]
    _add(rows, "events", {
        **event, "article_id": aid, "seq": seq, "day": day,
        "evidence_start": evidence["start"], "evidence_end": evidence["end"],
        "evidence_text": evidence["text"], "version": versions.get("events"),
        "intensity": score, "data": _extra(event, EVENT_FIELDS),
    })  # fmt: skip
    for role in ("source", "target"):
        for number, actor_id in enumerate(event[role]):
            country = countries.get(actor_id)
            rows.tables["event_actors"].append((aid, seq, role, number, actor_id, country))
    if day is None:
        return
    pairs: set[tuple[str, str]] = set()
    for source in event["source"]:
        for target in event["target"]:
            first, second = countries.get(source), countries.get(target)
            if first and second and source != target:  # "Serbia and Kosovo met": not Serbia
                pairs.add((first, second))  # with itself
    for first, second in sorted(pairs):
        add_dyad(rows.dyads, (first, second, day, event["type"], event["modality"]), score)


def _extra(item: dict[str, Any], known: frozenset[str]) -> str:
    return _json({key: value for key, value in item.items() if key not in known})


def add_dyad(
    dyads: dict[DyadKey, list[float]], key: DyadKey, score: float | None, sign: int = 1
) -> None:
    counts = dyads.setdefault(key, [0, 0.0, 0])
    counts[0] += sign
    if score is not None:
        counts[1] += sign * score
        counts[2] += sign


def event_day(date: str | None, published: str | None) -> str | None:
    """The day an event is counted on: its date when it names a day; else the publication
    date when it falls in the event's month or year; else the first day of that period. An
    event without a date is counted on the publication date."""
    if not date:
        return published
    if len(date) >= 10:
        return date[:10]
    if published and published.startswith(date):
        return published
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def article_dict(row: dict[str, Any], children: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The ``to_dict`` form of a stored article, from its row and its children's rows."""
    skip = ("content_hash", "ingested", "data")
    data = {key: row[key] for key in COLUMNS["articles"] if key not in skip}
    data.update(json.loads(row["data"]))
    for key in JSON_FIELDS:
        data[key] = json.loads(row[key])
    data["published_estimated"] = bool(row["published_estimated"])
    mentions = defaultdict(list)
    for mention in children["mentions"]:
        mentions[mention["actor_seq"]].append(
            {"start": mention["char_start"], "end": mention["char_end"], "text": mention["text"]}
        )
    data["actors"] = [
        {
            **json.loads(actor["data"]),
            **{key: actor[key] for key in ("name", "kind", "country", "sector", "role")},
            "id": actor["actor_id"],
            "wikidata": actor["wikidata"],
            "mentions": mentions[actor["seq"]],
        }
        for actor in children["actors"]
    ]
    data["quotes"] = [
        {
            **json.loads(q["data"]),
            "text": q["text"],
            "start": q["char_start"],
            "end": q["char_end"],
            "speaker": q["speaker"],
            "direct": bool(q["direct"]),
            "cue": q["cue"],
        }
        for q in children["quotes"]
    ]
    roles: dict[tuple[int, str], list[str]] = defaultdict(list)
    for link in children["event_actors"]:
        roles[(link["event_seq"], link["role"])].append(link["actor_id"])
    data["events"] = [_event_dict(event, roles) for event in children["events"]]
    return data


def _event_dict(event: dict[str, Any], roles: dict[tuple[int, str], list[str]]) -> dict[str, Any]:
    return {
        **json.loads(event["data"]),
        **{key: event[key] for key in ("type", "mode", "modality", "date", "place", "coder")},
        "source": roles[(event["seq"], "source")],
        "target": roles[(event["seq"], "target")],
        "evidence": {
            "start": event["evidence_start"],
            "end": event["evidence_end"],
            "text": event["evidence_text"],
        },
    }


def load_article(data: dict[str, Any]) -> Article:
    return from_dict(data)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def chunks(values: Iterable[Any], size: int = 500) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
