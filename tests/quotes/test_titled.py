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
    assert [name for _, name, _ in quotes_of(build(text, lang, cast))] == [speaker]


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
