"""Institutions as speakers (:mod:`newsgraph.quotes.described`): ministries, governments,
embassies, seats of government and organisation nouns speak for their state or body."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Span

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_ministry_the_tagger_takes_for_a_name_folds_into_its_state(build: Build) -> None:
    text = (
        "Germany was hit by a cyberattack in April. It has recalled its ambassador, the "
        "foreign ministry said on Monday."
    )
    found = quotes_of(build(text, "en", {"Germany": ("country", ["Germany"])}))
    assert found == [("It has recalled its ambassador", "Germany", False)]


def test_a_seat_of_government_speaks_for_its_state(build: Build) -> None:
    text = (
        "Washington and Moscow resumed talks. The White House said the talks had been "
        "productive, but the Kremlin said that no date had been set for a summit."
    )
    article = build(text, "en", {"United States": ("country", ["Washington"])})
    article.actors[0].country = "USA"
    for number, (name, country) in enumerate((("White House", "USA"), ("Kremlin", "RUS"))):
        article.actors.append(
            Actor(
                id=f"s{number}",
                name=name,
                kind="organization",
                country=country,
                sector="GOV",
                mentions=[Span(text.index(name), text.index(name) + len(name), name)],
            )
        )
    # the Kremlin stays itself when the article does not name its state
    assert [speaker for _, speaker, _ in quotes_of(article)] == ["United States", "Kremlin"]


def test_a_government_body_no_actor_speaks_for_its_state(build: Build) -> None:
    text = (
        "The Philippines said two of the dead were Filipino seafarers. \u201cWe condemn this "
        "attack on a civilian vessel,\u201d the Department of Migrant Workers said."
    )
    cast: Cast = {"Philippines": ("country", ["The Philippines"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["Philippines"]


def test_an_embassy_speaks_for_its_state(build: Build) -> None:
    text = (
        "Washington laid the blame on the Houthis. \u201cThey have killed international "
        "seafarers,\u201d the embassy said."
    )
    cast: Cast = {"United States": ("country", ["Washington"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, direct in found if direct] == ["United States"]


def test_a_definite_organisation_noun_names_the_organisation_mentioned_last(
    build: Build,
) -> None:
    text = (
        "The World Food Programme sent 40 trucks into Tigray on Monday. The agency said it hoped "
        "to send more trucks next month."
    )
    cast: Cast = {"World Food Programme": ("organization", ["The World Food Programme"])}
    found = quotes_of(build(text, "en", cast))
    assert [speaker for _, speaker, _ in found] == ["World Food Programme"]


def test_a_government_named_after_its_leader_speaks_for_the_state(build: Build) -> None:
    text = (
        "In Seoul the picture was different. President Yoon Suk Yeol's government said it saw "
        "no scientific problem with the plan."
    )
    cast: Cast = {
        "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
        "South Korea": ("country", ["Seoul"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "KOR"
    assert [name for _, name, _ in quotes_of(article)] == ["South Korea"]


def test_a_government_named_by_a_possessive_is_its_leader_s_state(build: Build) -> None:
    text = (
        "The talks were hosted in Washington. It was Yoon Suk Yeol who broke the ice. In March "
        "his government announced that the victims would be compensated by a local foundation."
    )
    cast: Cast = {
        "United States": ("country", ["Washington"]),
        "South Korea": ("country", ["South Korean"]),
        "Yoon Suk Yeol": ("person", ["Yoon Suk Yeol"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = {"United States": "USA", "South Korea": "KOR"}.get(actor.name, "KOR")
    found = [q for q in quotes_of(article) if "compensated" in q[0]]
    assert [name for _, name, _ in found] == ["South Korea"]


def test_a_leader_s_office_speaks_for_the_leader_s_state_and_so_does_it_after(
    build: Build,
) -> None:
    text = (
        "Hamas fired rockets at Israel from Lebanon on Monday. Netanyahu's office said the "
        "army would respond. It added that talks with Washington would go on."
    )
    cast: Cast = {
        "Benjamin Netanyahu": ("person", ["Netanyahu"]),
        "Israel": ("country", ["Israel"]),
        "Lebanon": ("country", ["Lebanon"]),
        "United States": ("country", ["Washington"]),
        "Hamas": ("group", ["Hamas"]),
    }
    article = build(text, "en", cast)
    codes = {"Lebanon": "LBN", "United States": "USA", "Hamas": "PSE"}
    for actor in article.actors:
        actor.country = codes.get(actor.name, "ISR")
    assert [name for _, name, _ in quotes_of(article)] == ["Israel", "Israel"]


def test_a_named_body_of_a_state_speaks_before_the_state_its_words_hold(build: Build) -> None:
    text = (
        "Le Bureau des affaires de Taïwan du gouvernement chinois l'a accusé de vouloir "
        "« provoquer une confrontation »."
    )
    cast: Cast = {
        "China": ("country", ["Bureau des affaires de Taïwan du gouvernement chinois"]),
        "Taiwan Affairs Office": ("organization", ["Bureau des affaires de Taïwan"]),
    }
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Taiwan Affairs Office"]


def test_a_ministry_named_after_its_spokesman_is_his_state(build: Build) -> None:
    text = (
        '"This is an extremely selfish act," foreign ministry spokesman Wang Wenbin told '
        "reporters. The same day, Tokyo's ambassador was summoned to hear what the ministry "
        'called "solemn representations and a strong protest."'
    )
    cast: Cast = {
        "Wang Wenbin": ("person", ["ministry spokesman", "Wang Wenbin"]),
        "China": ("country", ["China"]),
        "Japan": ("country", ["Tokyo"]),
    }
    article = build(text, "en", cast)
    for actor in article.actors:
        actor.country = "JPN" if actor.name == "Japan" else "CHN"
    found = [name for words, name, _ in quotes_of(article) if "solemn" in words]
    assert found == ["China"]


def test_a_bare_government_refers_back_only_into_its_passage(build: Build) -> None:
    text = (
        "Il a exhorté le gouvernement français à sanctionner le régime de Bakou.\n\n"
        "Dimanche, des milliers de personnes se sont rassemblées à Erevan.\n\n"
        "Hier, des manifestants ont bloqué la capitale arménienne. Le gouvernement a exclu "
        "toute démission et accusé l'opposition de vouloir « déstabiliser le pays par la rue »."
    )
    cast: Cast = {
        "France": ("country", ["gouvernement français"]),
        "Azerbaijan": ("country", ["Bakou"]),
        "Armenia": ("country", ["Erevan", "arménienne"]),
    }
    found = [name for words, name, _ in quotes_of(build(text, "fr", cast)) if "rue" in words]
    assert found == ["Armenia"]


def test_an_organisation_noun_with_none_before_it_names_its_statements_subject(
    build: Build,
) -> None:
    text = (
        "NATO will deploy 700 additional troops to northern Kosovo after clashes with "
        "protesters, the alliance said on Tuesday."
    )
    cast: Cast = {
        "NATO": ("organization", ["NATO"]),
        "Kosovo": ("country", ["Kosovo"]),
    }
    found = quotes_of(build(text, "en", cast))
    assert [speaker for words, speaker, _ in found if "troops" in words] == ["NATO"]


def test_those_of_a_definite_organisation_noun_speak_for_it(build: Build) -> None:
    text = (
        "Le Mercosur s'est réuni jeudi à Brasilia.\n\n"
        "Dans une déclaration commune, les pays du bloc ont exhorté Caracas à s'abstenir de "
        "toute « action unilatérale susceptible d'aggraver la situation »."
    )
    cast: Cast = {
        "Mercosur": ("organization", ["Le Mercosur"]),
        "Venezuela": ("country", ["Caracas"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for words, speaker, _ in found if "aggraver" in words] == ["Mercosur"]


def test_an_unnamed_ministry_is_the_state_only_quotes_named_before_it(build: Build) -> None:
    text = (
        "« C'est d'abord une victoire du peuple sénégalais », a déclaré le député Abdoulaye "
        "Ndour.\n\n"
        "La répression des manifestations a fait trois morts. Le ministère de l'Intérieur "
        "nie que les forces de l'ordre aient tiré à balles réelles."
    )
    cast: Cast = {
        "Senegal": ("country", ["sénégalais"]),
        "Abdoulaye Ndour": ("person", ["Abdoulaye Ndour"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert [speaker for words, speaker, _ in found if "balles" in words] == ["Senegal"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Norvella said on Wednesday that it had reached a deal with its pilots.\n\n"
            "\u201cWe are glad to have found an agreement,\u201d the company said in a statement.",
            "en",
        ),
        (
            "Norvella a annoncé mercredi un accord avec ses pilotes.\n\n"
            "« Nous sommes heureux d'avoir trouvé un accord », a déclaré l'entreprise.",
            "fr",
        ),
    ],
)
def test_the_company_is_the_organisation_named_before(build: Build, text: str, lang: str) -> None:
    found = quotes_of(build(text, lang, {"Norvella": ("organization", ["Norvella"])}))
    assert [name for _, name, direct in found if direct] == ["Norvella"]
