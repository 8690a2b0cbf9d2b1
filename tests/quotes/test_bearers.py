"""A tag of a written verb names what bears the quotation (:mod:`newsgraph.quotes.bearers`),
and an email speaks as a statement does."""

from __future__ import annotations

import pytest

from .build import Cast, speaker_words
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {"Jane Moreau": ("person", ["Jane Moreau"])}


def _speaker_of(build: Build, text: str, word: str) -> str | None:
    words = speaker_words(build(text, "en", CAST), direct_only=True)
    found = [speaker for quote, speaker in words.items() if word in quote]
    assert len(found) == 1
    return found[0]


def test_the_email_that_read_the_words_speaks_them(build: Build) -> None:
    text = 'The race tightened. "Friend, let me be blunt. I can win this race," the email read.'
    assert _speaker_of(build, text, "blunt") == "the email"


def test_an_inverted_tag_names_the_statement(build: Build) -> None:
    text = (
        'The campaign answered late. "Her team took notes on her life," read the statement, '
        "which was sent at midnight."
    )
    assert _speaker_of(build, text, "notes") == "the statement"


def test_a_tag_in_the_present_names_the_letter(build: Build) -> None:
    text = 'The dispute went on. "The company broke every promise it made," the letter reads.'
    assert _speaker_of(build, text, "promise") == "the letter"


def test_a_verb_of_saying_keeps_its_speaker(build: Build) -> None:
    text = 'The race tightened. "I can win this race," Jane Moreau said.'
    assert _speaker_of(build, text, "race") == "Jane Moreau"


def test_words_a_sign_bears_before_the_quote_name_no_bearer(build: Build) -> None:
    text = 'Jane Moreau held a sign that read "Stop the war now." The crowd cheered.'
    words = speaker_words(build(text, "en", CAST), direct_only=True)
    assert all(speaker != "a sign" for speaker in words.values())


def test_an_email_speaks_as_a_statement_does(build: Build) -> None:
    text = 'The race went on. The email went on to say, "Today, because we won, we stop."'
    assert _speaker_of(build, text, "Today") == "The email"


def test_a_tag_after_the_closing_mark_keeps_room_for_a_long_phrase(build: Build) -> None:
    text = 'The race tightened. "We can still win this race", the long campaign email read.'
    assert _speaker_of(build, text, "still win") == "the long campaign email"
