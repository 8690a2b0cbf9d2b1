"""A speech tag with a subject clitic set off inside a quote (:mod:`newsgraph.quotes.inside`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of, speaker_words
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Nadia Haddad": ("person", ["Nadia Haddad"]),
    "Paul Garnier": ("person", ["Paul Garnier"]),
}


@pytest.mark.parametrize(
    ("quote", "clitic"),
    [
        (
            "« Les discussions ont été constructives, a-t-il indiqué à la télévision, mais "
            "aucun accord n'est en vue. »",
            "-t-il",
        ),
        ("« Nous partons de zéro, dit-elle. Mais nous avons un plan. »", "-elle"),
    ],
)
def test_a_clitic_tag_inside_the_quote_is_its_speaker(
    build: Build, quote: str, clitic: str
) -> None:
    text = f"La ministre a présenté son plan lundi. {quote}"
    words = speaker_words(build(text, "fr", CAST), direct_only=True)
    assert list(words.values()) == [clitic]


def test_the_clitic_finds_its_antecedent_paragraphs_before(build: Build) -> None:
    text = (
        "Nadia Haddad a pris ses fonctions de ministre de l'Économie il y a trois mois, "
        "au lendemain de la démission de son prédécesseur.\n\n"
        "Le Liban n'a plus de budget voté depuis 2022 et la banque centrale est sans "
        "gouverneur depuis le mois d'août.\n\n"
        "« Nous partons de zéro, dit-elle. Mais nous avons un plan. »"
    )
    assert [name for _, name, _ in quotes_of(build(text, "fr", CAST))] == ["Nadia Haddad"]


def test_a_clitic_verb_inside_the_quote_that_tags_nothing_is_no_speaker(build: Build) -> None:
    text = "Paul Garnier a parlé lundi. « Je le répète, dit-il souvent aux élus »"
    words = speaker_words(build(text, "fr", CAST), direct_only=True)
    assert "-il" not in words.values()
