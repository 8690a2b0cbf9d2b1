"""The store's schema, as ordered, named migrations recorded in the ``migrations`` table.

Each migration is a function of the backend, run once, in its own transaction, with its name
recorded in the same transaction: a store is always at a known version, even after a crash. A
migration is never edited once released; a change is a new migration appended to
:data:`MIGRATIONS`. Tables prefixed ``registry_`` belong to the actor registry, not to this list.

Tables (offsets are ``Article.text`` positions, ``char_end`` exclusive):

==================  =========================================================================
``articles``        one row per article: metadata, clean text, the raw input text, the JSON
                    lists of ``to_dict`` (authors, warnings, paragraphs, captions, removed,
                    versions); ``content_hash`` (SHA-256 of the raw text) makes ingest idempotent
``actors``          the actors found in each article (``seq`` keeps their order)
``mentions``        every mention of each actor
``quotes``          quotations, with the speaker's actor id
``events``          PLOVER events with their evidence, the coder and stage versions, the
                    intensity, and ``day``: the date the event is counted on
``event_actors``    the sources and targets of each event, with the actor's country
``dyad_days``       events per (source country, target country, day, type, modality): the
                    aggregate that answers ``newsgraph dyad`` on millions of events at once
``ingest_runs``     each ingest: when, what, and its counts
``ingest_problems`` each input an ingest could not read: file, line and reason
==================  =========================================================================

``articles``, ``actors``, ``quotes`` and ``events`` have a ``data`` column: the JSON object of
the fields of ``to_dict`` that have no column of their own (an event's trigger, sentence, CAMEO
code…), so that fields the schema gains later are stored, and loaded back, without a migration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..errors import StoreError
from .backend import Backend

Migration = tuple[str, Callable[[Backend], None]]


def initial(db: Backend) -> None:
    real, serial = db.dialect.real, db.dialect.serial
    statements = [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, schema TEXT NOT NULL,
            origin TEXT, url TEXT, status TEXT NOT NULL, error TEXT, language TEXT, title TEXT,
            published TEXT, published_estimated INTEGER NOT NULL, source TEXT,
            translated_from TEXT, text TEXT NOT NULL, raw TEXT NOT NULL, authors TEXT NOT NULL,
            warnings TEXT NOT NULL, paragraphs TEXT NOT NULL, captions TEXT NOT NULL,
            removed TEXT NOT NULL, versions TEXT NOT NULL, data TEXT NOT NULL,
            ingested TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash)",
        """CREATE TABLE actors (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, actor_id TEXT NOT NULL,
            name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, sector TEXT, role TEXT,
            wikidata TEXT, version TEXT, data TEXT NOT NULL, PRIMARY KEY (article_id, seq))""",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL, actor_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
            actor_id TEXT NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (article_id, actor_seq, seq))""",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL,
            char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, speaker TEXT,
            direct INTEGER NOT NULL, cue TEXT, version TEXT, data TEXT NOT NULL,
            PRIMARY KEY (article_id, seq))""",
        f"""CREATE TABLE events (
            id {serial}, article_id TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL,
            mode TEXT, modality TEXT NOT NULL, date TEXT, day TEXT, place TEXT,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL, coder TEXT, version TEXT, intensity {real},
            data TEXT NOT NULL, UNIQUE (article_id, seq))""",
        """CREATE TABLE event_actors (
            article_id TEXT NOT NULL, event_seq INTEGER NOT NULL, role TEXT NOT NULL,
            seq INTEGER NOT NULL, actor_id TEXT NOT NULL, country TEXT,
            PRIMARY KEY (article_id, event_seq, role, seq))""",
        f"""CREATE TABLE dyad_days (
            source_country TEXT NOT NULL, target_country TEXT NOT NULL, day TEXT NOT NULL,
            type TEXT NOT NULL, modality TEXT NOT NULL, events INTEGER NOT NULL,
            intensity_sum {real} NOT NULL, intensity_n INTEGER NOT NULL,
            PRIMARY KEY (source_country, target_country, day, type, modality))"""
        + db.dialect.clustered,
        """CREATE TABLE ingest_runs (
            id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
            paths TEXT NOT NULL, articles INTEGER NOT NULL, stored INTEGER NOT NULL,
            replaced INTEGER NOT NULL, skipped INTEGER NOT NULL, failed INTEGER NOT NULL,
            problems INTEGER NOT NULL)""",
        """CREATE TABLE ingest_problems (
            run_id TEXT NOT NULL, seq INTEGER NOT NULL, origin TEXT NOT NULL, file TEXT,
            line INTEGER, reason TEXT NOT NULL, PRIMARY KEY (run_id, seq))""",
    ]
    for statement in statements:
        db.execute(statement)


def query_indexes(db: Backend) -> None:
    """The indexes the query commands filter on; kept few, so that ingest stays fast."""
    for statement in (
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX events_day ON events (day)",
        "CREATE INDEX event_actors_country ON event_actors (country)",
    ):
        db.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    ("0001_initial", initial),
    ("0002_query_indexes", query_indexes),
)


def applied(db: Backend) -> list[str]:
    """Names of the migrations this store has recorded, in the order they ran."""
    if "migrations" not in db.tables():
        return []
    return [row[0] for row in db.query("SELECT name FROM migrations ORDER BY name")]


def migrate(db: Backend) -> list[str]:
    """Bring the store to the current schema; the names of the migrations run now."""
    done = applied(db)
    known = {name for name, _ in MIGRATIONS}
    newer = [name for name in done if name not in known]
    if newer:
        raise StoreError(
            f"store {db.location}",
            f"it was written by a newer newsgraph (migration {newer[-1]})",
            "upgrade newsgraph",
        )
    if len(done) == len(MIGRATIONS):
        return []
    with db.transaction():
        db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"
        )
    ran = []
    for name, step in MIGRATIONS:
        with db.transaction():  # re-checked under the write lock: another process may be here
            if db.query("SELECT 1 FROM migrations WHERE name = ?", (name,)):
                continue
            step(db)
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            db.execute("INSERT INTO migrations (name, applied) VALUES (?, ?)", (name, now))
            ran.append(name)
    return ran
