from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.actors.registry import Entry, MemoryRegistry, SqliteRegistry
from newsgraph.errors import ConfigurationError

ENTRY = Entry("Baiba Braže", "person", "LVA", "GOV", "minister", article="a1",
              phrase="le ministre letton Baiba Braže", origin="a.txt")  # fmt: skip


@pytest.fixture(params=["memory", "sqlite"])
def registry(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    if request.param == "memory":
        return MemoryRegistry()
    return SqliteRegistry(tmp_path / "registry.db")


def test_learn_and_look_up_by_name_or_surname(registry) -> None:  # type: ignore[no-untyped-def]
    registry.learn(ENTRY)
    assert registry.lookup("baiba braze").country == "LVA"
    [found] = registry.by_surname("Braže")
    assert (found.article, found.phrase, found.origin) == ("a1", ENTRY.phrase, "a.txt")
    assert found.learned


def test_first_source_wins_and_gaps_are_filled(registry) -> None:  # type: ignore[no-untyped-def]
    registry.learn(Entry("Jean Dupont", "person", None, "GOV", None, article="a1", phrase="p1"))
    registry.learn(Entry("Jean Dupont", "person", "FRA", "MIL", "general", article="a2",
                         phrase="p2"))  # fmt: skip
    entry = registry.lookup("Jean Dupont")
    assert (entry.country, entry.sector, entry.role, entry.article) == (
        "FRA",
        "GOV",
        "general",
        "a1",
    )


def test_corrections_are_never_overwritten(registry) -> None:  # type: ignore[no-untyped-def]
    registry.learn(ENTRY)
    registry.correct("Baiba Braže", country="EST")
    registry.learn(ENTRY)
    entry = registry.lookup("Baiba Braže")
    assert entry.country == "EST" and entry.corrected


def test_forget_and_bad_corrections(registry) -> None:  # type: ignore[no-untyped-def]
    registry.learn(ENTRY)
    with pytest.raises(ConfigurationError, match="cannot change article"):
        registry.correct("Baiba Braže", article="x")
    assert registry.forget("Baiba Braže") and not registry.forget("Baiba Braže")
    assert registry.entries() == []


def test_sqlite_registry_persists(tmp_path: Path) -> None:
    SqliteRegistry(tmp_path / "r.db").learn(ENTRY)
    assert SqliteRegistry(tmp_path / "r.db").lookup("Baiba Braže") is not None
