"""Generic bodies and people named with another actor's words, on hand-built articles (no model)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsgraph import Article, lang
from newsgraph.actors.bodies import BodyFinder
from newsgraph.actors.bodywords import BodyWords
from newsgraph.actors.descriptors import DescriptorFinder
from newsgraph.actors.gazetteer import Gazetteer, tokens
from newsgraph.actors.index import ActorIndex, LanguageCues, Title
from newsgraph.actors.owners import apposed, owner_country, sentence_state, titled_organisations
from newsgraph.actors.people import PersonInfo
from newsgraph.actors.registry import MemoryRegistry
from newsgraph.actors.resolve import ArticleActors
from newsgraph.article import Entity, Span
from newsgraph.knowledge import CountryMatch, KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _bodies(
    kb: KnowledgeBase, code: str, text: str, orgs: list[str], home: str | None = None
) -> list[tuple[str, str, str]]:
    names: Gazetteer[CountryMatch] = Gazetteer()
    for phrase in kb.phrases():
        if isinstance(phrase.value, CountryMatch) and phrase.lang in (None, code):
            names.add(phrase.text, phrase.value)
    toks = tokens(text)
    words = BodyWords.from_data(lang.load(code, "actors"))
    finder = BodyFinder(text, toks, words, LanguageCues.load(code), names.find(text, toks), home)
    spans = [(text.index(org), text.index(org) + len(org)) for org in orgs]
    return [(b.name, b.sector, b.country) for b in finder.find(spans, [])]


def test_apposition_and_possessive_owner() -> None:
    text = "Kari Solberg, leader of the Liberal Party. Then the Party"
    assert apposed(text, 12, text.index("Liberal"))
    assert not apposed(text, 12, text.rindex("Party"))
    abiy = PersonInfo(name="Abiy Ahmed", country="ETH")
    possessives = LanguageCues.load("en").possessives
    assert owner_country("Abiy’s adviser", 7, [abiy], frozenset({"ETH"}), possessives) == "ETH"
    assert owner_country("Abiy’s adviser", 7, [abiy], frozenset(), possessives) is None


def _sentence_state(text: str, name: str, states: dict[str, str]) -> str | None:
    """The country ``sentence_state`` gives an official ``name`` of no known country, with a
    state mention wherever a word of ``states`` stands."""
    start = text.index(name)
    info = PersonInfo(name=name, sector="GOV", role="official", role_key="official")
    info.spans.append((start, start + len(name)))
    mentions = sorted(
        (m.start(), code) for word, code in states.items() for m in re.finditer(word, text)
    )
    sentence_state(text, [info], mentions, frozenset({"GOV"}))
    return info.country


def test_an_official_serves_the_state_first_named_in_their_sentence() -> None:
    french = "L'Éthiopie a signé. Les États-Unis, dont l'émissaire, Jean Morel, salue l'Éthiopie."
    states = {"Éthiopie": "ETH", "États-Unis": "USA"}
    assert _sentence_state(french, "Jean Morel", states) == "USA"
    english = "Sudan signed. Kenya, next to Sudan, reacted: the minister, Paul Otieno, said."
    states = {"Sudan": "SDN", "Kenya": "KEN"}
    assert _sentence_state(english, "Paul Otieno", states) == "KEN"


def test_a_state_named_in_a_quotation_or_another_sentence_is_not_the_official_s() -> None:
    french = "« La Russie doit payer », a averti le ministre, Ali Saleh. La Chine a réagi."
    assert _sentence_state(french, "Ali Saleh", {"Russie": "RUS", "Chine": "CHN"}) is None
    english = "Russia attacked Odesa. The regional governor, Oleh Petrenko, said."
    assert _sentence_state(english, "Oleh Petrenko", {"Russia": "RUS"}) is None


def test_an_organisation_a_title_follows_is_a_person() -> None:
    text = "Vadim Krasikov, an officer of the security service, was freed. Democratic Party, a "
    text += "member of the coalition, won."
    toks = tokens(text)
    titles: Gazetteer[Title] = Gazetteer()
    titles.add("officer", Title("officer", "officer", "official", "GOV"), acronym=False)
    titles.add("member", Title("member", "member", "member", None), acronym=False)
    finder = DescriptorFinder(text, toks, titles.find(text, toks), [], LanguageCues.load("en"))
    entities = [
        Entity(0, 14, "Vadim Krasikov", "ORG", "ORG"),
        Entity(63, 79, "Democratic Party", "ORG", "ORG"),  # an institution word: a body
    ]
    assert text[63:79] == "Democratic Party"
    assert titled_organisations(entities, toks, finder, [], {"party"}) == [(0, 14)]
    assert titled_organisations(entities, toks, finder, [(0, 5)], {"party"}) == []  # taken


def test_a_place_or_thing_a_title_follows_is_a_person() -> None:
    text = "Lars Klingbeil, co-leader of the party, said so. Baltic Star, a ship, sank."
    toks = tokens(text)
    titles: Gazetteer[Title] = Gazetteer()
    titles.add("co-leader", Title("co-leader", "leader", "leader", "PTY"), acronym=False)
    finder = DescriptorFinder(text, toks, titles.find(text, toks), [], LanguageCues.load("en"))
    entities = [
        Entity(0, 14, "Lars Klingbeil", "PLACE", "GPE"),
        Entity(49, 60, "Baltic Star", "MISC", "MISC"),  # no title follows: a ship
    ]
    assert text[49:60] == "Baltic Star"
    assert titled_organisations(entities, toks, finder, [], {"party"}) == [(0, 14)]
    dated = [Entity(0, 14, "Lars Klingbeil", "DATE", "DATE")]  # a label no name is misread as
    assert titled_organisations(dated, toks, finder, [], {"party"}) == []


def test_a_french_name_read_as_a_thing_is_a_person_when_a_title_follows() -> None:
    text = "Gegham Stepanian, le médiateur de la région, a parlé. Home Office, le ministère, a dit."
    toks = tokens(text)
    titles: Gazetteer[Title] = Gazetteer()
    titles.add("médiateur", Title("médiateur", "ombudsman", "ombudsman", "GOV"), acronym=False)
    finder = DescriptorFinder(text, toks, titles.find(text, toks), [], LanguageCues.load("fr"))
    entities = [
        Entity(0, 16, "Gegham Stepanian", "MISC", "MISC"),
        Entity(54, 65, "Home Office", "MISC", "MISC"),  # the ministry is no person's title
    ]
    assert text[54:65] == "Home Office"
    assert titled_organisations(entities, toks, finder, [], {"ministère"}) == [(0, 16)]


def test_french_bodies_have_their_head_word_first(kb: KnowledgeBase) -> None:
    text = "Le Parlement azerbaïdjanais a voté. Le parti Demokraatit a gagné."
    found = _bodies(kb, "fr", text, ["Parlement azerbaïdjanais"], home="GRL")
    assert found == [
        ("Parlement azerbaïdjanais", "LEG", "AZE"),
        ("parti Demokraatit", "OPP", "GRL"),  # a lower-case head and the capitalised name after
    ]


def test_a_ministry_is_a_body_of_its_state(kb: KnowledgeBase) -> None:
    text = "Turkey's Ministry of Culture said so, and the Ministry of Sport agreed."
    found = _bodies(kb, "en", text, ["Ministry of Culture", "Ministry of Sport"], home="FRA")
    assert found == [("Ministry of Culture", "STATE", "TUR")]  # never the dateline's state


def test_a_ministry_folds_into_its_state(kb: KnowledgeBase) -> None:
    text = "Turkey's Ministry of Culture said on Tuesday that the exhibition would open."
    start = text.index("Ministry")
    entity = Entity(start, start + 19, "Ministry of Culture", "ORG", "ORG")
    article = Article(raw=text, text=text, language="en", published=dt.date(2025, 3, 5),
                      paragraphs=[Span(0, len(text), text)], entities=[entity])  # fmt: skip
    actors, _ = ArticleActors(article, ActorIndex(kb, ["en"]), MemoryRegistry()).build()
    turkey = next(a for a in actors if a.id == "TUR")
    assert (start, start + 19) in [(m.start, m.end) for m in turkey.mentions]
    assert not [a for a in actors if a.kind == "organization"]
