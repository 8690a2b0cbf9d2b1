"""The actor registry: what articles taught about people, reused in the articles that follow.

"le secrétaire d’État américain Antony Blinken" teaches that Antony Blinken is USA/GOV; a later
article that says only "Blinken" is resolved from here. Every entry keeps its provenance (the
article and the phrase), and a user can list, inspect and correct entries; a corrected entry is
never overwritten by learning.

Two implementations share one small interface: :class:`MemoryRegistry` (one run) and
:class:`SqliteRegistry` (a database file, shared with the store; tables prefixed ``registry_``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Protocol

from .gazetteer import key

#: Fields a user may correct.
CORRECTABLE = ("name", "country", "sector", "role", "kind")


@dataclass(frozen=True, slots=True)
class Entry:
    """One learned actor and where the knowledge came from."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    article: str
    phrase: str
    origin: str | None = None
    learned: str = ""
    corrected: bool = False

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def surname(self) -> str:
        return name_key(self.name).split(" ")[-1]


def name_key(name: str) -> str:
    """The registry key of a name: case, accents, hyphens and spaces folded."""
    return " ".join(key(name))


class Registry(Protocol):
    def lookup(self, name: str) -> Entry | None: ...

    def by_surname(self, surname: str) -> list[Entry]: ...

    def learn(self, entry: Entry) -> Entry: ...

    def entries(self) -> list[Entry]: ...

    def correct(self, name: str, **changes: str | None) -> Entry: ...

    def forget(self, name: str) -> bool: ...


def merge(old: Entry | None, new: Entry) -> Entry:
    """What learning ``new`` makes of the entry: the first source wins; gaps are filled."""
    if old is None:
        return replace(new, learned=new.learned or _now())
    if old.corrected:
        return old
    filled = {f: getattr(new, f) for f in ("country", "sector", "role") if getattr(old, f) is None}
    return replace(old, **filled) if any(v is not None for v in filled.values()) else old


class MemoryRegistry:
    """A registry that lives as long as the process."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}

    def lookup(self, name: str) -> Entry | None:
        return self._entries.get(name_key(name))

    def by_surname(self, surname: str) -> list[Entry]:
        wanted = name_key(surname)
        return [e for e in self._entries.values() if e.surname == wanted]

    def learn(self, entry: Entry) -> Entry:
        merged = merge(self._entries.get(entry.key), entry)
        self._entries[entry.key] = merged
        return merged

    def entries(self) -> list[Entry]:
        return sorted(self._entries.values(), key=lambda e: e.key)

    def correct(self, name: str, **changes: str | None) -> Entry:
        entry = _corrected(self.lookup(name), name, changes)
        self._entries.pop(name_key(name), None)
        self._entries[entry.key] = entry
        return entry

    def forget(self, name: str) -> bool:
        return self._entries.pop(name_key(name), None) is not None


_COLUMNS = [f.name for f in fields(Entry)]


class SqliteRegistry:
    """A registry kept in a SQLite database file (WAL mode: readers never block it)."""

    def __init__(self, path: str | Path) -> None:
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS registry_entries (key TEXT PRIMARY KEY, surname TEXT, "
            + ", ".join(f"{c} TEXT" for c in _COLUMNS)
            + ")"
        )
        self._db.execute(
            "CREATE INDEX IF NOT EXISTS registry_by_surname ON registry_entries (surname)"
        )

    def close(self) -> None:
        self._db.close()

    def lookup(self, name: str) -> Entry | None:
        rows = self._select("WHERE key = ?", name_key(name))
        return rows[0] if rows else None

    def by_surname(self, surname: str) -> list[Entry]:
        return self._select("WHERE surname = ?", name_key(surname))

    def learn(self, entry: Entry) -> Entry:
        merged = merge(self.lookup(entry.name), entry)
        self._write(merged)
        return merged

    def entries(self) -> list[Entry]:
        return self._select("ORDER BY key")

    def correct(self, name: str, **changes: str | None) -> Entry:
        entry = _corrected(self.lookup(name), name, changes)
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM registry_entries WHERE key = ?", (name_key(name),))
            self._write(entry)
        return entry

    def forget(self, name: str) -> bool:
        cursor = self._db.execute("DELETE FROM registry_entries WHERE key = ?", (name_key(name),))
        return cursor.rowcount > 0

    def _write(self, entry: Entry) -> None:
        values = asdict(entry)
        values["corrected"] = "1" if entry.corrected else ""
        self._db.execute(
            f"INSERT OR REPLACE INTO registry_entries (key, surname, {', '.join(_COLUMNS)}) "
            f"VALUES (?, ?, {', '.join('?' for _ in _COLUMNS)})",
            (entry.key, entry.surname, *(values[c] for c in _COLUMNS)),
        )

    def _select(self, where: str, *params: str) -> list[Entry]:
        rows = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM registry_entries {where}", params
        ).fetchall()
        return [_entry(row) for row in rows]


def _entry(row: tuple[str | None, ...]) -> Entry:
    values: dict[str, Any] = dict(zip(_COLUMNS, row, strict=True))
    values["corrected"] = bool(values["corrected"])
    return Entry(**values)


def _corrected(entry: Entry | None, name: str, changes: dict[str, str | None]) -> Entry:
    from ..errors import ConfigurationError

    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise ConfigurationError(
            f"registry entry {name!r}",
            f"cannot change {', '.join(unknown)}",
            f"correct one of: {', '.join(CORRECTABLE)}",
        )
    base = entry or Entry(name, "person", None, None, None, article="", phrase="")
    return replace(base, **changes, corrected=True, learned=base.learned or _now())  # type: ignore[arg-type]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
