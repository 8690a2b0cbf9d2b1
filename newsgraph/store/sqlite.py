"""The embedded store: one SQLite file in WAL mode, which needs no setup.

In write-ahead-log mode readers never block the writer and the writer never blocks readers, so a
server can query the file while ``newsgraph ingest`` writes to it; writers take turns
(``BEGIN IMMEDIATE``) and wait for each other up to :data:`BUSY_TIMEOUT_MS`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .backend import SQLITE, Row

#: How long a statement waits for another process's write lock before failing.
BUSY_TIMEOUT_MS = 60_000
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous = NORMAL",  # durable at every commit in WAL mode unless the OS crashes
    "PRAGMA cache_size = -65536",  # 64 MiB
    "PRAGMA temp_store = MEMORY",
)


class SQLiteBackend:
    dialect = SQLITE

    def __init__(self, path: str) -> None:
        self.location = path
        try:
            self.connection = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            for pragma in PRAGMAS:
                self.connection.execute(pragma)
            if path != ":memory:":
                self._wal()
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"store {path}",
                f"cannot open it as an SQLite database ({error})",
                "check the path: it must be a newsgraph store or a new file",
            ) from error
        self.connection.create_function("iso_week", 1, iso_week, deterministic=True)
        self._depth = 0

    def _wal(self) -> None:
        mode = self.connection.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            self.connection.execute("PRAGMA journal_mode = WAL")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.connection.execute(sql, params).fetchall()

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        cursor = self.connection.execute(sql, params)
        while rows := cursor.fetchmany(1000):
            yield from rows

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.query(f"PRAGMA table_info({table})")]

    def tables(self) -> list[str]:
        rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [row[0] for row in rows if not row[0].startswith("sqlite_")]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the enclosing transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.connection.close()


def iso_week(day: str | None) -> str | None:
    """``2025-W07`` for ``2025-02-14``: the ISO week, as PostgreSQL's ``IYYY-"W"IW`` gives it."""
    if not day:
        return None
    try:
        year, week, _ = dt.date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"
