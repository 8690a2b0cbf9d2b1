"""PostgreSQL, for shared deployments: the same schema and SQL as the embedded store.

Writers serialise on an advisory lock taken at the start of each write transaction, so two
ingests into one database never store the same article twice; readers are never blocked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .backend import POSTGRES, Row


class PostgresBackend:
    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        self.location = re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
        try:
            import psycopg
        except ImportError as error:  # pragma: no cover - psycopg is a dependency
            raise StoreError(
                "PostgreSQL store", "psycopg is not installed", "pip install 'psycopg[binary]'"
            ) from error
        self._psycopg = psycopg
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise StoreError(
                f"store {self.location}",
                f"cannot connect ({str(error).strip()})",
                "check that the server runs and the URL, user and password are right",
            ) from error
        self._depth = 0

    def _sql(self, sql: str) -> str:
        return self.dialect.sql(sql)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.connection.execute(self._sql(sql), params or None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = list(rows)
        if batch:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._sql(sql), batch)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self.connection.execute(self._sql(sql), params or None)
        return [tuple(row) for row in cursor.fetchall()]

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        with self.connection.transaction(), self.connection.cursor(name="newsgraph_stream") as cur:
            cur.execute(self._sql(sql), params or None)
            while rows := cur.fetchmany(1000):
                yield from (tuple(row) for row in rows)

    def columns(self, table: str) -> list[str]:
        rows = self.query(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [row[0] for row in rows]

    def tables(self) -> list[str]:
        rows = self.query(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY table_name"
        )
        return [row[0] for row in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.connection.transaction():
                if self.dialect.write_lock:
                    self.connection.execute(self.dialect.write_lock)
                yield
        finally:
            self._depth = 0

    def close(self) -> None:
        self.connection.close()
