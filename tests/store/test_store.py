from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import StoreError, to_dict
from newsgraph.store import MIGRATIONS, Store, applied, dyad

from .conftest import article


def test_an_article_loads_back_as_it_was_written(store: Store) -> None:
    original = article(1)
    written = store.write([original])
    assert (written.stored, written.skipped) == (1, 0)
    loaded = store.load("art-1")
    assert loaded is not None
    assert to_dict(loaded) == to_dict(original)
    assert loaded.raw == original.raw
    assert store.load("nope") is None


def test_the_same_content_is_stored_once(store: Store) -> None:
    store.write([article(1), article(2)])
    again = article(1)
    again.id = "another-id"  # the same raw text under another id is the same article
    written = store.write([again, article(2), article(3), article(3)])
    assert (written.stored, written.skipped) == (1, 3)
    assert store.count() == 3
    assert store.count("events") == 3


def test_a_new_text_under_a_stored_id_replaces_the_article(store: Store) -> None:
    store.write([article(1)])
    assert dyad(store, "USA", "PRK")[0]["events"] == 1
    revised = article(1, events=[("AID", "a1", "a2", "2025-02-18"), ("AID", "a2", "a1", None)])
    revised.raw += " (corrected)"
    written = store.write([revised])
    assert (written.stored, written.replaced) == (0, 1)
    assert store.count() == 1 and store.count("events") == 2
    rows = dyad(store, "USA", "PRK")
    assert [(r["source"], r["AID"], r["SANCTION"]) for r in rows] == [("USA", 1, 0), ("PRK", 1, 0)]
    loaded = store.load("art-1")
    assert loaded is not None and to_dict(loaded) == to_dict(revised)


def test_migrations_are_recorded_and_run_once(store: Store) -> None:
    assert applied(store.db) == [name for name, _ in MIGRATIONS]
    assert Store(store.db).db is store.db  # opening again migrates nothing
    assert applied(store.db) == [name for name, _ in MIGRATIONS]


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "new.db")
    with Store.open(path) as store:
        store.db.execute("INSERT INTO migrations VALUES ('9999_future', 'now')")
    with pytest.raises(StoreError, match="newer newsgraph"):
        Store.open(path)


def test_a_missing_store_is_explained(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="newsgraph ingest"):
        Store.open(str(tmp_path / "absent.db"), create=False)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "folder.db"))


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database " * 100)
    with pytest.raises(StoreError, match="SQLite"):
        Store.open(str(path))


def test_characters_no_database_stores_are_replaced(store: Store) -> None:
    odd = article(1)
    odd.text = odd.text.replace("mardi", "mar\x00i")
    odd.title = "bad \ud800 surrogate"
    store.write([odd])
    loaded = store.load("art-1")
    assert loaded is not None
    assert "mar\ufffdi" in loaded.text and loaded.title == "bad \ufffd surrogate"
    assert len(loaded.text) == len(odd.text)


def test_sqlite_store_is_in_wal_mode(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "wal.db")) as store:
        assert store.db.query("PRAGMA journal_mode")[0][0] == "wal"
