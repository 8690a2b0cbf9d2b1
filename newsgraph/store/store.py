"""The store: articles and everything found in them, written a batch per transaction.

>>> with Store.open("newsgraph.db") as store:                  # doctest: +SKIP
...     store.write(articles)
...     article = store.load(article_id)

A batch is written in one transaction: a process killed mid-batch leaves the store as it was
before that batch. An article whose raw text is already stored is skipped; one with a stored id
but a different text replaces the stored one (a corrected article).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from ..article import Article
from ..serialize import from_dict, to_dict
from . import rows as R
from .backend import Backend, connect
from .schema import migrate

#: Tables holding one article's rows, children before their parent.
ARTICLE_TABLES = ("mentions", "actors", "quotes", "event_actors", "events", "articles")
_KEY = {"articles": "id"}


@dataclass
class Written:
    """What a call to :meth:`Store.write` did."""

    stored: int = 0
    replaced: int = 0
    skipped: int = 0


class Store:
    """A newsgraph store on one backend (SQLite file or PostgreSQL database)."""

    def __init__(self, backend: Backend) -> None:
        self.db = backend
        migrate(backend)

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> Store:
        """The store named by ``db`` (see :func:`newsgraph.store.backend.connect`), migrated to
        the current schema."""
        return cls(connect(db, create=create))

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def location(self) -> str:
        return self.db.location

    # -- reading -------------------------------------------------------------------------------

    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored already."""
        found: set[str] = set()
        for chunk in R.chunks(hashes):
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})"
            found.update(row[0] for row in self.db.query(sql, chunk))
        return found

    def count(self, table: str = "articles") -> int:
        return int(self.db.query(f"SELECT count(*) FROM {table}")[0][0])

    def load(self, article_id: str) -> Article | None:
        """The stored article, as it was written (its NLP ``doc`` is not kept)."""
        found = self.records("articles", "id = ?", (article_id,))
        if not found:
            return None
        children = {
            table: self.records(table, "article_id = ?", (article_id,), order)
            for table, order in (
                ("actors", "seq"),
                ("mentions", "actor_seq, seq"),
                ("quotes", "seq"),
                ("events", "seq"),
                ("event_actors", "event_seq, role, seq"),
            )
        }
        return R.load_article(R.article_dict(found[0], children))

    def records(
        self, table: str, where: str, params: Sequence[Any], order: str | None = None
    ) -> list[dict[str, Any]]:
        columns = self.db.columns(table)
        sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"
        sql += f" ORDER BY {order}" if order else ""
        return [dict(zip(columns, row, strict=True)) for row in self.db.query(sql, params)]

    # -- writing -------------------------------------------------------------------------------

    def write(self, articles: Sequence[Article]) -> Written:
        """Store a batch in one transaction; returns what was stored, replaced and skipped."""
        written = Written()
        unique: dict[str, Article] = {}
        hashes: set[str] = set()
        for article in articles:
            digest = R.content_hash(article.raw)
            if digest in hashes:
                written.skipped += 1
                continue
            hashes.add(digest)
            unique[article.id] = article
        try:
            self._write(list(unique.values()), written)
        except Exception as error:
            if not _is_encoding_problem(error):
                raise
            self._write([_sanitised(a) for a in unique.values()], Written())
        return written

    def _write(self, articles: list[Article], written: Written) -> None:
        now = R.utc_now()
        with self.db.transaction():
            stored = self.known(R.content_hash(a.raw) for a in articles)
            fresh = [a for a in articles if R.content_hash(a.raw) not in stored]
            written.skipped += len(articles) - len(fresh)
            replaced = self._existing([a.id for a in fresh])
            if replaced:
                self.delete(replaced)
            rows = R.Rows()
            for article in fresh:
                R.article_rows(article, rows, now)
            for table, columns in R.COLUMNS.items():
                if rows.tables[table]:
                    marks = ", ".join("?" * len(columns))
                    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                    self.db.executemany(sql, rows.tables[table])
            self._add_dyads(rows.dyads)
            written.stored += len(fresh) - len(replaced)
            written.replaced += len(replaced)

    def _existing(self, ids: list[str]) -> list[str]:
        found: list[str] = []
        for chunk in R.chunks(ids):
            marks = ", ".join("?" * len(chunk))
            rows = self.db.query(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.extend(row[0] for row in rows)
        return found

    def delete(self, ids: Sequence[str]) -> None:
        """Remove articles and everything found in them (their dyad counts included)."""
        with self.db.transaction():
            for chunk in R.chunks(ids):
                marks = ", ".join("?" * len(chunk))
                self._subtract_dyads(marks, chunk)
                for table in ARTICLE_TABLES:
                    key = _KEY.get(table, "article_id")
                    self.db.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", chunk)

    def _subtract_dyads(self, marks: str, ids: list[str]) -> None:
        sql = f"""
            SELECT s.country, t.country, e.day, e.type, e.modality, e.intensity
            FROM events e
            JOIN event_actors s ON s.article_id = e.article_id AND s.event_seq = e.seq
                AND s.role = 'source'
            JOIN event_actors t ON t.article_id = e.article_id AND t.event_seq = e.seq
                AND t.role = 'target'
            WHERE e.article_id IN ({marks}) AND e.day IS NOT NULL
                AND s.country IS NOT NULL AND t.country IS NOT NULL AND s.actor_id <> t.actor_id
            GROUP BY e.article_id, e.seq, s.country, t.country, e.day, e.type, e.modality,
                e.intensity"""
        dyads: dict[R.DyadKey, list[float]] = {}
        for source, target, day, kind, modality, score in self.db.query(sql, ids):
            R.add_dyad(dyads, (source, target, day, kind, modality), score, sign=-1)
        self._add_dyads(dyads)
        self.db.execute("DELETE FROM dyad_days WHERE events <= 0")

    def _add_dyads(self, dyads: dict[R.DyadKey, list[float]]) -> None:
        if not dyads:
            return
        self.db.executemany(
            """INSERT INTO dyad_days (source_country, target_country, day, type, modality,
                events, intensity_sum, intensity_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_country, target_country, day, type, modality) DO UPDATE SET
                events = dyad_days.events + excluded.events,
                intensity_sum = dyad_days.intensity_sum + excluded.intensity_sum,
                intensity_n = dyad_days.intensity_n + excluded.intensity_n""",
            [
                (*key, int(n), float(total), int(scored))
                for key, (n, total, scored) in dyads.items()
            ],
        )


def _is_encoding_problem(error: Exception) -> bool:
    text = str(error).lower()
    return isinstance(error, UnicodeEncodeError) or "surrogate" in text or "(0x00)" in text


def _sanitised(article: Article) -> Article:
    """The article with NUL characters and lone surrogates, which no database stores, replaced
    by U+FFFD (one character for one: offsets stay right)."""

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            value = value.replace("\x00", "\ufffd")
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    fixed = from_dict(clean({**to_dict(article), "raw": article.raw}))
    fixed.raw = clean(article.raw)
    return fixed
