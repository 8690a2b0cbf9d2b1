"""A document someone issues says what its issuer says (:mod:`newsgraph.quotes.issued`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of, speaker_words
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Jane Moreau": ("person", ["Jane Moreau"]),
    "Ruritania": ("country", ["Ruritania"]),
}


def _speaker_of(build: Build, text: str, word: str) -> str | None:
    words = speaker_words(build(text, "en", CAST))
    found = [speaker for quote, speaker in words.items() if word in quote]
    assert len(found) == 1
    return found[0]


def test_the_issuer_of_a_statement_speaks_for_it(build: Build) -> None:
    text = "Jane Moreau issued a statement saying that the border would stay closed."
    assert _speaker_of(build, text, "border") == "Jane Moreau"


def test_a_statement_put_out_by_an_office_speaks_for_the_office(build: Build) -> None:
    text = "Her office put out a short statement saying that the vote was lost."
    assert _speaker_of(build, text, "vote") == "Her office"


def test_a_second_conjunct_issues_for_the_first_ones_subject(build: Build) -> None:
    text = "Jane Moreau met the envoy and released a statement saying the deal was dead."
    assert _speaker_of(build, text, "deal") == "Jane Moreau"


def test_the_issuer_is_the_quote_speaker(build: Build) -> None:
    text = "Jane Moreau released a statement saying that Ruritania had broken the truce."
    speakers = [name for words, name, _ in quotes_of(build(text, "en", CAST)) if "truce" in words]
    assert speakers == ["Jane Moreau"]


def test_a_statement_nobody_issues_here_speaks_for_itself(build: Build) -> None:
    text = "A statement saying that the border would stay closed was read on the radio."
    assert _speaker_of(build, text, "border") == "A statement"


def test_a_french_statement_speaks_for_whoever_published_it(build: Build) -> None:
    text = "Jane Moreau a publié un communiqué affirmant que la frontière resterait fermée."
    words = speaker_words(build(text, "fr", CAST))
    assert [speaker for quote, speaker in words.items() if "frontière" in quote] == ["Jane Moreau"]
