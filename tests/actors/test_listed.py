"""Bodies named by a noun and their country that the knowledge base lists (hand-built)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.actors.listed import listed_body
from newsgraph.knowledge import KnowledgeBase


def _org(oid: str, names: list[str], country: str | None, sector: str = "MIL") -> dict[str, object]:
    return {"id": oid, "names": {"en": names, "fr": []}, "kind": "organization", "country": country,
            "sector": sector, "parent": None, "cameo": None, "wikidata": None}  # fmt: skip


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    orgs = [
        _org("xland_coast_guard", ["Xland Coast Guard", "Xlandic coast guard"], "XLA"),
        _org("yland_coast_guard", ["Ylandic coast guard"], "YLA"),
        _org("xland_army", ["Xlandic army"], "XLA"),
        _org("xland_army_air", ["Xlandic army air corps", "Air corps of the Xlandic army"], "XLA"),
        _org("xland_home_army", ["Home army"], "XLA"),
        _org("xland_council_office", ["Affairs Office of the State Council"], "XLA"),
        _org("wland_front", ["Wlandic front"], "WLA", "REB"),
        _org("coast_guard_admin", ["Coast Guard Administration"], "ZLA"),
    ]
    return KnowledgeBase([], orgs, [], "test")


def test_a_body_takes_the_listed_organisation_of_its_country(kb: KnowledgeBase) -> None:
    found = listed_body(kb, "XLA", "coast guard")
    assert found is not None and found.id == "xland_coast_guard"
    found = listed_body(kb, "YLA", "Coast Guard")
    assert found is not None and found.id == "yland_coast_guard"


def test_no_listed_organisation_when_none_or_several_fit(kb: KnowledgeBase) -> None:
    assert listed_body(kb, "ZLA", "navy") is None  # none of that country ends so
    assert listed_body(kb, "XLA", "army") is None  # two of Xland's bodies are "<word> army"
    assert listed_body(kb, "XLA", "State Council") is None  # more than one word before it
    assert listed_body(kb, "WLA", "front") is None  # an armed group is no body of its state
    assert listed_body(kb, "ZLA", "coast guard") is None  # the name must hold more words
    assert listed_body(kb, "WLA", "coast guard") is None  # another country's


@pytest.mark.model
def test_a_possessive_body_speaks_as_the_listed_organisation() -> None:
    pipeline = Pipeline.from_options(Options())
    article = pipeline(Article(raw=(
        "Tensions at sea\n\nJapan's coast guard said on Tuesday that a fishing boat had "
        "\"entered territorial waters without permission\"."
    ), published=dt.date(2025, 3, 5)))  # fmt: skip
    names = {a.id: a.name for a in article.actors}
    speakers = [names.get(q.speaker or "") for q in article.quotes if q.direct]
    assert speakers == ["Japan Coast Guard"]
