"""A simple past coordinated to a reported clause with a modal is the cue's conjunct:
"The minister said Latvia would ask for radars and warned that …" is the minister's."""

from __future__ import annotations

import pytest

from .build import Cast, speaker_words
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Arturs Kalnins": ("person", ["Arturs Kalnins"]),
    "Latvia": ("country", ["Latvia", "Riga"]),
    "Ecuador": ("country", ["Ecuador"]),
}


def _speaker_of(build: Build, text: str, word: str) -> str | None:
    words = speaker_words(build(text, "en", CAST))
    found = [speaker for quote, speaker in words.items() if word in quote and '"' not in quote]
    found = found or [speaker for quote, speaker in words.items() if word in quote]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Arturs Kalnins said Latvia would ask allies for more radars and warned that Riga "
            'would "respond firmly" to any new violation.',
            "respond firmly",
        ),
        (
            "Arturs Kalnins said Ecuador would attend the talks but insisted that the border "
            'was "not up for negotiation".',
            "not up for negotiation",
        ),
    ],
)
def test_a_past_after_a_modal_clause_is_the_cues_conjunct(
    build: Build, text: str, word: str
) -> None:
    assert _speaker_of(build, text, word) == "Arturs Kalnins"


def test_a_conjunct_sharing_the_clause_s_auxiliary_stays_the_clause_s(build: Build) -> None:
    """A past participle under the clause's own auxiliary is the clause's ("had fired and
    warned"), not the cue's."""
    text = (
        "Arturs Kalnins said Latvia had closed the crossing and had warned that Ecuador "
        'would "pay a price".'
    )
    assert _speaker_of(build, text, "pay a price") != "Arturs Kalnins"
