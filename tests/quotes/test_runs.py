"""Quotations that run on over their speech tag, in French and English."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load
from newsgraph.quotes.runs import _title_after_comma

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


def _found(build: Build, text: str, lang: str) -> dict[str, str | None]:
    """The words naming the speaker of each direct quote ``find`` reads, by its words."""
    return speaker_words(build(text, lang, {}), direct_only=True)


@pytest.mark.parametrize(
    ("lang", "text", "first", "last", "speaker"),
    [
        (
            "en",
            'Voters came out early.\n\n"Safety," said Grimm, a local voter. '
            '"Safety for the whole country, everybody."',
            "Safety,",
            "everybody.",
            "Grimm, a local voter",
        ),
        ("en", '"I feel good," Tester said. "Very good."', "I feel good", "Very good.", "Tester"),
        (
            "fr",
            "« Je suis confiant », a déclaré Jean Dupont. « Très confiant. »",
            "Je suis confiant",
            "Très confiant.",
            "Jean Dupont",
        ),
    ],
)
def test_words_without_a_verb_after_a_tag_go_on_with_the_quotation(
    build: Build, lang: str, text: str, first: str, last: str, speaker: str
) -> None:
    found = _found(build, text, lang)
    assert len(found) == 1
    words, who = next(iter(found.items()))
    assert words.startswith(first) and words.endswith(last)
    assert who == speaker


def test_a_title_after_the_tag_and_a_comma_is_no_quotation(build: Build) -> None:
    text = '"The company will lead," she wrote in her memoir, "Tough Choices."'
    assert list(_found(build, text, "en")) == ["The company will lead"]


def test_words_after_another_sentence_of_the_narrative_are_no_quotation(build: Build) -> None:
    text = '"I feel good," Tester said. He left the room. "Very good."'
    assert list(_found(build, text, "en")) == ["I feel good"]


def test_words_without_letters_are_no_title() -> None:
    text = '"We will win," she said, "2024."'
    opening = text.rindex('"2024')
    assert _title_after_comma(text, opening, "Tough Choices.")
    assert not _title_after_comma(text, opening, "2024.")


def test_a_quoted_paragraph_after_a_tagged_one_goes_on_with_its_speaker(build: Build) -> None:
    text = (
        "The ministers met in Vilnius.\n\n"
        "“Russia is testing us every day,” Landsbergis told the BBC in an interview.\n\n"
        "“We will not bend. Our answer is unity.”\n\n"
        "“We must act now,” said Kallas. She left for Brussels.\n\n"
        "“The summit will decide.”"
    )
    _, found = find(build(text, "en", {}), load("en"))
    words = {
        text[f.start : f.end]: f.speaker and text[f.speaker.start : f.speaker.end] for f in found
    }
    assert words["We will not bend. Our answer is unity."] == "Landsbergis"
    # narrative after the tag: the speaker of the quotation after it is not known
    assert words["The summit will decide."] is None
