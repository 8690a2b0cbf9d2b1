from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsgraph.article import Span
from newsgraph.store import Store, export
from newsgraph.store.export import GDELT_COLUMNS, POLECAT_COLUMNS, TABLES

from .conftest import article


@pytest.fixture
def filled(store: Store) -> Store:
    events = [("SANCTION", "a1", "a2", "2025-02-18"), ("ASSAULT", "a2", "a1", None)]
    store.write([article(1, events=events), article(2, events=[])])
    negated = article(3, events=[("THREATEN", "a1", "a2", None)], modality="negated")
    store.write([negated])
    return store


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_every_table_is_exported(filled: Store, tmp_path: Path, fmt: str) -> None:
    written = export(filled, tmp_path, fmt, ["tables"])
    assert [path.stem for path in written] == list(TABLES)
    rows = _read(tmp_path / f"events.{fmt}", fmt)
    assert len(rows) == 3
    assert {row["type"] for row in rows} == {"SANCTION", "ASSAULT", "THREATEN"}
    assert len(_read(tmp_path / f"articles.{fmt}", fmt)) == 3


def test_gdelt_layout(filled: Store, tmp_path: Path) -> None:
    export(filled, tmp_path, "csv", ["gdelt"])
    rows = _read(tmp_path / "gdelt_events.csv", "csv")
    assert list(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert len(rows) == 2  # the negated threat is not an event GDELT could hold
    sanction = next(row for row in rows if row["EventRootCode"] == "16")
    assert sanction["EventCode"] == "160" and sanction["QuadClass"] == "3"
    assert sanction["GoldsteinScale"] == "-4.0"
    assert (sanction["Actor1Code"], sanction["Actor2Code"]) == ("USAGOV", "PRKGOV")
    assert sanction["Actor1CountryCode"] == "USA" and sanction["Actor2Name"] == "North Korea"
    assert sanction["SQLDATE"] == "20250218" and sanction["MonthYear"] == "202502"
    assert sanction["IsRootEvent"] == "1" and sanction["SOURCEURL"] == "https://news.example/1"
    assault = next(row for row in rows if row["EventRootCode"] == "19")
    assert assault["QuadClass"] == "4" and assault["Actor1CountryCode"] == "PRK"


def test_polecat_layout(filled: Store, tmp_path: Path) -> None:
    export(filled, tmp_path, "parquet", ["polecat"])
    rows = _read(tmp_path / "polecat_events.parquet", "parquet")
    assert list(rows[0]) == POLECAT_COLUMNS
    sanction = next(row for row in rows if row["Event Type"] == "SANCTION")
    assert sanction["Event Intensity"] == -6.0 and sanction["Actor Country"] == "USA"
    assert (
        sanction["Recipient Name"] == "North Korea" and sanction["Actor Name Raw"] == "Washington"
    )
    assert sanction["Story People"] == "Marco Rubio" and sanction["Language"] == "fr"
    assert sanction["Event Date"] == "2025-02-18" and sanction["Quad Code"] == 3


def test_the_coding_of_the_events_stage_is_kept(store: Store, tmp_path: Path) -> None:
    coded = article(1)
    coded.events[0].cameo, coded.events[0].quad_class, coded.events[0].goldstein = "163", 4, -8.0
    store.write([coded])
    export(store, tmp_path, "jsonl", ["gdelt"])
    [row] = _read(tmp_path / "gdelt_events.jsonl", "jsonl")
    assert (row["EventCode"], row["QuadClass"], row["GoldsteinScale"]) == ("163", 4, -8.0)


def _read(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "parquet":
        return list(pq.read_table(path).to_pylist())
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_an_event_of_the_headline_is_a_root_event(store: Store, tmp_path: Path) -> None:
    body, title = (article(n, events=[("AID", "a1", "a2", None)]) for n in (4, 5))
    for item in (body, title):
        item.paragraphs = item.paragraphs[:1]
        item.paragraphs[0] = Span(0, 5, item.text[:5])
        item.events[0].evidence = Span(20, 30, item.text[20:30])
    title.events[0].part = "title"
    store.write([body, title])
    export(store, tmp_path, "csv", ["gdelt"])
    rows = _read(tmp_path / "gdelt_events.csv", "csv")
    assert sorted(row["IsRootEvent"] for row in rows) == ["0", "1"]
