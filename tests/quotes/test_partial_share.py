"""Claims without a subject of their own made mostly of quoted words
(:func:`newsgraph.quotes.partial._mostly_quoted`): the claim is the quotation, not reported
speech besides; a clause with its own subject, or a claim with few quoted words, stays
reported too."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Paul Garnier": ("person", ["Paul Garnier", "Garnier"]),
    "Claire Dubois": ("person", ["Claire Dubois", "Dubois"]),
}


def _kinds(build: Build, text: str, piece: str) -> list[bool]:
    return sorted(q[2] for q in quotes_of(build(text, "fr", CAST)) if piece in q[0])


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Le ministre Paul Garnier a dit suivre les débats « avec la plus vive attention ».",
            "suivre les débats",
        ),
        (
            "La ministre Claire Dubois s'est dit prête à envisager des « mesures de "
            "décrispation ».",
            "envisager des",
        ),
        (
            "Le ministre Paul Garnier s'est dit disposé à recevoir le chancelier « où il le "
            "voudra et quand il le voudra ».",
            "recevoir le chancelier",
        ),
    ],
)
def test_a_claim_mostly_quoted_is_only_a_direct_quote(build: Build, text: str, piece: str) -> None:
    assert _kinds(build, text, piece) == [True]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Le ministre Paul Garnier a affirmé en début de soirée avoir tiré sur des "
            "« intrus » qui rôdaient à moto près de plusieurs villages.",
            "avoir tiré sur",
        ),
        (
            "La ministre Claire Dubois a promis de mener la procédure engagée devant le "
            "tribunal « jusqu'au bout ».",
            "mener la procédure",
        ),
        (
            "La ministre Claire Dubois a assuré que le départ se ferait de façon « calme "
            "et encadrée ».",
            "le départ se ferait",
        ),
    ],
)
def test_a_claim_told_in_the_writers_words_stays_reported(
    build: Build, text: str, piece: str
) -> None:
    assert _kinds(build, text, piece) == [False, True]
