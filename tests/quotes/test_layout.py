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
