"""Whether a title fits the person it is given to (:mod:`newsgraph.quotes.roles`): a title of
one kind of office is not given to a person the knowledge base knows in an office of another
kind; the speaker is then the next person who fits, or the state the title speaks for."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article
from newsgraph.article import Actor
from newsgraph.quotes.roles import clash, held

from .build import Cast, quotes_of
from .conftest import Build


@pytest.mark.parametrize(
    ("title", "role", "contradicts"),
    [
        ("foreign_minister", "head_of_state", True),
        ("defense_minister", "head_of_government", True),
        ("spokesperson", "head_of_state", True),
        ("head_of_state", "foreign_minister", True),
        ("head_of_state", "vice_president", True),
        ("defense_minister", "foreign_minister", True),
        ("head_of_state", "head_of_government", False),
        ("minister", "foreign_minister", False),
        ("foreign_minister", "secretary_of_state", False),
        ("ambassador", "head_of_state", False),
        ("foreign_minister", "adviser", False),
    ],
)
def test_a_title_contradicts_a_role_of_another_office(
    title: str, role: str, contradicts: bool
) -> None:
    assert clash(title, role) is contradicts


def test_the_roles_held_are_those_of_the_article_day() -> None:
    putin = Actor(id="a0", name="Vladimir Putin", kind="person", role="head of state")
    borne = Actor(id="a1", name="Élisabeth Borne", kind="person", role="head of government")
    dupont = Actor(id="a2", name="Jean Dupont", kind="person", role="interior minister")
    assert held(putin, dt.date(2024, 11, 5)) == {"head_of_state"}
    assert held(borne, dt.date(2025, 10, 8)) == set()  # no longer Prime Minister: stale
    assert held(dupont, dt.date(2025, 10, 8)) == {"interior_minister"}  # as the article says


def _dated(build: Build, text: str, lang: str, cast: Cast, countries: dict[str, str]) -> Article:
    """The article of ``text``, published on 5 November 2024, its actors of ``countries``."""
    article = build(text, lang, cast)
    article.published = dt.date(2024, 11, 5)
    for actor in article.actors:
        actor.country = countries[actor.name]
    return article


RUSSIA = {"Vladimir Putin": "RUS", "Sergei Lavrov": "RUS", "Russia": "RUS", "Viktor Orbán": "HUN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "cast"),
    [
        (
            "Vladimir Poutine a reçu mardi Viktor Orban à Moscou. « Nous ne céderons pas aux "
            "pressions », a déclaré le ministre russe des Affaires étrangères.",
            "fr",
            {
                "Vladimir Putin": ("person", ["Vladimir Poutine"]),
                "Viktor Orbán": ("person", ["Viktor Orban"]),
                "Russia": ("country", ["russe"]),
            },
        ),
        (
            "Vladimir Putin received Viktor Orban in Moscow on Tuesday. \u201cWe will not yield "
            "to pressure,\u201d the Russian foreign minister said.",
            "en",
            {
                "Vladimir Putin": ("person", ["Vladimir Putin"]),
                "Viktor Orbán": ("person", ["Viktor Orban"]),
                "Russia": ("country", ["Russian"]),
            },
        ),
    ],
)
def test_a_minister_s_title_is_not_a_head_of_state_s(
    build: Build, text: str, lang: str, cast: Cast
) -> None:
    article = _dated(build, text, lang, cast, RUSSIA)
    assert [name for _, name, _ in quotes_of(article)] == ["Russia"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "cast"),
    [
        (
            "Sergueï Lavrov est arrivé lundi à Pékin. Vladimir Poutine l'a rejoint mardi. « Rien "
            "n'a changé », a déclaré le chef de la diplomatie russe.",
            "fr",
            {
                "Sergei Lavrov": ("person", ["Sergueï Lavrov"]),
                "Vladimir Putin": ("person", ["Vladimir Poutine"]),
                "Russia": ("country", ["russe"]),
            },
        ),
        (
            "Sergei Lavrov arrived in Beijing on Monday. Vladimir Putin joined him on Tuesday. "
            "\u201cNothing has changed,\u201d the Russian foreign minister said.",
            "en",
            {
                "Sergei Lavrov": ("person", ["Sergei Lavrov"]),
                "Vladimir Putin": ("person", ["Vladimir Putin"]),
                "Russia": ("country", ["Russian"]),
            },
        ),
    ],
)
def test_a_refused_title_goes_to_the_next_person_who_fits(
    build: Build, text: str, lang: str, cast: Cast
) -> None:
    article = _dated(build, text, lang, cast, RUSSIA)
    assert [name for _, name, _ in quotes_of(article)] == ["Sergei Lavrov"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "cast", "speaker"),
    [
        (
            "Benjamin Netanyahu a rencontré lundi l'envoyé américain. « Aucune décision n'a été "
            "prise », a déclaré le ministre israélien de la Défense.",
            "fr",
            {
                "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu"]),
                "Israel": ("country", ["israélien"]),
            },
            "Israel",
        ),
        (
            "Benjamin Netanyahu met the US envoy on Monday. \u201cNo decision has been made,"
            "\u201d the Israeli defence minister said.",
            "en",
            {
                "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu"]),
                "Israel": ("country", ["Israeli"]),
            },
            "Israel",
        ),
        (
            "Benjamin Netanyahu a rencontré lundi l'envoyé américain. « Aucune décision n'a été "
            "prise », a déclaré le Premier ministre israélien.",
            "fr",
            {
                "Benjamin Netanyahu": ("person", ["Benjamin Netanyahu"]),
                "Israel": ("country", ["israélien"]),
            },
            "Benjamin Netanyahu",
        ),
    ],
)
def test_a_defence_minister_s_title_is_not_a_prime_minister_s(
    build: Build, text: str, lang: str, cast: Cast, speaker: str
) -> None:
    countries = {"Benjamin Netanyahu": "ISR", "Israel": "ISR"}
    article = _dated(build, text, lang, cast, countries)
    assert [name for _, name, _ in quotes_of(article)] == [speaker]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "cast"),
    [
        (
            "Antony Blinken est arrivé lundi au Caire. « Nous voulons un cessez-le-feu », a "
            "déclaré le président américain.",
            "fr",
            {
                "Antony Blinken": ("person", ["Antony Blinken"]),
                "United States": ("country", ["américain"]),
            },
        ),
        (
            "Antony Blinken arrived in Cairo on Monday. \u201cWe want a ceasefire,\u201d the "
            "American president said.",
            "en",
            {
                "Antony Blinken": ("person", ["Antony Blinken"]),
                "United States": ("country", ["American"]),
            },
        ),
    ],
)
def test_the_president_s_title_is_not_a_minister_s(
    build: Build, text: str, lang: str, cast: Cast
) -> None:
    countries = {"Antony Blinken": "USA", "United States": "USA"}
    article = _dated(build, text, lang, cast, countries)
    assert [name for _, name, _ in quotes_of(article)] == ["United States"]
