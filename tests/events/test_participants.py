"""The actor index answers as ``newsgraph.actors.actors_in``, from a sorted index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.actors import actors_in
from newsgraph.article import Actor, ActorKind, Article, Span
from newsgraph.events import Coder
from newsgraph.events.participants import ActorIndex, party

from .helpers import described, make_article

TEXT = "x" * 200

spans = st.tuples(st.integers(0, 190), st.integers(1, 10)).map(
    lambda p: Span(p[0], p[0] + p[1], TEXT[p[0] : p[0] + p[1]])
)
actors = st.lists(
    st.tuples(st.sampled_from(["FRA", "DEU", None]), st.lists(spans, max_size=4)),
    max_size=6,
).map(
    lambda rows: [
        Actor(f"a{i}", f"a{i}", "country", country, mentions=mentions)
        for i, (country, mentions) in enumerate(rows)
    ]
)


@given(actors, st.integers(0, 199), st.integers(1, 30))
def test_same_answers_as_the_lookup(found: list[Actor], start: int, width: int) -> None:
    article = Article(raw=TEXT, text=TEXT, actors=found)
    end = min(len(TEXT), start + width)
    expected = [a.id for a in actors_in(article, start, end)]
    assert [a.id for a in ActorIndex(article).actors_in(start, end)] == expected


def actor(name: str, country: str | None, *starts: int) -> Actor:
    return Actor(name, name, "country", country, mentions=[Span(s, s + 3, "") for s in starts])


def test_recent_parties_are_the_last_distinct_countries() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("fr", "FRA", 0, 40), actor("de", "DEU", 20), actor("paris", "FRA", 60)],
    )
    index = ActorIndex(article)
    assert [a.id for a in index.recent(100, 2)] == ["de", "paris"]
    assert [a.id for a in index.recent(30, 2)] == ["fr", "de"]
    assert [a.id for a in index.recent(100, 1, frozenset({"FRA"}))] == ["de"]
    assert index.recent(100, 2, since=50) == [index.by_id["paris"]]
    index.locations = {60}
    assert [a.id for a in index.recent(100, 1)] == ["fr"]


def test_named_counts_each_party_once_per_mention_outside_places() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("fr", "FRA", 0, 40), actor("de", "DEU", 20), actor("paris", "FRA", 60)],
    )
    index = ActorIndex(article)
    fr, de = index.by_id["fr"], index.by_id["de"]
    assert index.named() == {"FRA": (3, fr), "DEU": (1, de)}
    index.locations = {20, 60}
    assert index.named() == {"FRA": (2, fr)}


def test_of_country_prefers_the_state() -> None:
    person = Actor("p", "p", "person", "FRA", mentions=[])
    state = Actor("s", "s", "country", "FRA", mentions=[])
    index = ActorIndex(Article(raw="", actors=[person, state]))
    assert index.of_country("FRA") is state
    assert index.of_country("DEU") is None
    assert party(Actor("eu", "EU", "organization", None)) == "eu"


def test_an_international_official_is_a_side_as_their_organisation() -> None:
    text = "António Guterres of the United Nations spoke; Evan Gershkovich too."
    guterres = Actor(
        "p:antonio_guterres",
        "António Guterres",
        "person",
        None,
        sector="IGO",
        mentions=[Span(0, 16, "António Guterres")],
    )
    un = Actor(
        "org:un",
        "United Nations",
        "organization",
        None,
        sector="IGO",
        mentions=[Span(24, 38, "United Nations")],
    )
    nobody = Actor("p:eg", "Evan Gershkovich", "person", None, mentions=[Span(46, 62, "")])
    article = Article(raw=text, text=text, actors=[guterres, un, nobody], published=None)
    index = ActorIndex(article)
    assert index.side(guterres) is un
    assert index.side(nobody) is None
    assert index.sides([guterres, un, nobody]) == [un]


def test_recent_parties_may_be_only_the_wanted_ones() -> None:
    eu = Actor("eu", "EU", "organization", None, mentions=[Span(40, 43, "")])
    article = Article(raw=TEXT, text=TEXT, actors=[actor("fr", "FRA", 0), eu])
    index = ActorIndex(article)
    assert [a.id for a in index.recent(100, 1)] == ["eu"]
    assert [a.id for a in index.recent(100, 1, wanted=lambda a: bool(a.country))] == ["fr"]


@pytest.mark.model
def test_a_clause_the_parser_left_unlabelled_is_the_complement_of_its_verb(
    coders: dict[str, Coder],
) -> None:
    text = (
        "« La France ne restera pas silencieuse face au sort des Arméniens du Haut-Karabakh », "
        "a affirmé la ministre des Affaires étrangères, Catherine Colonna, qui a exigé que "
        "Bakou garantisse un accès humanitaire sans entrave à l’enclave."
    )
    article = make_article(text, "fr")
    for name, country, form in (
        ("Catherine Colonna", "FRA", "Catherine Colonna"),
        ("Azerbaijan", "AZE", "Bakou"),
    ):
        start = text.index(form)
        kind: ActorKind = "person" if country == "FRA" else "country"
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, kind, country, "GOV", mentions=[mention]))
    found = {described(article, e) for e in coders["fr"].code_article(article)}
    assert ("REQUEST", frozenset({"FRA"}), frozenset({"AZE"}), "asserted") in found


@pytest.mark.model
def test_a_phrase_names_a_side_before_a_person_of_no_known_country(
    coders: dict[str, Coder],
) -> None:
    text = "Indian missiles struck Pakistani air bases including Nur Khan, near Rawalpindi."
    article = make_article(text, "en")
    for name, country, form in (
        ("India", "IND", "Indian"),
        ("Pakistan", "PAK", "Pakistani"),
        ("Nur Khan", None, "Nur Khan"),
    ):
        start = text.index(form)
        kind: ActorKind = "person" if country is None else "country"
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, kind, country, mentions=[mention]))
    found = {described(article, e) for e in coders["en"].code_article(article)}
    assert ("ASSAULT", frozenset({"IND"}), frozenset({"PAK"}), "asserted") in found


def test_the_salient_state_may_need_a_share_of_the_excluded_ones_mentions() -> None:
    article = Article(
        raw=TEXT,
        text=TEXT,
        actors=[actor("bo", "BOL", *range(0, 80, 10)), actor("us", "USA", 85, 90, 95)],
    )
    index = ActorIndex(article)
    assert [a.id for a in index.salient(frozenset({"BOL"}), 3)] == ["us"]
    assert index.salient(frozenset({"BOL"}), 3, share=0.5) == []
    assert [a.id for a in index.salient(frozenset({"BOL"}), 3, share=0.25)] == ["us"]


def test_an_official_the_article_described_acts_for_the_organisation_of_their_title() -> None:
    text = "The envoy of the African Union, Alice Mwangi, spoke. The United Nations did not."
    au = Actor("org:au", "African Union", "organization", None, sector="IGO",
               mentions=[Span(17, 30, "African Union")])  # fmt: skip
    un = Actor("org:un", "United Nations", "organization", None, sector="IGO",
               mentions=[Span(57, 71, "United Nations")])  # fmt: skip
    mwangi = Actor("person:alice-mwangi", "Alice Mwangi", "person", None, sector="IGO",
                   mentions=[Span(32, 44, "Alice Mwangi")])  # fmt: skip
    article = Article(raw=text, text=text, actors=[au, un, mwangi], published=None)
    assert ActorIndex(article).side(mwangi) is au  # not the UN, named in the next sentence
