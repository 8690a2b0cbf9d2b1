"""Speakers' words that name no actor's mention (:mod:`newsgraph.quotes.described`): unnamed
officials and spokesmen, titles, surnames and descriptions."""

from __future__ import annotations

import re

import pytest

from newsgraph.article import Actor, Span
from newsgraph.quotes import find, load

from .build import Cast, quotes_of
from .casts import RESOLVE_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def test_an_unnamed_official_of_a_ministry_speaks_for_the_state(build: Build) -> None:
    text = (
        "Washington supports \u201ca peaceful resolution of this dispute\u201d, according to "
        "a State Department spokesperson. The State Department said it had called both "
        "governments."
    )
    article = build(text, "en", {"United States": ("country", ["Washington"])})
    text_of = article.text
    for actor in article.actors:
        actor.country = "USA"
    department = Actor(
        id="a9",
        name="United States Department of State",
        kind="organization",
        country="USA",
        sector="GOV",
        mentions=[
            Span(m.start(), m.end(), m.group())
            for m in re.finditer("State Department( spokesperson)?", text_of)
        ],
    )
    article.actors.append(department)
    assert [speaker for _, speaker, _ in quotes_of(article)] == [
        "United States",
        "United States Department of State",
    ]


def test_an_unnamed_official_speaks_for_the_state_his_statement_is_about(build: Build) -> None:
    text = (
        "La Chine dément toute implication. Selon un haut responsable gouvernemental, Prague "
        "pourrait restreindre l'accès des entreprises chinoises aux marchés publics."
    )
    cast: Cast = {
        "China": ("country", ["Chine", "chinoises"]),
        "Czech Republic": ("country", ["Prague"]),
    }
    found = [q for q in quotes_of(build(text, "fr", cast)) if "Prague" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Czech Republic"]


@pytest.mark.parametrize(
    "text",
    [
        "Les combats ont repris dans la nuit, selon des sources locales et onusiennes.",
        "Les trois pays européens ont averti qu'ils pourraient déclencher le mécanisme.",
    ],
)
def test_several_unnamed_speakers_are_no_actor(build: Build, text: str) -> None:
    article = build(text, "fr", CAST)
    _, found = find(article, load("fr"))
    assert [f.direct for f in found] == [False]  # found, with its speaker's words ...
    assert quotes_of(article) == []  # ... but nobody known says it


def test_an_unnamed_official_of_a_person_speaks_for_that_person(build: Build) -> None:
    text = (
        "Nigerian President Bola Tinubu urged the three leaders on Tuesday to reconsider, "
        "his spokesman said."
    )
    cast: Cast = {"Bola Tinubu": ("person", ["Bola Tinubu"])}
    assert [speaker for _, speaker, _ in quotes_of(build(text, "en", cast))] == ["Bola Tinubu"]


def test_an_unnamed_official_speaks_for_the_possessor_named_before(build: Build) -> None:
    text = (
        "Le Programme alimentaire mondial se dit prêt à faire entrer ses convois au Tigré. "
        "Aucun camion n'a pu entrer dans la région depuis août, selon sa porte-parole à Nairobi."
    )
    cast: Cast = {"World Food Programme": ("organization", ["Programme alimentaire mondial"])}
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for _, speaker, _ in found] == ["World Food Programme"] * len(found)
    assert found


def test_an_unnamed_official_speaks_for_the_body_a_noun_before_his_title_names(
    build: Build,
) -> None:
    text = (
        "The Commission denied striking any deal with Budapest. \u201cThe money was released "
        "because Hungary met the conditions,\u201d a Commission spokesperson said."
    )
    cast: Cast = {
        "European Commission": ("organization", ["The Commission"]),
        "Hungary": ("country", ["Budapest", "Hungary"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["European Commission"]


def test_a_surname_alone_names_the_person_named_in_full(build: Build) -> None:
    text = (
        "Ukrainian forces fought North Korean soldiers, President Volodymyr Zelenskiy said.\n\n"
        "\u201cThe first battles open a new page of instability,\u201d Zelenskiy said."
    )
    cast: Cast = {"Volodymyr Zelensky": ("person", ["President Volodymyr Zelenskiy"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Volodymyr Zelensky"]


def test_an_indefinite_description_is_no_person_named_before(build: Build) -> None:
    text = (
        "Molly Phee met the junta in Niamey. \u201cThe door is not closed,\u201d a senior US "
        "official said."
    )
    cast: Cast = {
        "Molly Phee": ("person", ["Molly Phee", "US official"]),
        "United States": ("country", ["US"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "USA"
    found = quotes_of(article)
    assert [speaker for _, speaker, direct in found if direct] == ["United States"]


def test_a_definite_title_of_a_state_names_its_person_mentioned_last(build: Build) -> None:
    text = (
        "Il a fallu vingt minutes à Ramtane Lamamra pour dérouler le réquisitoire. Au terme de "
        "sa lecture, le ministre algérien des Affaires étrangères a prononcé la phrase : "
        "« L'Algérie a décidé de rompre les relations diplomatiques. »"
    )
    cast: Cast = {
        "Ramtane Lamamra": ("person", ["Ramtane Lamamra"]),
        "Algeria": ("country", ["algérien", "L'Algérie"]),
    }
    article = build(text, "fr", cast)
    for actor in article.actors:
        actor.country = "DZA"
    found = [q for q in quotes_of(article) if "rompre" in q[0]]
    assert [name for _, name, _ in found] == ["Ramtane Lamamra"]


def test_a_definite_title_names_the_last_person_of_its_sector(build: Build) -> None:
    text = (
        "L'argument ne convainc pas l'archevêque Bagrat Galstanian, qui a pris la tête du "
        "mouvement. Dimanche, des milliers de personnes ont exigé la démission du Premier "
        "ministre. Le prélat a affirmé : « Nous ne quitterons pas la rue. »"
    )
    cast: Cast = {
        "Bagrat Galstanian": ("person", ["Bagrat Galstanian"]),
        "Nikol Pashinyan": ("person", ["Premier ministre"]),
    }
    article = build(text, "fr", cast)
    for actor, sector in zip(article.actors, ("REL", "GOV"), strict=True):
        actor.sector = sector
    found = [q for q in quotes_of(article) if "quitterons" in q[0]]
    assert [name for _, name, _ in found] == ["Bagrat Galstanian"]


def test_a_passive_subject_is_what_a_possessive_official_speaks_for(build: Build) -> None:
    text = (
        "Luis Almagro condemned the actions of the army. U.N. Secretary-General Antonio "
        'Guterres was "deeply concerned by the developments in Bolivia" and called for '
        "respect for the democratic order, his spokesman said."
    )
    cast: Cast = {
        "Luis Almagro": ("person", ["Luis Almagro"]),
        "Antonio Guterres": ("person", ["Antonio Guterres"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "deeply" in q[0]]
    assert [name for _, name, _ in found] == ["Antonio Guterres"]


def test_an_unnamed_military_spokesman_speaks_for_the_armed_forces(build: Build) -> None:
    text = (
        "L'armée israélienne a affirmé avoir ouvert le feu sur des suspects au Liban. « Ces "
        "individus pénétraient dans une zone où leur présence constitue une violation de "
        "l'accord », a précisé un porte-parole militaire."
    )
    cast: Cast = {
        "Israel Defense Forces": ("organization", ["armée israélienne"]),
        "Lebanon": ("country", ["Liban"]),
    }
    article = build(text, "fr", cast)
    for actor in article.actors:
        actor.sector = "MIL" if actor.kind == "organization" else "GOV"
    found = [name for words, name, _ in quotes_of(article) if "individus" in words]
    assert found == ["Israel Defense Forces"]


def test_a_family_name_written_first_names_the_one_person_it_opens(build: Build) -> None:
    text = (
        'Spokeswoman Lin Meiyu said the sale was a mistake. Lin said Beijing "will take all '
        'necessary measures" to defend its interests.'
    )
    cast: Cast = {"Lin Meiyu": ("person", ["Lin Meiyu"])}
    quotes = quotes_of(build(text, "en", cast))
    assert quotes[-1] == (
        'Beijing "will take all necessary measures" to defend its interests',
        "Lin Meiyu",
        True,
    )
