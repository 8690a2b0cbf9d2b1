"""Partial quotes inside reported speech: the statement around them is the quotation."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Vassily Nebenzia": ("person", ["Vassily Nebenzia", "Nebenzia"]),
    "Olivier Nduhungirehe": ("person", ["Olivier Nduhungirehe", "Nduhungirehe"]),
    "Dmitry Peskov": ("person", ["Dmitry Peskov", "Peskov"]),
    "Jean-Noël Barrot": ("person", ["Jean-Noël Barrot", "Barrot"]),
    "Iran": ("country", ["Iran", "Tehran"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        (
            'Russian Ambassador Vassily Nebenzia said the text gave Israel "a green light" '
            "for a ground offensive.",
            "en",
            'the text gave Israel "a green light" for a ground offensive',
            "Vassily Nebenzia",
        ),
        (
            'Rwandan Foreign Minister Olivier Nduhungirehe said Kigali would "lift its '
            'defensive measures" once the threat had been neutralised.',
            "en",
            'Kigali would "lift its defensive measures"',
            "Olivier Nduhungirehe",
        ),
        (
            "Jean-Noël Barrot a averti que toute attaque contre ces infrastructures entraînerait "
            "« une réponse ferme et collective ».",
            "fr",
            "toute attaque contre ces infrastructures entraînerait « une réponse",
            "Jean-Noël Barrot",
        ),
    ],
)
def test_a_statement_whose_predicate_is_quoted_is_a_direct_quote(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    found = quotes_of(build(text, lang, CAST))
    assert [(q[1], q[2]) for q in found if piece in q[0]] == [(speaker, True)]


def test_a_quote_that_modifies_a_statement_leaves_it_reported(build: Build) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Moscow's relations with Tehran were developing "
        '"in all areas" and were nobody else\'s business.'
    )
    found = quotes_of(build(text, "en", CAST))
    piece = "relations with Tehran were developing"
    assert sorted((q[1], q[2]) for q in found if piece in q[0]) == [
        ("Dmitry Peskov", False),
        ("Dmitry Peskov", True),
    ]
    assert all(q[0] != "in all areas" for q in found)
