"""The person a definite title stands for (:mod:`newsgraph.quotes.titled`): the person named
just before, of the title's gender, rather than nobody or the institution the title names."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "cast", "speaker"),
    [
        (
            "Élisabeth Borne a présenté mardi sa réforme du lycée. « Nous allons revoir les "
            "programmes », a déclaré la ministre de l'Éducation.",
            "fr",
            {"Élisabeth Borne": ("person", ["Élisabeth Borne"])},
            "Élisabeth Borne",
        ),
        (
            "Jean-Noël Barrot est arrivé lundi à Beyrouth. « Nous serons aux côtés du Liban », "
            "a affirmé le ministre devant la presse.",
            "fr",
            {"Jean-Noël Barrot": ("person", ["Jean-Noël Barrot"])},
            "Jean-Noël Barrot",
        ),
        (
            "Ursula von der Leyen a signé l'accord lundi. « Nous resterons unis », a dit la "
            "présidente de la Commission.",
            "fr",
            {
                "Ursula von der Leyen": ("person", ["Ursula von der Leyen"]),
                "European Commission": ("organization", ["présidente de la Commission"]),
            },
            "Ursula von der Leyen",
        ),
        (
            "Ursula von der Leyen signed the deal on Monday. \u201cWe stand united,\u201d the "
            "president of the Commission said.",
            "en",
            {
                "Ursula von der Leyen": ("person", ["Ursula von der Leyen"]),
                "European Commission": ("organization", ["president of the Commission"]),
            },
            "Ursula von der Leyen",
        ),
    ],
)
def test_a_title_stands_for_the_person_named_just_before(
    build: Build, text: str, lang: str, cast: Cast, speaker: str
) -> None:
    article = build(text, lang, cast)
    for actor in article.actors:  # an organisation's head serves it, as the knowledge base says
        if "Commission" in actor.name or actor.name == "Ursula von der Leyen":
            actor.sector = "IGO"
    assert [name for _, name, _ in quotes_of(article)] == [speaker]


def test_a_title_does_not_stand_for_a_person_of_the_other_gender(build: Build) -> None:
    text = (
        "Bruno Retailleau a reçu lundi Giorgia Meloni. « Nous avancerons ensemble », a déclaré "
        "la présidente du Conseil italien."
    )
    cast: Cast = {
        "Bruno Retailleau": ("person", ["Bruno Retailleau"]),
        "Giorgia Meloni": ("person", ["Giorgia Meloni"]),
    }
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Giorgia Meloni"]


def test_a_spokesman_is_not_the_person_named_before(build: Build) -> None:
    text = (
        "Vladimir Poutine a reçu l'émissaire américain. « Aucune rencontre n'est prévue », a "
        "déclaré le porte-parole du Kremlin."
    )
    cast: Cast = {
        "Vladimir Putin": ("person", ["Vladimir Poutine"]),
        "Russia": ("country", ["Kremlin"]),
    }
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Russia"]


def test_a_title_of_another_state_is_not_the_person_named_before(build: Build) -> None:
    text = (
        "Emmanuel Macron a reçu le président turc. « Ce serait une ligne rouge », a déclaré le "
        "ministre russe des Affaires étrangères."
    )
    cast: Cast = {
        "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
        "Russia": ("country", ["russe"]),
    }
    article = build(text, "fr", cast)
    for actor, country in zip(article.actors, ("FRA", "RUS"), strict=True):
        actor.country = country
    assert [name for _, name, _ in quotes_of(article)] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Volodymyr Zelensky a visité Kharkiv lundi. « Nous avons abattu trente drones », a "
            "déclaré l'armée de l'air.",
            "fr",
        ),
        (
            "Volodymyr Zelensky visited Kharkiv on Monday. \u201cWe shot down thirty drones,\u201d "
            "the air force said.",
            "en",
        ),
    ],
)
def test_a_body_of_people_is_not_the_person_named_before(
    build: Build, text: str, lang: str
) -> None:
    cast: Cast = {
        "Volodymyr Zelensky": ("person", ["Volodymyr Zelensky"]),
        "Ukraine": ("country", ["Kharkiv"]),
    }
    assert "Volodymyr Zelensky" not in [name for _, name, _ in quotes_of(build(text, lang, cast))]


@pytest.mark.parametrize(
    ("text", "cast", "speaker"),
    [
        (
            "Emmanuel Macron a appelé à la retenue. « Il faut un cessez-le-feu », a déclaré le "
            "secrétaire général de l'ONU.",
            {
                "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
                "United Nations": ("organization", ["secrétaire général de l'ONU"]),
            },
            "United Nations",
        ),
        (
            "Benjamin Netanyahu a rejeté le plan. « Nous ne déposerons pas les armes », a "
            "déclaré le chef du Hamas.",
            {
                "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu"]),
                "Hamas": ("group", ["chef du Hamas"]),
            },
            "Hamas",
        ),
    ],
)
def test_a_title_of_a_body_is_not_a_leader_of_another(
    build: Build, text: str, cast: Cast, speaker: str
) -> None:
    article = build(text, "fr", cast)
    sides = {"Emmanuel Macron": ("FRA", "GOV"), "United Nations": (None, "IGO")}
    sides |= {"Benjamin Netanyahu": ("ISR", "GOV"), "Hamas": ("PSE", "REB")}
    for actor in article.actors:
        actor.country, actor.sector = sides[actor.name]
    assert [name for _, name, _ in quotes_of(article)] == [speaker]


def test_a_title_takes_up_a_person_named_two_paragraphs_before(build: Build) -> None:
    text = (
        "Claire Morin a ouvert lundi la conférence sur l'assurance chômage.\n\n"
        "Les syndicats et le patronat s'opposent depuis des mois sur la durée d'indemnisation."
        "\n\n« Personne ne repartira les mains vides », a prévenu la ministre."
    )
    cast: Cast = {"Claire Morin": ("person", ["Claire Morin"])}
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Claire Morin"]


def test_a_state_s_title_takes_up_its_minister_two_paragraphs_before(build: Build) -> None:
    text = (
        "Ivan Sorokine a reçu vendredi son homologue hongrois Laszlo Varga.\n\n"
        "Les deux hommes ont parlé d'énergie et de transit.\n\n"
        "« Nous ne céderons à aucune pression », a dit le ministre russe des Affaires étrangères."
    )
    cast: Cast = {
        "Ivan Sorokine": ("person", ["Ivan Sorokine"]),
        "Laszlo Varga": ("person", ["Laszlo Varga"]),
        "Russia": ("country", ["russe"]),
    }
    article = build(text, "fr", cast)
    for actor in article.actors:
        actor.country = {"Ivan Sorokine": "RUS", "Laszlo Varga": "HUN", "Russia": "RUS"}[actor.name]
    assert [name for _, name, _ in quotes_of(article)] == ["Ivan Sorokine"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Opposante de longue date, Lena Varga a appelé la foule à manifester. L'ancienne "
            "diplomate a aussi demandé aux soldats de « rester dans leurs casernes ».",
            "fr",
        ),
        (
            "Lena Varga, an opposition figure, urged the crowd to march. The former diplomat "
            "also called on the police to \u201cdisobey unlawful orders.\u201d",
            "en",
        ),
    ],
)
def test_a_former_title_stands_for_the_person_named_before_not_the_state(
    build: Build, text: str, lang: str
) -> None:
    cast: Cast = {
        "Lena Varga": ("person", ["Lena Varga"]),
        "Moldova": ("country", ["Moldavie", "moldave", "Moldova"]),
    }
    article = build(text, lang, cast)
    assert [name for _, name, _ in quotes_of(article)] == ["Lena Varga"]
