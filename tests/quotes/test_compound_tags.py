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


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Keir Starmer était à Kiev. La frontière rouvrira lundi, a-t-il fait savoir.",
            "La frontière rouvrira lundi",
            "Keir Starmer",
        ),
        (
            "Kaja Kallas était à Kiev. Un accord reste possible, a-t-elle laissé entendre, "
            "sans avancer de date.",
            "Un accord reste possible",
            "Kaja Kallas",
        ),
        (
            "Keir Starmer était à Kiev. Les sanctions ne suffisent plus, a-t-il fait remarquer.",
            "Les sanctions ne suffisent plus",
            "Keir Starmer",
        ),
        (
            "Kaja Kallas était à Kiev. Les Européens resteront unis, a-t-elle fait valoir.",
            "Les Européens resteront unis",
            "Kaja Kallas",
        ),
    ],
)
def test_a_compound_cue_whose_light_verb_bears_the_clitic_tags_the_clause_before_it(
    build: Build, text: str, said: str, speaker: str
) -> None:
    """« fait savoir », « laissé entendre »: the light verb bears the tense, the clitic hangs
    on either verb."""
    assert (said, speaker, False) in quotes_of(build(text, "fr", CAST))
