"""Speakers of long partial quotations that no tag or cue attributes (``quotes.owners``): the
owner of the noun that holds the quoted words, or the subject of the verb whose complement
clause holds them, rather than the subject of the verb above them."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Jane Moore": ("person", ["Moore"]),
    "Emmanuel Macron": ("person", ["Macron"]),
}


def _speaker_words(build: Build, text: str) -> list[str | None]:
    """The words naming the speaker of each direct quote, before they are resolved."""
    article = build(text, "en", CAST)
    _, found = find(article, load("en"))
    return [text[f.speaker.start : f.speaker.end] if f.speaker else None for f in found if f.direct]


def _direct(build: Build, text: str) -> list[tuple[str, str | None]]:
    return [
        (words, speaker) for words, speaker, direct in quotes_of(build(text, "en", CAST)) if direct
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The crowd cheered Macron's rejection of “a politics of fear and division” on Friday.",
            "a politics of fear and division",
        ),
        (
            "Moore's ratings fell after Macron's call for “a total and complete ban” on imports.",
            "a total and complete ban",
        ),
    ],
)
def test_the_owner_of_the_noun_says_the_quoted_words_it_holds(
    build: Build, text: str, words: str
) -> None:
    assert _direct(build, text) == [(words, "Emmanuel Macron")]


def test_a_noun_the_parser_hangs_an_as_phrase_on_is_no_owner(build: Build) -> None:
    text = "Moore played down Macron's comments as “just part of the primary campaign” last year."
    assert _direct(build, text) == [("just part of the primary campaign", "Jane Moore")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Two analysts found that the air force is “the best in the whole world” now.",
            "Two analysts",
        ),
        (
            "Moore vented to her husband that it would be “a fight from start to finish” then.",
            "Moore",
        ),
        (
            "The survey asks whether a resident has “difficulty remembering or making decisions”.",
            "The survey",
        ),
        (
            "News reports reveal there was more than “one or two such instances” of fraud.",
            "News reports",
        ),
    ],
)
def test_the_subject_of_the_verb_above_a_complement_clause_says_its_quoted_words(
    build: Build, text: str, speaker: str
) -> None:
    assert _speaker_words(build, text) == [speaker]


@pytest.mark.parametrize(("lang", "prepositions"), [("en", {"of", "for"}), ("fr", set())])
def test_the_prepositions_of_an_owned_noun(lang: str, prepositions: set[str]) -> None:
    assert load(lang).owner_prepositions == prepositions
