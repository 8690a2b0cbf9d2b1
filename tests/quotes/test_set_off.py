"""A subject set off from its verb by an apposition (:mod:`newsgraph.quotes.set_off`)."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        (
            "Angered by the vote in Texas, Representative Anna Lund, the party's leader, said that "
            "the bill was dead.",
            "en",
            "the bill was dead",
            "Representative Anna Lund",
        ),
        (
            "Inquiet de la situation au Sahel, Marc Duval, le ministre des Affaires "
            "étrangères, a déclaré que la France resterait vigilante.",
            "fr",
            "la France resterait vigilante",
            "Marc Duval",
        ),
    ],
)
def test_the_name_before_an_apposition_speaks(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    found = speaker_words(build(text, lang, {}))
    said = [who for words, who in found.items() if piece in words]
    assert said == [speaker]


def test_a_verb_with_a_subject_of_its_own_keeps_it(build: Build) -> None:
    text = "In Paris, the minister said that the talks would go on."
    found = speaker_words(build(text, "en", {}))
    assert list(found.values()) == ["the minister"]
