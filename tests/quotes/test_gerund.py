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
            "After suggesting on Wednesday that he regretted the insults, Mr. Rubio only "
            "occasionally disagreed with him.",
            "he regretted the insults",
            "Mr. Rubio",
        ),
        # a passive subject
        (
            "Comedian Sarah Silverman was booed by supporters after telling them that they "
            "were being ridiculous.",
            "they were being ridiculous",
            "Comedian Sarah Silverman",
        ),
    ],
)
def test_the_subject_of_the_clause_a_gerund_hangs_on_speaks(
    build: Build, text: str, piece: str, speaker: str
) -> None:
    found = speaker_words(build(text, "en", {}))
    assert [who for words, who in found.items() if piece in words] == [speaker]
