"""Quoted words that name a work or a campaign (:mod:`newsgraph.quotes.works`), on passages
built by hand: a title that holds a clause is no quotation, words a person says are."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Son dernier livre, « Ce que nous devons à l'Europe », s'est vendu à cent mille "
        "exemplaires.",
        "Le documentaire « Ils ont tout perdu à Gaza » sera diffusé dimanche sur France 2.",
        "L'émission « C'est pas tous les jours dimanche » a invité le ministre de l'Intérieur.",
        "Le gouvernement a présenté mercredi son plan intitulé « Agir pour la souveraineté "
        "énergétique ».",
        "Le hashtag « On ne lâche rien » s'est propagé sur les réseaux sociaux.",
        "La chanson « Je ne regrette rien » a été reprise par les manifestants.",
    ],
)
def test_a_title_after_the_noun_it_names_is_no_quote(build: Build, text: str) -> None:
    assert quotes_of(build(text, "fr", PEOPLE)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Dans son livre, il écrit : « Nous avons perdu trop de temps en Europe. »",
            "Nous avons perdu trop de temps en Europe.",
        ),
        (
            "« Nous ne reculerons pas », a déclaré le ministre à propos du plan.",
            "Nous ne reculerons pas",
        ),
        (
            "Le ministre a appelé « à la plus grande retenue » après les frappes.",
            "à la plus grande retenue",
        ),
        (
            "Selon le ministre, l'opération « se poursuivra jusqu'à ce que tous les objectifs "
            "soient atteints ».",
            "se poursuivra jusqu'à ce que tous les objectifs soient atteints",
        ),
    ],
)
def test_words_said_near_such_a_noun_stay_quotes(build: Build, text: str, words: str) -> None:
    assert [q[0] for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]] == [words]


@pytest.mark.parametrize(
    "text",
    [
        'The documentary "They Lost Everything in Gaza" will air on Sunday.',
        'The government unveiled a plan titled "Energy Belongs to All of Us" on Wednesday.',
        'Her memoir, "What We Owe to Europe", sold a hundred thousand copies.',
    ],
)
def test_an_english_title_after_the_noun_it_names_is_no_quote(build: Build, text: str) -> None:
    assert quotes_of(build(text, "en", PEOPLE)) == []


def test_english_words_called_something_stay_a_quote(build: Build) -> None:
    text = 'The minister called the plan "a betrayal of everything we fought for" on Monday.'
    assert [q[0] for q in quotes_of(build(text, "en", PEOPLE))] == [
        "a betrayal of everything we fought for"
    ]
