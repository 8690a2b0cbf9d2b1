from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.store import EventQuery, Store, actors, dyad, events, quotes

from .conftest import article


@pytest.fixture
def filled(store: Store) -> Store:
    sanction, accuse = ("SANCTION", "a1", "a2", "2025-02-18"), ("ACCUSE", "a2", "a1", None)
    consult, aid = ("CONSULT", "a1", "a2", "2025-03"), ("AID", "a1", "a2", "2025")
    assault = ("ASSAULT", "a2", "a1", "2024-12")
    store.write(
        [
            article(1, events=[sanction, accuse]),
            article(2, events=[consult, aid]),
            article(3, published=dt.date(2024, 12, 30), events=[assault]),
            article(4, events=[("THREATEN", "a1", "a2", None)], modality="negated"),
        ]
    )
    return store


def test_events_are_listed_latest_first_with_their_actors(filled: Store) -> None:
    rows = events(filled, EventQuery())
    assert len(rows) == 6
    assert rows[0]["day"] >= rows[-1]["day"]
    sanction = next(row for row in rows if row["type"] == "SANCTION")
    assert sanction["source"] == "United States" and sanction["target"] == "North Korea"
    assert sanction["intensity"] == -6.0 and sanction["evidence"].startswith("Washington")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(types=("sanction", "AID")), {"SANCTION", "AID"}),
        (EventQuery(country="prk", since="2025-03"), {"CONSULT"}),
        (EventQuery(actor="north kor", until="2024"), {"ASSAULT"}),
        (EventQuery(actor="Q423", since="2024-12-01", until="2024-12-31"), {"ASSAULT"}),
        (EventQuery(modality="negated"), {"THREATEN"}),
        (EventQuery(text="SANCTIONNÉ"[:8]), {"SANCTION", "ACCUSE", "CONSULT", "AID", "ASSAULT"}),
        (EventQuery(country="FRA"), set()),
    ],
)
def test_event_filters(filled: Store, query: EventQuery, expected: set[str]) -> None:
    rows = events(filled, query)
    assert {row["type"] for row in rows} - {"THREATEN"} == expected - {"THREATEN"}
    if query.modality:
        assert {row["type"] for row in rows} == expected


def test_event_limit(filled: Store) -> None:
    assert len(events(filled, EventQuery(limit=2))) == 2


def test_dyad_counts_both_directions_per_period(filled: Store) -> None:
    rows = dyad(filled, "usa", "prk", by="month")
    summary = [
        (r["period"], r["source"], r["events"], r["cooperation"], r["conflict"]) for r in rows
    ]
    assert summary == [
        ("2024-12", "PRK", 1, 0, 1),
        ("2025-02", "USA", 2, 1, 1),  # AID dated 2025 only: counted on the publication date
        ("2025-02", "PRK", 1, 0, 1),  # undated ACCUSE: counted on the publication date
        ("2025-03", "USA", 1, 1, 0),
    ]
    feb = rows[1]
    assert feb["SANCTION"] == 1 and feb["AID"] == 1 and feb["target"] == "PRK"
    assert feb["intensity"] == 2.0  # (-6 + 10) / 2
    assert [r["period"] for r in dyad(filled, "USA", "PRK", by="year")] == ["2024", "2025", "2025"]
    assert dyad(filled, "USA", "PRK", by="day")[1]["period"] == "2025-02-18"
    assert dyad(filled, "USA", "PRK", by="week")[0]["period"] == "2025-W01"  # ISO: 2024-12-30
    everything = dyad(filled, "USA", "PRK", by="year", modality=None)
    assert sum(r["events"] for r in everything) == 6
    assert dyad(filled, "USA", "PRK", since="2025-03", until="2025-03") == [rows[-1]]
    assert dyad(filled, "USA", "FRA") == []


def test_quotes_with_their_speakers(filled: Store) -> None:
    rows = quotes(filled, speaker="rubio")
    assert len(rows) == 4
    assert rows[0]["speaker"] == "Marco Rubio" and rows[0]["direct"] is False
    assert quotes(filled, speaker="rubio", until="2024") == [rows[-1]]
    assert quotes(filled, text="homologue", limit=1)[0]["cue"] == "a indiqué"
    assert quotes(filled, speaker="Macron") == []


def test_actors_with_their_articles_and_mentions(filled: Store) -> None:
    rows = actors(filled)
    first = rows[0]
    assert first["articles"] == 4
    assert {row["name"] for row in rows} == {"United States", "North Korea", "Marco Rubio"}
    usa = next(row for row in rows if row["name"] == "United States")
    assert usa["mentions"] == 4 and usa["first"] == "2024-12-30" and usa["last"] == "2025-02-18"
    assert [row["name"] for row in actors(filled, kind="person")] == ["Marco Rubio"]
    assert {row["name"] for row in actors(filled, country="usa")} == {
        "United States",
        "Marco Rubio",
    }
    assert actors(filled, name="Q423")[0]["name"] == "North Korea"


def test_an_actor_is_never_paired_with_itself(store: Store) -> None:
    met = article(1, events=[("CONSULT", "a1", "a2", "2025-02-18")])
    met.events[0].source, met.events[0].target = ["a1", "a2"], ["a2", "a1"]
    store.write([met])
    rows = dyad(store, "USA", "PRK")
    assert [(r["source"], r["events"]) for r in rows] == [("USA", 1), ("PRK", 1)]
    assert dyad(store, "USA", "USA") == []
    replaced = article(1, events=[])
    replaced.raw += " (corrected)"
    store.write([replaced])
    assert store.db.query("SELECT count(*) FROM dyad_days") == [(0,)]
