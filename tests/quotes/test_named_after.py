"""The name after a speech tag's verb right after a quote
(:mod:`newsgraph.quotes.named_after`)."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the tagger takes the unknown name for an adverb
        ('"It is valuable," said Skelly, explaining he worked with the committee.', "en", "Skelly"),
        (
            "« Nous resterons vigilants », a affirmé Kallas, ajoutant que l’Europe tiendrait.",
            "fr",
            "Kallas",
        ),
    ],
)
def test_the_name_after_the_tag_verb_speaks(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    found = speaker_words(build(text, lang, {}), direct_only=True)
    assert list(found.values()) == [speaker]


def test_a_verb_with_a_clause_after_it_gets_no_name_from_the_words_order(build: Build) -> None:
    text = '"It is a mistake," said retired neurosurgeon Ben Carson, asked about his claims.'
    found = speaker_words(build(text, "en", {}))
    assert all(who is None for who in found.values())
