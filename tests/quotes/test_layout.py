"""Sentences and paragraphs as :mod:`newsgraph.quotes.layout` reads them."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_closing_bracket_after_an_abbreviation_ends_no_sentence(build: Build) -> None:
    text = "Sen. Paul Hale (I-Vt.) said he would release his tax records."
    found = speaker_words(build(text, "en", {}))
    said = [who for words, who in found.items() if "tax records" in words]
    assert len(said) == 1 and said[0] is not None and "Paul Hale" in said[0]


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        (
            "His campaign sent out a statement saying that the count was wrong.",
            "count",
            "His campaign",
        ),
        (
            "Both parents stiffened their criticism of the mayor, saying that he lacked empathy.",
            "empathy",
            "Both parents",
        ),
    ],
)
def test_campaigns_and_relatives_name_who_speaks(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    words = speaker_words(build(text, "en", {}))
    assert [s for quote, s in words.items() if piece in quote] == [speaker]
