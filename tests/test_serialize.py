from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from newsgraph import SCHEMA, Actor, Article, Event, Quote, Span, from_dict, to_dict
from newsgraph.article import Caption, Removed

text = st.text(max_size=40)
maybe = st.none() | text
span = st.builds(Span, st.integers(0, 500), st.integers(0, 500), text)
articles = st.builds(
    Article,
    raw=text,
    id=st.text(min_size=1, max_size=12),
    origin=maybe,
    title=maybe,
    published=st.none() | st.dates(min_value=dt.date(1900, 1, 1)),
    published_estimated=st.booleans(),
    authors=st.lists(text, max_size=3),
    translated_from=maybe,
    language=st.sampled_from(["fr", "en", None]),
    captions=st.lists(st.builds(Caption, text, maybe, maybe), max_size=2),
    removed=st.lists(st.builds(Removed, st.integers(1, 99), text, text), max_size=3),
    actors=st.lists(
        st.builds(
            Actor,
            id=text,
            name=text,
            kind=st.sampled_from(["person", "country"]),
            country=st.none() | st.sampled_from(["FRA", "USA"]),
            mentions=st.lists(span, max_size=2),
        ),
        max_size=2,
    ),
    quotes=st.lists(
        st.builds(Quote, text, st.integers(0, 9), st.integers(0, 9), maybe, st.booleans()),
        max_size=2,
    ),
    events=st.lists(
        st.builds(
            Event,
            type=text,
            source=st.lists(text, max_size=2),
            target=st.lists(text, max_size=2),
            modality=st.sampled_from(["asserted", "future"]),
            evidence=span,
        ),
        max_size=2,
    ),
    warnings=st.lists(text, max_size=2),
    versions=st.dictionaries(text, text, max_size=2),
)


@given(articles)
def test_round_trip_through_json(article: Article) -> None:
    data = json.loads(json.dumps(to_dict(article)))
    assert to_dict(from_dict(data)) == to_dict(article)


def test_schema_version_and_field_order() -> None:
    data = to_dict(Article(raw="x"))
    assert data["schema"] == SCHEMA
    assert list(data)[:3] == ["schema", "id", "origin"]


def schema_validator():  # type: ignore[no-untyped-def]
    import jsonschema

    path = resources.files("newsgraph") / "schema" / "article.schema.json"
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


@given(articles)
def test_output_follows_the_published_json_schema(article: Article) -> None:
    article.events = [
        Event(
            type="ACCUSE",
            source=["a1"],
            target=["a2"],
            modality="asserted",
            evidence=Span(0, 1, "x"),
            date="2024-03",
        ),
    ]
    schema_validator().validate(to_dict(article))


def test_schema_rejects_unknown_fields() -> None:
    import jsonschema
    import pytest

    data = to_dict(Article(raw="x"))
    data["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        schema_validator().validate(data)
