"""Who speaks in a gerund after a preposition (:mod:`newsgraph.quotes.gerund`)."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "piece", "speaker"),
    [
        # the subject after the fronted gerund
        (
            "After saying on Monday that he regretted the remarks, Mr. Hale only rarely "
            "disagreed with her.",
            "he regretted the remarks",
            "Mr. Hale",
        ),
        # a passive subject
        (
            "Actor Tom Reyes was booed by fans after telling them that they were being rude.",
            "they were being rude",
            "Actor Tom Reyes",
        ),
    ],
)
def test_the_subject_of_the_clause_a_gerund_hangs_on_speaks(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    found = speaker_words(build(text, "en", {}))
    assert [who for words, who in found.items() if piece in words] == [speaker]
