from __future__ import annotations

import datetime as dt
import json

import pytest

from newsgraph.article import Article
from newsgraph.errors import EmptyInput, InputTooLarge, MalformedRecord
from newsgraph.options import Options
from newsgraph.readers.records import from_record, parse_lines


def test_record_with_metadata() -> None:
    article = from_record(
        {
            "id": "a1",
            "text": "Texte.",
            "url": "https://example.org/a",
            "title": "Titre",
            "published": "2024-03-14",
            "source": "Exemple",
            "language": "fr",
            "authors": ["Jean Dupont"],
        },
        "in.jsonl:1",
    )
    assert (article.id, article.title, article.source, article.language) == (
        "a1",
        "Titre",
        "Exemple",
        "fr",
    )
    assert article.published == dt.date(2024, 3, 14)
    assert article.authors == ["Jean Dupont"]
    assert article.origin == "in.jsonl:1"


def test_record_with_html() -> None:
    html = (
        "<html><head><title>Un titre</title></head><body><article><h1>Un titre</h1>"
        "<p>Le ministre a rencontré son homologue mardi à Paris pour évoquer la crise.</p>"
        "</article></body></html>"
    )
    article = from_record({"html": html}, "in.jsonl:1")
    assert "Le ministre a rencontré son homologue" in article.raw


@pytest.mark.parametrize(
    ("record", "error", "why"),
    [
        ({"id": "x"}, MalformedRecord, "neither 'text' nor 'html'"),
        ({"text": "  "}, EmptyInput, "empty"),
        ({"text": "x", "published": "mardi"}, MalformedRecord, "not an ISO date"),
        ({"text": "x", "title": 3}, MalformedRecord, "must be a string"),
    ],
)
def test_bad_records(record: dict[str, object], error: type[Exception], why: str) -> None:
    with pytest.raises(error, match=why):
        from_record(record, "in.jsonl:1")


def test_bad_lines_are_reported_and_reading_goes_on() -> None:
    lines = [
        json.dumps({"text": "Premier article."}).encode(),
        b'{"text": "broken',
        b"",
        b"[1, 2]",
        b"x" * 200,
        json.dumps({"text": "Dernier article."}).encode(),
    ]
    items = list(parse_lines(iter(lines), "in.jsonl", Options(max_bytes=100)))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if not isinstance(i, Article)]
    assert [a.raw for a in articles] == ["Premier article.", "Dernier article."]
    assert [e.origin for e in errors] == ["in.jsonl:2", "in.jsonl:4", "in.jsonl:5"]
    assert isinstance(errors[0], MalformedRecord) and "malformed JSON" in errors[0].why
    assert isinstance(errors[2], InputTooLarge)
