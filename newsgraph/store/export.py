"""Exports: every table as Parquet, JSON Lines or CSV, and the events in the GDELT and POLECAT
layouts, so that existing analysis code reads newsgraph's output.

**GDELT** (``gdelt_events``): the 61 columns of a GDELT 2.0 event file, under GDELT's names. One row
per event and (source actor, target actor) pair, an actor never paired with itself, sharing the
event's ``GLOBALEVENTID``. Filled: ``GLOBALEVENTID`` (the store's event id), ``SQLDATE``,
``MonthYear``, ``Year``, ``FractionDate`` (from the day the event is counted on), ``Actor1/2Code``
(country code followed by the CAMEO sector, as GDELT spells actor codes), ``Actor1/2Name``,
``Actor1/2CountryCode``, ``Actor1/2Type1Code`` (the sector), ``IsRootEvent`` (1 when the evidence is
in the headline or the first paragraph), ``EventCode``, ``EventBaseCode``, ``EventRootCode`` (the
most general CAMEO code of the PLOVER type and mode, from CAMEO2PLOVER), ``QuadClass`` (Phoenix's
quad conversion of the root), ``GoldsteinScale``, ``NumMentions``/``NumSources``/``NumArticles`` (1:
one article), ``ActionGeo_FullName`` (the place), ``DATEADDED`` (when it was stored,
``YYYYMMDDHHMMSS``) and ``SOURCEURL`` (the article's URL, else where it was read from). The others
(tone, geocoding, known groups, ethnic and religion codes) are empty.

**POLECAT** (``polecat_events``): the 40 columns of the POLECAT weekly files. One row per event
and (actor, recipient) pair. Filled: ``Event ID``, ``Event Date``, ``Event Type``, ``Event
Mode``, ``Event Intensity`` (PLOVER manual scores), ``Quad Code`` (as GDELT's QuadClass),
``Actor``/``Recipient Name``, ``Country``, ``Primary … Sector``, ``… Sectors``, ``Title`` (the
role), ``Name Raw`` (the first mention), ``Placename`` and ``Raw Placename`` (the place),
``Source``, ``Publication Date``, ``Story People`` and ``Story Organizations`` (the article's
person and organisation actors, ``;``-separated), ``Language`` and ``Version`` (the events
stage's version). Empty: ``Contexts``, ``COW`` codes, Wikipedia ids and the geocoded fields.

Both layouts hold ``asserted`` events only, since neither can say that an event did not happen.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import cameo
from ..errors import ConfigurationError
from .store import Store

FORMATS = ("parquet", "jsonl", "csv")
LAYOUTS = ("tables", "gdelt", "polecat")
#: The store's own tables that are exported.
TABLES = (
    "articles",
    "actors",
    "mentions",
    "quotes",
    "events",
    "event_actors",
    "dyad_days",
    "ingest_runs",
    "ingest_problems",
    "migrations",
)
_INTEGERS = {
    "seq", "actor_seq", "event_seq", "char_start", "char_end", "evidence_start", "evidence_end",
    "published_estimated", "direct", "events", "intensity_n", "line", "articles", "stored",
    "replaced", "skipped", "failed", "problems",
}  # fmt: skip
_FLOATS = {"intensity", "intensity_sum"}
_LAYOUT_INTEGERS = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
    "NumSources", "NumArticles", "DATEADDED", "Event ID", "Quad Code",
}  # fmt: skip
_LAYOUT_FLOATS = {"FractionDate", "GoldsteinScale", "AvgTone", "Event Intensity"}

_ACTOR_PARTS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_PARTS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{part}" for n in (1, 2) for part in _ACTOR_PARTS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in _GEO_PARTS),
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
]  # fmt: skip


def export(
    store: Store, folder: Path, fmt: str = "parquet", layouts: Iterable[str] = LAYOUTS
) -> list[Path]:
    """Write the chosen layouts under ``folder``, one file per table; the files written."""
    if fmt not in FORMATS:
        raise ConfigurationError("export", f"unknown format {fmt!r}", f"use one of {FORMATS}")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    chosen = list(layouts)
    if "tables" in chosen:
        present = set(store.db.tables())
        for table in TABLES:
            if table in present:
                columns = store.db.columns(table)
                rows = store.db.stream(f"SELECT {', '.join(columns)} FROM {table}")
                written.append(write(folder / f"{table}.{fmt}", columns, rows, fmt, table))
    if "gdelt" in chosen:
        written.append(
            write(folder / f"gdelt_events.{fmt}", GDELT_COLUMNS, gdelt_rows(store), fmt, "gdelt")
        )
    if "polecat" in chosen:
        path = folder / f"polecat_events.{fmt}"
        written.append(write(path, POLECAT_COLUMNS, polecat_rows(store), fmt, "polecat"))
    return written


def write(
    path: Path, columns: list[str], rows: Iterable[tuple[Any, ...]], fmt: str, table: str
) -> Path:
    """Rows to one file, streamed (Parquet a row group per 10,000 rows)."""
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(columns)
            writer.writerows(rows)
    elif fmt == "jsonl":
        with path.open("w", encoding="utf-8") as stream:
            for row in rows:
                record = dict(zip(columns, row, strict=True))
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        _parquet(path, columns, rows, table)
    return path


def _parquet(path: Path, columns: list[str], rows: Iterable[tuple[Any, ...]], table: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, _arrow_type(pa, table, name)) for name in columns])
    with pq.ParquetWriter(path, schema) as writer:
        for chunk in _chunks(rows, 10_000):
            data = {name: [row[i] for row in chunk] for i, name in enumerate(columns)}
            writer.write_table(pa.table(data, schema=schema))


def _arrow_type(pa: Any, table: str, column: str) -> Any:
    if column in _FLOATS or column in _LAYOUT_FLOATS or column.endswith(("_Lat", "_Long")):
        return pa.float64()
    if column in _INTEGERS or column in _LAYOUT_INTEGERS or (table, column) == ("events", "id"):
        return pa.int64()
    return pa.string()


def _chunks(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- events with their actors, article by article -------------------------------------------------


def event_records(store: Store, modality: str = "asserted") -> Iterator[dict[str, Any]]:
    """Each event with its article's metadata and its source and target actors."""
    ids = [row[0] for row in store.db.query("SELECT DISTINCT article_id FROM events ORDER BY 1")]
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        marks = ", ".join("?" * len(chunk))
        articles = {
            row["id"]: row
            for row in store.records(
                "articles",
                f"id IN ({marks})",
                chunk,
            )
        }
        actors: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for actor in store.records("actors", f"article_id IN ({marks})", chunk, "seq"):
            actors[actor["article_id"]].setdefault(actor["actor_id"], actor)
        mentions: dict[tuple[str, str], str] = {}
        for mention in store.records("mentions", f"article_id IN ({marks})", chunk, "seq"):
            mentions.setdefault((mention["article_id"], mention["actor_id"]), mention["text"])
        roles: dict[tuple[str, int, str], list[str]] = defaultdict(list)
        for link in store.records("event_actors", f"article_id IN ({marks})", chunk, "seq"):
            roles[(link["article_id"], link["event_seq"], link["role"])].append(link["actor_id"])
        where = f"article_id IN ({marks}) AND modality = ?"
        for event in store.records("events", where, [*chunk, modality], "article_id, seq"):
            aid, seq = event["article_id"], event["seq"]
            known = actors[aid]

            yield {
                "event": event,
                "article": articles[aid],
                "source": _people(roles[(aid, seq, "source")], known, mentions, aid),
                "target": _people(roles[(aid, seq, "target")], known, mentions, aid),
                "actors": list(known.values()),
            }


def _people(
    ids: list[str],
    known: dict[str, dict[str, Any]],
    mentions: dict[tuple[str, str], str],
    aid: str,
) -> list[dict[str, Any]]:
    found = []
    for actor_id in ids:
        actor = dict(known.get(actor_id) or {"actor_id": actor_id, "name": actor_id})
        actor["raw"] = mentions.get((aid, actor_id), actor.get("name"))
        found.append(actor)
    return found


def _in_title(event: dict[str, Any]) -> bool:
    """Whether an events row states what only the headline states (``part`` is kept in the
    row's ``data``)."""
    return bool(event["data"]) and json.loads(event["data"]).get("part") == "title"


def _pairs(record: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    sources = record["source"] or [{}]
    targets = record["target"] or [{}]
    pairs = [
        (s, t) for s in sources for t in targets if not s or s.get("actor_id") != t.get("actor_id")
    ]
    return pairs or [(sources[0], {})]


def gdelt_rows(store: Store) -> Iterator[tuple[Any, ...]]:
    for record in event_records(store):
        event, article = record["event"], record["article"]
        code = coding(event)
        day = _date(event["day"])
        paragraphs = json.loads(article["paragraphs"])
        lead = paragraphs[0]["end"] if paragraphs else 0
        added = article["ingested"].replace("-", "").replace(":", "").replace("T", "")[:14]
        for source, target in _pairs(record):
            row: dict[str, Any] = {
                "GLOBALEVENTID": event["id"],
                "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
                "MonthYear": int(day.strftime("%Y%m")) if day else None,
                "Year": day.year if day else None,
                "FractionDate": round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
                "IsRootEvent": int(_in_title(event) or event["evidence_start"] < lead),
                "EventCode": code.code if code else None,
                "EventBaseCode": code.base if code else None,
                "EventRootCode": code.root if code else None,
                "QuadClass": code.quad_class if code else None,
                "GoldsteinScale": code.goldstein if code else None,
                "NumMentions": 1,
                "NumSources": 1,
                "NumArticles": 1,
                "ActionGeo_FullName": event["place"],
                "DATEADDED": int(added) if added.isdigit() else None,
                "SOURCEURL": article["url"] or article["origin"],
            }
            for n, actor in ((1, source), (2, target)):
                if actor:
                    row[f"Actor{n}Code"] = (actor.get("country") or "") + (
                        actor.get("sector") or ""
                    ) or None
                    row[f"Actor{n}Name"] = actor.get("name")
                    row[f"Actor{n}CountryCode"] = actor.get("country")
                    row[f"Actor{n}Type1Code"] = actor.get("sector")
            yield tuple(row.get(column) for column in GDELT_COLUMNS)


def polecat_rows(store: Store) -> Iterator[tuple[Any, ...]]:
    for record in event_records(store):
        event, article = record["event"], record["article"]
        code = coding(event)
        story = record["actors"]
        base: dict[str, Any] = {
            "Event ID": event["id"],
            "Event Date": event["day"],
            "Event Type": event["type"],
            "Event Mode": event["mode"],
            "Event Intensity": event["intensity"],
            "Quad Code": code.quad_class if code else None,
            "Placename": event["place"],
            "Raw Placename": event["place"],
            "Source": article["source"],
            "Publication Date": article["published"],
            "Story People": "; ".join(a["name"] for a in story if a["kind"] == "person"),
            "Story Organizations": "; ".join(
                a["name"] for a in story if a["kind"] == "organization"
            ),
            "Language": article["language"],
            "Version": event["version"] or event["coder"],
        }
        for actor, recipient in _pairs(record):
            row = dict(base)
            for prefix, who in (("Actor", actor), ("Recipient", recipient)):
                if who:
                    row[f"{prefix} Name"] = who.get("name")
                    row[f"{prefix} Country"] = who.get("country")
                    row[f"Primary {prefix} Sector"] = who.get("sector")
                    row[f"{prefix} Sectors"] = who.get("sector")
                    row[f"{prefix} Title"] = who.get("role")
                    row[f"{prefix} Name Raw"] = who.get("raw")
            yield tuple(row.get(column) for column in POLECAT_COLUMNS)


def coding(event: dict[str, Any]) -> cameo.Cameo | None:
    """The event's CAMEO coding: the one the events stage gave it, else from the tables."""
    extra = json.loads(event["data"])
    code = extra.get("cameo")
    if isinstance(code, str) and code:
        return cameo.Cameo(
            code, code[:3], code[:2], extra.get("quad_class"), extra.get("goldstein")
        )
    return cameo.cameo(event["type"], event["mode"])


def _date(day: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(day) if day else None
    except ValueError:
        return None
