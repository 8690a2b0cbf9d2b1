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
            "Le ministre Paul Garnier a dit suivre la situation « avec la plus grande "
            "inquiétude ».",
            "suivre la situation",
        ),
        (
            "La ministre Claire Dubois s'est dit prête à envisager des « mesures de "
            "décrispation ».",
            "envisager des",
        ),
        (
            "Le ministre Paul Garnier s'est dit prêt à rencontrer le président « où il le "
            "souhaitera et quand il le souhaitera ».",
            "rencontrer le président",
        ),
    ],
)
def test_a_claim_mostly_quoted_is_only_a_direct_quote(build: Build, text: str, piece: str) -> None:
    assert _kinds(build, text, piece) == [True]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Le ministre Paul Garnier a affirmé en fin de journée avoir ouvert le feu sur des "
            "« suspects » qui s'approchaient en voiture de plusieurs localités.",
            "avoir ouvert le feu",
        ),
        (
            "La ministre Claire Dubois a promis de poursuivre la bataille judiciaire devant la "
            "Cour « jusqu'à son terme ».",
            "poursuivre la bataille",
        ),
        (
            "La ministre Claire Dubois a assuré que le retrait se ferait de manière « ordonnée "
            "et sûre ».",
            "le retrait se ferait",
        ),
    ],
)
def test_a_claim_told_in_the_writers_words_stays_reported(
    build: Build, text: str, piece: str
) -> None:
    assert _kinds(build, text, piece) == [False, True]
