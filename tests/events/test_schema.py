"""The fields the events stage adds to an Event: serialised, read back, valid."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from newsgraph import from_dict, to_dict
from newsgraph.article import Actor, Article, Event, Span
from newsgraph.serialize import SCHEMA


def event() -> Event:
    text = "La Russie a bombardé Kiev."
    return Event(
        type="ASSAULT",
        source=["RUS"],
        target=["UKR"],
        modality="asserted",
        evidence=Span(0, 25, text[:25]),
        mode="heavy-weapons",
        coder="events.v1",
        trigger=Span(12, 20, text[12:20]),
        sentence=Span(0, 26, text),
        place="Kiev",
        place_country="UKR",
        reported_by=None,
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        intensity=-9.5,
    )


def article() -> Article:
    text = "La Russie a bombardé Kiev."
    return Article(
        raw=text,
        text=text,
        actors=[
            Actor("RUS", "Russia", "country", "RUS", mentions=[Span(3, 9, "Russie")]),
            Actor("UKR", "Ukraine", "country", "UKR", mentions=[Span(21, 25, "Kiev")]),
        ],
        events=[event()],
    )


def test_new_event_fields_round_trip() -> None:
    data = to_dict(article())
    assert data["schema"] == SCHEMA == "newsgraph.article/1.2"
    assert data["events"][0]["trigger"] == {"start": 12, "end": 20, "text": "bombardé"}
    assert data["events"][0]["part"] == "body"
    assert from_dict(data).events == [event()]


def test_an_event_of_the_headline_says_so_and_round_trips() -> None:
    titled = article()
    titled.title = "Kiev bombardée"
    titled.events[0].part = "title"
    data = to_dict(titled)
    assert data["events"][0]["part"] == "title"
    assert from_dict(data).events[0].part == "title"


def test_an_event_of_version_1_1_is_of_the_body() -> None:
    data = to_dict(article())
    del data["events"][0]["part"]
    assert from_dict(data).events[0].part == "body"


def test_the_output_validates_against_the_json_schema() -> None:
    schema = json.loads(
        resources.files("newsgraph").joinpath("schema", "article.schema.json").read_text()
    )
    assert schema["$id"] == SCHEMA
    jsonschema.validate(to_dict(article()), schema)


def test_an_event_of_version_1_0_still_reads() -> None:
    data = to_dict(article())
    old = {
        key: data["events"][0][key]
        for key in (
            "type",
            "mode",
            "source",
            "target",
            "modality",
            "date",
            "place",
            "evidence",
            "coder",
        )
    }
    data["events"] = [old]
    loaded = from_dict(data).events[0]
    assert loaded.trigger is None and loaded.cameo is None and loaded.type == "ASSAULT"
