"""Long partial quotations (``partial_words`` of the quotes lexicon): quoted words that open
in lower case in the middle of a sentence and are long enough are someone's words whatever
governs them (four words in English, five in French, whose terms run longer); shorter ones
and capitalised ones still need a cue."""

from __future__ import annotations

import pytest

from newsgraph.quotes import load

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Jane Moore": ("person", ["Moore"]),
    "Emmanuel Macron": ("person", ["Macron"]),
    "Paul Verlaine": ("person", ["Paul Verlaine"]),
    "Jean Valdor": ("person", ["Jean Valdor"]),
    "Union des Lacs": ("organization", ["L'Union des Lacs"]),
    "Brenzia": ("state", ["le gouvernement de Brenzia"]),
}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Moore took credit for “bringing jobs back home” in her speech.", "bringing jobs"),
        (
            "Moore spoke of “a new chapter in relations between our two nations” on Friday.",
            "a new chapter",
        ),
        ("Moore's pledge of “no new taxes on the middle class” has come under strain.", "no new"),
        ('Moore demanded "answers about the missing millions" from the minister.', "answers"),
    ],
)
def test_long_lowercase_quoted_words_are_a_quotation_under_any_word(
    build: Build, text: str, words: str
) -> None:
    found = [q for q in quotes_of(build(text, "en", CAST)) if q[2]]
    assert [q[0].split()[: len(words.split())] for q in found] == [words.split()]


def test_the_subject_of_the_verb_above_says_a_long_partial_quotation(build: Build) -> None:
    text = "Jane Moore took credit for “bringing jobs back home” in her speech."
    found = quotes_of(build(text, "en", CAST))
    assert [(words, speaker) for words, speaker, direct in found if direct] == [
        ("bringing jobs back home", "Jane Moore")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moore spoke of “fair trade” at the summit.",
        "Moore spoke of the “counter-terrorist operation regime” at the summit.",
        "Moore spoke of “The Art of the Deal” at the summit.",
        "Moore spoke of the so-called “special military operation in Ukraine” at the summit.",
    ],
)
def test_short_capitalised_hyphenated_or_coined_quoted_words_under_another_word_are_not(
    build: Build, text: str
) -> None:
    assert [q for q in quotes_of(build(text, "en", CAST)) if q[2]] == []


def test_french_quoted_terms_of_four_words_still_need_a_cue(build: Build) -> None:
    # French quotes terms of several words: « zone de défense intégrale »
    text = "Macron a visité la « zone de défense intégrale » du port mardi."
    assert [q for q in quotes_of(build(text, "fr", CAST)) if q[2]] == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Le ministre de la Défense, Paul Verlaine, y voit au contraire « une manœuvre "
            "intolérable de la junte voisine » et accuse Korsa d'armer les rebelles.",
            "une manœuvre intolérable de la junte voisine",
            "Paul Verlaine",
        ),
        (
            "Le médiateur, Jean Valdor, a parlé d'« un nouveau départ pour la province ».",
            "un nouveau départ pour la province",
            "Jean Valdor",
        ),
    ],
)
def test_french_long_lowercase_quoted_words_are_a_quotation_under_any_word(
    build: Build, text: str, words: str, speaker: str
) -> None:
    found = quotes_of(build(text, "fr", CAST))
    assert [(w, s) for w, s, direct in found if direct] == [(words, speaker)]


def test_a_long_partial_quotation_in_a_clause_of_its_own_is_its_subject_s(build: Build) -> None:
    # not the words of the cue in the sentence before
    text = (
        "L'Union des Lacs a dénoncé « une escalade regrettable ». À Velmar, le gouvernement "
        "de Brenzia a convoqué l'ambassadeur pour lui signifier son « appui entier et sans "
        "condition » à Korsa."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [(w, s) for w, s, direct in found if direct] == [
        ("une escalade regrettable", "Union des Lacs"),
        ("appui entier et sans condition", "Brenzia"),
    ]


def test_a_speaker_named_the_sentence_before_beats_the_bare_subject_of_the_clause(
    build: Build,
) -> None:
    text = (
        "« Nous ne céderons pas », a déclaré Paul Verlaine devant les députés. Brenzia mène "
        "« une guerre hybride contre toute la région »."
    )
    found = quotes_of(build(text, "fr", {**CAST, "Brenzia": ("state", ["Brenzia"])}))
    assert [(w, s) for w, s, direct in found if direct] == [
        ("Nous ne céderons pas", "Paul Verlaine"),
        ("une guerre hybride contre toute la région", "Paul Verlaine"),
    ]


@pytest.mark.parametrize(("lang", "least"), [("en", 4), ("fr", 5)])
def test_the_least_words_of_a_partial_quotation(lang: str, least: int) -> None:
    assert load(lang).partial_words == least


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Brenzia a adopté mardi la « loi sur les agents de l'étranger » malgré la colère.", "fr"),
        ("Brenzia applique depuis 2021 sa « loi sur la protection de l'enfance ».", "fr"),
        ("Les députés examinent le « projet de loi sur la fin de vie » cette semaine.", "fr"),
        ("Lawmakers in Brenzia passed the “law on foreign agents” despite the protests.", "en"),
    ],
)
def test_long_quoted_names_of_laws_and_plans_are_terms(build: Build, text: str, lang: str) -> None:
    cast: Cast = {**CAST, "Brenzia": ("state", ["Brenzia"])}
    assert [q for q in quotes_of(build(text, lang, cast)) if q[2]] == []
