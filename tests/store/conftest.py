"""Stores for the tests: a temporary SQLite file, and a fresh schema on the PostgreSQL server
named by ``NEWSGRAPH_TEST_POSTGRES`` (the tests marked ``postgres`` skip when it is unset)."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsgraph import Actor, Article, Event, Quote, Span
from newsgraph.store import Store

POSTGRES = os.environ.get("NEWSGRAPH_TEST_POSTGRES")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store on each backend."""
    if request.param == "sqlite":
        with Store.open(str(tmp_path / "test.db")) as opened:
            yield opened
        return
    with postgres_url() as url, Store.open(url) as opened:
        yield opened


@contextmanager
def postgres_url() -> Iterator[str]:
    """A URL whose ``search_path`` is a new, empty schema, dropped on exit."""
    if not POSTGRES:
        pytest.skip("NEWSGRAPH_TEST_POSTGRES is not set")
    import psycopg

    schema = f"test_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
    joiner = "&" if "?" in POSTGRES else "?"
    try:
        yield f"{POSTGRES}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]


TEXT = (
    "Washington a sanctionné Pyongyang mardi. Le secrétaire d’État a rencontré son homologue "
    "à Séoul, a indiqué le ministère."
)


def article(
    number: int = 0,
    *,
    published: dt.date | None = dt.date(2025, 2, 18),
    events: list[tuple[str, str, str, str | None]] | None = None,
    modality: str = "asserted",
) -> Article:
    """A processed article built by hand: two countries, a person, a quote, and events given
    as (type, source actor id, target actor id, date)."""
    text = f"{TEXT} ({number})"
    usa = Actor(
        "a1", "United States", "country", "USA", "GOV", None, "Q30", [Span(0, 10, text[:10])]
    )
    prk = Actor(
        "a2", "North Korea", "country", "PRK", "GOV", None, "Q423", [Span(25, 34, text[25:34])]
    )
    person = Actor("a3", "Marco Rubio", "person", "USA", "GOV", "secretary of state", None, [])
    evidence = Span(0, 39, text[:39])
    coded = events if events is not None else [("SANCTION", "a1", "a2", "2025-02-18")]
    return Article(
        raw=f"raw {number}: {text}",
        id=f"art-{number}",
        origin=f"corpus.jsonl:{number + 1}",
        url=f"https://news.example/{number}",
        title=f"Sanctions {number}",
        published=published,
        source="News Example",
        language="fr",
        text=text,
        paragraphs=[Span(0, len(text), text)],
        actors=[usa, prk, person],
        quotes=[Quote("a rencontré son homologue", 60, 85, "a3", False, "a indiqué")],
        events=[
            Event(kind, [source], [target], modality, evidence, date=date, coder="test.v1")  # type: ignore[arg-type]
            for kind, source, target, date in coded
        ],
        versions={"clean": "clean.v1", "events": "events.v1"},
    )


PARAGRAPHS = (
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris pour évoquer "
    "la situation dans la région, a indiqué le ministère dans un communiqué publié le soir.",
    "The foreign minister met his counterpart in Geneva on Tuesday to discuss the situation in "
    "the region, the ministry said in a statement released in the evening.",
)
#: The stages that need no NLP model: fast enough to ingest thousands of articles in a test.
FAST = ("clean", "language", "published")


def write_corpus(path: Path, count: int, start: int = 0) -> Path:
    """A JSON Lines file of ``count`` distinct articles."""
    with path.open("w", encoding="utf-8") as stream:
        for n in range(start, start + count):
            text = f"{PARAGRAPHS[n % 2]}\n\nDépêche {n}."
            record = {"id": f"gen-{n}", "text": text, "published": "2025-02-18"}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
