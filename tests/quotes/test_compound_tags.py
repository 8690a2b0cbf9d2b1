"""A statement tagged after it by a compound verb with an inverted clitic ("…, a-t-il
martelé"), the participle mended by :mod:`newsgraph.mend_inverted_past`."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Kaja Kallas": ("person", ["Kaja Kallas"]),
    "Keir Starmer": ("person", ["Keir Starmer"]),
}


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Keir Starmer était à Kiev. Le Royaume-Uni restera aux côtés de l'Ukraine, "
            "a-t-il martelé.",
            "Le Royaume-Uni restera aux côtés de l'Ukraine",
            "Keir Starmer",
        ),
        (
            "Kaja Kallas était à Kiev. Les Européens ne lâcheront pas l'Ukraine, a-t-elle "
            "ajouté devant la presse.",
            "Les Européens ne lâcheront pas l'Ukraine",
            "Kaja Kallas",
        ),
    ],
)
def test_a_compound_tag_after_its_clitic_reports_the_clause_before_it(
    build: Build, text: str, said: str, speaker: str
) -> None:
    assert (said, speaker, False) in quotes_of(build(text, "fr", CAST))
