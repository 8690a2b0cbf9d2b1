"""Partial quotes inside reported speech: the statement around them is the quotation."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Vassily Nebenzia": ("person", ["Vassily Nebenzia", "Nebenzia"]),
    "Olivier Nduhungirehe": ("person", ["Olivier Nduhungirehe", "Nduhungirehe"]),
    "Dmitry Peskov": ("person", ["Dmitry Peskov", "Peskov"]),
    "Jean-Noël Barrot": ("person", ["Jean-Noël Barrot", "Barrot"]),
    "Iran": ("country", ["Iran", "Tehran"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        (
            'Russian Ambassador Vassily Nebenzia said the text gave Israel "a green light" '
            "for a ground offensive.",
            "en",
            'the text gave Israel "a green light" for a ground offensive',
            "Vassily Nebenzia",
        ),
        (
            'Rwandan Foreign Minister Olivier Nduhungirehe said Kigali would "lift its '
            'defensive measures" once the threat had been neutralised.',
            "en",
            'Kigali would "lift its defensive measures"',
            "Olivier Nduhungirehe",
        ),
        (
            "Jean-Noël Barrot a averti que toute attaque contre ces infrastructures entraînerait "
            "« une réponse ferme et collective ».",
            "fr",
            "toute attaque contre ces infrastructures entraînerait « une réponse",
            "Jean-Noël Barrot",
        ),
    ],
)
def test_a_statement_whose_predicate_is_quoted_is_a_direct_quote(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    found = quotes_of(build(text, lang, CAST))
    assert [(q[1], q[2]) for q in found if piece in q[0]] == [(speaker, True)]


def test_a_quote_that_modifies_a_statement_leaves_it_reported(build: Build) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Moscow's relations with Tehran were developing "
        '"in all areas" and were nobody else\'s business.'
    )
    found = quotes_of(build(text, "en", CAST))
    piece = "relations with Tehran were developing"
    assert sorted((q[1], q[2]) for q in found if piece in q[0]) == [
        ("Dmitry Peskov", False),
        ("Dmitry Peskov", True),
    ]
    assert all(q[0] != "in all areas" for q in found)


def test_an_attributed_statement_holding_a_quote_is_its_attribution(build: Build) -> None:
    text = (
        "Moscou dénonce une « agression flagrante contre un État souverain », selon la "
        "mission russe auprès des Nations unies."
    )
    cast: Cast = {"Russia": ("country", ["Moscou", "russe"])}
    found = quotes_of(build(text, "fr", cast))
    assert [(direct, speaker) for _, speaker, direct in found] == [(True, "Russia")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Le ministre Issa Konaté a été entendu. Selon lui, le consul aurait entretenu « des "
            "liens secrets » avec des trafiquants.",
            "le consul aurait entretenu « des liens secrets » avec des trafiquants",
        ),
        (
            "Le ministre Issa Konaté a été entendu. Selon lui, le désarmement des milices "
            "demeure « une condition absolue » de tout accord.",
            "le désarmement des milices demeure « une condition absolue » de tout accord",
        ),
    ],
)
def test_a_clause_told_after_an_opening_attribution_is_reported_with_its_quote(
    build: Build, text: str, statement: str
) -> None:
    cast: Cast = {"Issa Konaté": ("person", ["Issa Konaté"])}
    found = quotes_of(build(text, "fr", cast))
    assert (statement, "Issa Konaté", False) in found
    assert any(direct for _, _, direct in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Issa Konaté a été entendu. Selon lui, le Niger « n'entend pas se mêler "
        "de cette querelle ».",
        "Le ministre Issa Konaté a été entendu. Selon lui, près de 500 « éléments violents » ont "
        "été interpellés depuis le vote.",
    ],
)
def test_an_opening_attribution_of_a_quoted_verb_or_subject_is_the_quote_s(
    build: Build, text: str
) -> None:
    cast: Cast = {"Issa Konaté": ("person", ["Issa Konaté"])}
    found = quotes_of(build(text, "fr", cast))
    assert [direct for _, _, direct in found] == [True]


def test_a_quote_in_a_relative_clause_leaves_the_attributed_statement(build: Build) -> None:
    text = (
        "Selon Bakou, les deux hommes ont succombé aux coups portés par les policiers, ce que "
        "le comité d'enquête russe conteste, évoquant une « insuffisance cardiaque »."
    )
    cast: Cast = {"Azerbaijan": ("country", ["Bakou"]), "Russia": ("country", ["russe"])}
    found = quotes_of(build(text, "fr", cast))
    # the quote is the committee's, whose relative clause it stands in, not Bakou's
    assert [(direct, speaker) for _, speaker, direct in found] == [
        (False, "Azerbaijan"),
        (True, "Russia"),
    ]


def test_a_quote_cued_inside_a_statement_is_the_statement_speaker_s(build: Build) -> None:
    text = (
        "The Russian embassy in Berlin said Germany had offered no evidence and called the "
        "recall \u201canother unfriendly step\u201d."
    )
    cast: Cast = {"Russia": ("country", ["Russian"]), "Germany": ("country", ["Germany"])}
    found = [q for q in quotes_of(build(text, "en", cast)) if q[2]]
    assert [speaker for _, speaker, _ in found] == ["Russia"]


def test_an_unquoted_clause_coordinated_to_a_quoted_one_is_reported(build: Build) -> None:
    text = (
        "Le Premier ministre arménien Nikol Pachinian a répété que l'Arménie « n'a pas "
        "participé et ne participera pas » aux hostilités et que ses forces armées n'étaient "
        "pas présentes au Karabakh."
    )
    cast: Cast = {"Nikol Pashinyan": ("person", ["Nikol Pachinian"])}
    found = quotes_of(build(text, "fr", cast))
    assert (
        "que ses forces armées n'étaient pas présentes au Karabakh",
        "Nikol Pashinyan",
        False,
    ) in found
    assert any(direct for _, _, direct in found)


def test_a_coordinated_clause_with_quoted_words_is_not_split_off(build: Build) -> None:
    text = (
        "Peskov said that doing so would be \u201ca very big mistake\u201d and that Russia "
        "would respond with decisions \u201cthat are unlikely to please\u201d Seoul."
    )
    cast: Cast = {"Dmitry Peskov": ("person", ["Peskov"])}
    found = quotes_of(build(text, "en", cast))
    assert [direct for _, _, direct in found] == [True]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Le ministre a assuré que Paris « condamnait fermement » ces tirs et soutenait "
            "pleinement ses alliés baltes.",
            "fr",
            "soutenait pleinement ses alliés baltes",
        ),
        (
            "Le porte-parole a averti que le pays s'exposait à « une riposte sévère » ainsi "
            "qu'à un isolement diplomatique durable.",
            "fr",
            "un isolement diplomatique durable",
        ),
        (
            'The minister said the general was "lying about the coup" and would have to answer '
            "for it in court.",
            "en",
            "would have to answer for it in court",
        ),
    ],
)
def test_unquoted_words_coordinated_to_quoted_ones_are_reported(
    build: Build, text: str, lang: str, said: str
) -> None:
    found = quotes_of(build(text, lang, {}))
    assert any(said in words and not direct for words, _, direct in found)
    assert any(direct for _, _, direct in found)


def test_a_clause_with_its_own_subject_after_quoted_words_is_not_their_conjunct(
    build: Build,
) -> None:
    text = (
        "Le président a promis de « défendre sans relâche nos agriculteurs » et la France "
        "tentera de réunir une minorité de blocage."
    )
    found = quotes_of(build(text, "fr", {}))
    assert [direct for _, _, direct in found] == [True]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "La ministre Léa Fontanel a répondu aux élus. Selon elle, la hausse des tarifs "
            "n'est qu'une mesure provisoire, et les prix baisseront « dès l'automne prochain ».",
            "la hausse des tarifs n'est qu'une mesure provisoire, et les prix baisseront « dès "
            "l'automne prochain »",
        ),
        (
            "La ministre Léa Fontanel a répondu aux élus. Selon elle, la fermeture du pont est "
            "une décision temporaire, et la circulation reprendra « avant la fin du mois ».",
            "la fermeture du pont est une décision temporaire, et la circulation reprendra "
            "« avant la fin du mois »",
        ),
    ],
)
def test_a_predicate_noun_told_after_an_opening_attribution_is_reported(
    build: Build, text: str, statement: str
) -> None:
    cast: Cast = {"Léa Fontanel": ("person", ["Léa Fontanel"])}
    found = quotes_of(build(text, "fr", cast))
    assert (statement, "Léa Fontanel", False) in found


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Le ministre Issa Konaté a été entendu. Selon lui, le voisin n'a « jamais respecté » "
            "ses engagements sur la pêche depuis la signature du traité de Lomé en 1994.",
            "le voisin n'a « jamais respecté » ses engagements sur la pêche depuis la signature "
            "du traité de Lomé en 1994",
        ),
        (
            "Le ministre Issa Konaté a été entendu. Selon lui, la compagnie publique n'a « pas "
            "honoré » ses contrats de livraison de gaz avec les pays voisins depuis l'hiver.",
            "la compagnie publique n'a « pas honoré » ses contrats de livraison de gaz avec les "
            "pays voisins depuis l'hiver",
        ),
    ],
)
def test_a_clause_told_around_a_few_quoted_words_of_its_verb_is_reported(
    build: Build, text: str, statement: str
) -> None:
    cast: Cast = {"Issa Konaté": ("person", ["Issa Konaté"])}
    found = quotes_of(build(text, "fr", cast))
    assert (statement, "Issa Konaté", False) in found
