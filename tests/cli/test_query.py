from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import Store

from ..store.conftest import article


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "store.db")
    sanction, aid = ("SANCTION", "a1", "a2", "2025-02-18"), ("AID", "a2", "a1", "2025-03-02")
    with Store.open(path) as store:
        store.write([article(1, events=[sanction]), article(2, events=[aid])])
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_in_each_format(db: str) -> None:
    table = run("events", "--db", db)
    assert "SANCTION" in table and "United States" in table and "2 rows" in table
    rows = json.loads(run("events", "--db", db, "--format", "json", "--type", "aid"))
    assert [row["type"] for row in rows] == ["AID"] and rows[0]["source"] == "North Korea"
    parsed = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv"))))
    assert {row["type"] for row in parsed} == {"SANCTION", "AID"}
    assert json.loads(run("events", "--db", db, "--format", "json", "--country", "FRA")) == []


def test_dyad(db: str) -> None:
    rows = json.loads(run("dyad", "USA", "PRK", "--db", db, "--format", "json"))
    assert [(r["period"], r["source"], r["SANCTION"], r["AID"]) for r in rows] == [
        ("2025-02", "USA", 1, 0),
        ("2025-03", "PRK", 0, 1),
    ]
    table = run("dyad", "USA", "PRK", "--db", db, "--by", "year")
    assert "2025" in table and "SANCTION" in table and "ASSAULT" not in table
    header = run("dyad", "USA", "PRK", "--db", db, "--format", "csv").splitlines()[0]
    assert header.startswith("period,source,target,events,cooperation,conflict,intensity,AGREE")


def test_quotes_and_actors(db: str) -> None:
    rows = json.loads(run("quotes", "--db", db, "--speaker", "Rubio", "--format", "json"))
    assert len(rows) == 2 and rows[0]["speaker"] == "Marco Rubio"
    assert "United States" in run("actors", "--db", db)
    listed = json.loads(run("actors", "list", "--db", db, "--kind", "person", "--format", "json"))
    assert [row["name"] for row in listed] == ["Marco Rubio"]
    assert run("actors", "--db", db, "--format", "csv").startswith("name,kind,country")


def test_export(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = run("export", str(out), "--db", db, "--format", "csv").split()
    assert len(written) == 12 and (out / "gdelt_events.csv").exists()
    assert run("export", str(out), "--db", db, "--layout", "polecat").split() == [
        str(out / "polecat_events.parquet")
    ]


def test_bad_values_are_explained(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--since", "mardi"])
    assert result.exit_code == 2 and "YYYY-MM" in result.stderr
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "newsgraph ingest" in result.stderr
