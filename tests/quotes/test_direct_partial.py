"""Long partial quotations (``partial_words`` of the quotes lexicon): quoted words that open
in lower case in the middle of a sentence and are long enough are someone's words whatever
governs them, in English; shorter ones, capitalised ones and French ones still need a cue."""

from __future__ import annotations

import pytest

from newsgraph.quotes import load

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Jane Moore": ("person", ["Moore"]),
    "Emmanuel Macron": ("person", ["Macron"]),
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


def test_french_long_quoted_words_still_need_a_cue(build: Build) -> None:
    # French quotes terms of several words: « zone de défense intégrale »
    text = "Macron a visité la « zone de défense intégrale » du port mardi."
    assert [q for q in quotes_of(build(text, "fr", CAST)) if q[2]] == []


@pytest.mark.parametrize(("lang", "least"), [("en", 4), ("fr", 0)])
def test_the_least_words_of_a_partial_quotation(lang: str, least: int) -> None:
    assert load(lang).partial_words == least
