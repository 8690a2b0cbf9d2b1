"""Property: what is stored loads back unchanged, ``to_dict(load(id)) == to_dict(article)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import Actor, Article, Caption, Event, Quote, Removed, Span, to_dict
from newsgraph.store import Store

from .conftest import postgres_url

# Text any database stores: no NUL, no lone surrogates.
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
text = st.text(chars, max_size=40)
optional = st.none() | text
spans = st.builds(Span, st.integers(0, 10_000), st.integers(0, 10_000), text)
codes = st.none() | st.sampled_from(["USA", "PRK", "FRA", "RUS"])
kinds = st.sampled_from(["person", "country", "organization", "group"])
modalities = st.sampled_from(["asserted", "negated", "hypothetical", "denied", "future"])
types = st.sampled_from(["AGREE", "CONSULT", "AID", "ACCUSE", "THREATEN", "ASSAULT", "INVENT"])
dates = st.none() | st.sampled_from(["2025", "2025-02", "2025-02-18", "2024-12-31"])
actor_ids = st.sampled_from(["a0", "a1", "a2", "a3"])
numbers = st.integers(0, 99)
quotes = st.builds(Quote, text, numbers, numbers, st.none() | actor_ids, st.booleans(), optional)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    actors = [
        Actor(f"a{n}", draw(text), draw(kinds), draw(codes), draw(optional), draw(optional),
              draw(optional), draw(st.lists(spans, max_size=3)))
        for n in range(draw(st.integers(0, 4)))
    ]  # fmt: skip
    events = [
        Event(draw(types), draw(st.lists(actor_ids, max_size=2)),
              draw(st.lists(actor_ids, max_size=2)), draw(modalities), draw(spans),
              date=draw(dates), place=draw(optional), mode=draw(optional), coder=draw(optional),
              trigger=draw(st.none() | spans), cameo=draw(st.none() | st.just("112")),
              quad_class=draw(st.none() | st.integers(0, 4)),
              goldstein=draw(st.none() | st.floats(-10, 10)),
              intensity=draw(st.none() | st.floats(-10, 10)))
        for _ in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    body = draw(st.text(chars, min_size=1, max_size=200))
    return Article(
        raw=draw(st.text(chars, min_size=1, max_size=200)),
        id=draw(st.text("abcdef0123456789", min_size=1, max_size=16)),
        origin=draw(optional),
        url=draw(optional),
        title=draw(optional),
        published=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
        published_estimated=draw(st.booleans()),
        authors=draw(st.lists(text, max_size=2)),
        source=draw(optional),
        translated_from=draw(optional),
        language=draw(st.none() | st.sampled_from(["fr", "en", "und"])),
        status=draw(st.sampled_from(["ok", "unsupported-language", "failed"])),
        error=draw(optional),
        warnings=draw(st.lists(text, max_size=2)),
        text=body,
        paragraphs=[Span(0, len(body), body)],
        captions=draw(st.lists(st.builds(Caption, text, optional, optional), max_size=2)),
        removed=draw(st.lists(st.builds(Removed, st.integers(1, 99), text, text), max_size=2)),
        actors=actors,
        quotes=draw(st.lists(quotes, max_size=2)),
        events=events,
        versions=draw(st.dictionaries(st.sampled_from(["clean", "events", "actors"]), text)),
    )


@pytest.fixture(scope="module")
def memory() -> Iterator[Store]:
    with Store.open(":memory:") as store:
        yield store


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(articles())
def test_sqlite_round_trip(memory: Store, original: Article) -> None:
    memory.delete([original.id])
    memory.db.execute("DELETE FROM articles")
    memory.write([original])
    loaded = memory.load(original.id)
    assert loaded is not None
    assert to_dict(loaded) == to_dict(original)


@pytest.mark.postgres
def test_postgres_round_trip() -> None:
    with postgres_url() as url, Store.open(url) as store:

        @settings(max_examples=25, deadline=None)
        @given(articles())
        def check(original: Article) -> None:
            store.delete([original.id])
            store.db.execute("DELETE FROM articles")
            store.write([original])
            loaded = store.load(original.id)
            assert loaded is not None
            assert to_dict(loaded) == to_dict(original)

        check()
