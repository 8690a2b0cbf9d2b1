"""Queries over a store: events, quotes, actors, and dyads (two countries over time).

Each function returns plain rows (dicts, in column order) that the command line prints as a
table, JSON or CSV, and that the HTTP API can send as they are. Text filters match a substring,
case-insensitively; periods are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, both ends included.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .. import cameo
from ..article import MODALITIES as ALL_MODALITIES
from ..errors import NewsgraphError
from .store import Store

Record = dict[str, Any]
PERIODS = ("day", "week", "month", "year")
MODALITIES = ALL_MODALITIES
EVENT_COLUMNS = (
    "event", "day", "type", "mode", "modality", "source", "target", "intensity", "place",
    "evidence", "article", "coder",
)  # fmt: skip
QUOTE_COLUMNS = ("published", "speaker", "direct", "cue", "quote", "article", "url")
ACTOR_COLUMNS = (
    "name", "kind", "country", "sector", "wikidata", "articles", "mentions", "first", "last",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to list; every filter is optional."""

    actor: str | None = None  #: name (substring), actor id or Wikidata id of a source or target
    country: str | None = None  #: ISO 3166 alpha-3 code of a source or target
    types: tuple[str, ...] = ()  #: PLOVER types
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None  #: in the evidence
    limit: int = 100


def events(store: Store, query: EventQuery) -> list[Record]:
    """Events, latest first, with their actors' names and the evidence."""
    where, params = ["1 = 1"], []
    like = store.db.dialect.ilike
    if query.actor:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors x JOIN actors a ON a.article_id = x.article_id "
            "AND a.actor_id = x.actor_id WHERE x.article_id = e.article_id AND x.event_seq = "
            f"e.seq AND (a.name {like} ? OR a.wikidata = ? OR a.actor_id = ?))"
        )
        params += [f"%{query.actor}%", query.actor, query.actor]
    if query.country:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id "
            "AND x.event_seq = e.seq AND x.country = ?)"
        )
        params.append(query.country.upper())
    if query.types:
        where.append(f"e.type IN ({', '.join('?' * len(query.types))})")
        params += [kind.upper() for kind in query.types]
    if query.modality:
        where.append("e.modality = ?")
        params.append(query.modality)
    _period(where, params, "e.day", query.since, query.until)
    if query.text:
        where.append(f"e.evidence_text {like} ?")
        params.append(f"%{query.text}%")
    sql = (
        "SELECT e.id, e.day, e.type, e.mode, e.modality, e.intensity, e.place, e.evidence_text, "
        "e.article_id, e.seq, e.coder FROM events e WHERE "
        + " AND ".join(where)
        + " ORDER BY e.day DESC, e.id DESC LIMIT ?"
    )
    rows = store.db.query(sql, [*params, query.limit])
    names = _event_actors(store, [(row[8], row[9]) for row in rows])
    return [
        {
            "event": row[0],
            "day": row[1],
            "type": row[2],
            "mode": row[3],
            "modality": row[4],
            "source": "; ".join(names[(row[8], row[9], "source")]),
            "target": "; ".join(names[(row[8], row[9], "target")]),
            "intensity": row[5],
            "place": row[6],
            "evidence": row[7],
            "article": row[8],
            "coder": row[10],
        }
        for row in rows
    ]


def _event_actors(
    store: Store, keys: list[tuple[str, int]]
) -> dict[tuple[str, int, str], list[str]]:
    names: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    articles = sorted({article for article, _ in keys})
    wanted = set(keys)
    for start in range(0, len(articles), 500):
        chunk = articles[start : start + 500]
        rows = store.db.query(
            "SELECT x.article_id, x.event_seq, x.role, coalesce(a.name, x.actor_id) "
            "FROM event_actors x LEFT JOIN actors a ON a.article_id = x.article_id "
            "AND a.actor_id = x.actor_id "
            f"WHERE x.article_id IN ({', '.join('?' * len(chunk))}) "
            "ORDER BY x.article_id, x.event_seq, x.role, x.seq",
            chunk,
        )
        for article, seq, role, name in rows:
            if (article, seq) in wanted and name not in names[(article, seq, role)]:
                names[(article, seq, role)].append(name)
    return names


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    limit: int = 100,
) -> list[Record]:
    """Quotations, latest article first, with the speaker's name."""
    like = store.db.dialect.ilike
    where, params = ["1 = 1"], []
    if speaker:
        where.append(f"(a.name {like} ? OR a.wikidata = ? OR q.speaker = ?)")
        params += [f"%{speaker}%", speaker, speaker]
    _period(where, params, "ar.published", since, until)
    if text:
        where.append(f"q.text {like} ?")
        params.append(f"%{text}%")
    rows = store.db.query(
        "SELECT ar.published, coalesce(a.name, q.speaker), q.direct, q.cue, q.text, q.article_id, "
        "ar.url FROM quotes q JOIN articles ar ON ar.id = q.article_id "
        "LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker WHERE "
        + " AND ".join(where)
        + " ORDER BY ar.published DESC, q.article_id, q.seq LIMIT ?",
        [*params, limit],
    )
    keys = ("published", "speaker", "direct", "cue", "quote", "article", "url")
    return [{**dict(zip(keys, row, strict=True)), "direct": bool(row[2])} for row in _unique(rows)]


def _unique(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for row in rows:
        if row not in seen:
            seen.add(row)
            kept.append(row)
    return kept


def actors(
    store: Store,
    *,
    name: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    limit: int = 100,
) -> list[Record]:
    """The actors stored from articles, one row per (name, kind, country, sector), with the
    number of articles and mentions and the first and last publication dates."""
    like = store.db.dialect.ilike
    where, params = ["1 = 1"], []
    if name:
        where.append(f"(a.name {like} ? OR a.wikidata = ?)")
        params += [f"%{name}%", name]
    if country:
        where.append("a.country = ?")
        params.append(country.upper())
    if kind:
        where.append("a.kind = ?")
        params.append(kind)
    rows = store.db.query(
        "SELECT a.name, a.kind, a.country, a.sector, max(a.wikidata), "
        "count(DISTINCT a.article_id), sum(coalesce(m.n, 0)), min(ar.published), "
        "max(ar.published) FROM actors a JOIN articles ar ON ar.id = a.article_id "
        "LEFT JOIN (SELECT article_id, actor_seq, count(*) AS n FROM mentions "
        "GROUP BY article_id, actor_seq) m ON m.article_id = a.article_id "
        "AND m.actor_seq = a.seq WHERE "
        + " AND ".join(where)
        + " GROUP BY a.name, a.kind, a.country, a.sector "
        "ORDER BY count(DISTINCT a.article_id) DESC, a.name LIMIT ?",
        [*params, limit],
    )
    keys = ("name", "kind", "country", "sector", "wikidata", "articles", "mentions")
    return [
        {**dict(zip(keys, row[:7], strict=True)), "first": row[7], "last": row[8]} for row in rows
    ]


def dyad(
    store: Store,
    first: str,
    second: str,
    *,
    by: str = "month",
    since: str | None = None,
    until: str | None = None,
    modality: str | None = "asserted",
) -> list[Record]:
    """Events between two countries, both directions, per period: counts per PLOVER type,
    cooperation against conflict, and mean PLOVER intensity (-10 conflict … +10 cooperation).

    Only ``asserted`` events count by default (a denied attack is no attack); ``modality=None``
    counts them all.
    """
    if by not in PERIODS:
        raise NewsgraphError("dyad", f"unknown period {by!r}", f"use one of {', '.join(PERIODS)}")
    a, b = first.upper(), second.upper()
    period = store.db.dialect.period("day", by)
    where = [
        "((source_country = ? AND target_country = ?) OR (source_country = ? AND "
        "target_country = ?))"
    ]
    params: list[Any] = [a, b, b, a]
    if modality:
        where.append("modality = ?")
        params.append(modality)
    _period(where, params, "day", since, until)
    rows = store.db.query(
        f"SELECT {period} AS period, source_country, target_country, type, sum(events), "
        "sum(intensity_sum), sum(intensity_n) FROM dyad_days WHERE "
        + " AND ".join(where)
        + f" GROUP BY {period}, source_country, target_country, type",
        params,
    )
    return _dyad_rows(rows, a, b)


def _dyad_rows(rows: list[tuple[Any, ...]], a: str, b: str) -> list[Record]:
    table: dict[tuple[str, str, str], Record] = {}
    sums: dict[tuple[str, str, str], list[float]] = {}
    empty = dict.fromkeys(cameo.plover_types(), 0)
    stances = {kind: cameo.stance(kind) for kind in empty}
    for period, source, target, kind, count, total, scored in rows:
        key = (period, source, target)
        row = table.get(key)
        if row is None:
            row = table[key] = {
                "period": period,
                "source": source,
                "target": target,
                "events": 0,
                "cooperation": 0,
                "conflict": 0,
                "intensity": None,
                **empty,
            }
            sums[key] = [0.0, 0]
        count = int(count)
        row[kind] = row.get(kind, 0) + count
        row["events"] += count
        stance = stances.get(kind, "neutral")
        if stance != "neutral":
            row[stance] += count
        running = sums[key]
        running[0] += float(total or 0)
        running[1] += int(scored or 0)
    direction = {(a, b): 0, (b, a): 1}
    result = []
    for key in sorted(table, key=lambda k: (k[0], direction.get((k[1], k[2]), 2))):
        row = table[key]
        total, scored = sums[key]
        row["intensity"] = round(total / scored, 2) if scored else None
        result.append(row)
    return result


def _period(
    where: list[str], params: list[Any], column: str, since: str | None, until: str | None
) -> None:
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until + {4: "-12-31", 7: "-31"}.get(len(until), ""))
