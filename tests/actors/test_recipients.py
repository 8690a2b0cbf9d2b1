"""A capital after a word of giving or blaming and a recipient preposition names its state."""

from __future__ import annotations

import pytest

from newsgraph.actors.gazetteer import tokens
from newsgraph.actors.index import LanguageCues
from newsgraph.actors.recipients import receives


def received(code: str, text: str, capital: str) -> bool:
    toks = tokens(text)
    first = next(i for i, tok in enumerate(toks) if tok.text == capital)
    return receives(text, toks, first, LanguageCues.load(code))


@pytest.mark.parametrize(
    ("text", "capital", "expected"),
    [
        ("Moscou a nié toute livraison de drones vers Pyongyang.", "Pyongyang", True),
        ("Le chancelier a promis à Kiev des obus.", "Kiev", True),
        ("Il a reproché à Washington son silence.", "Washington", True),
        ("Le ministre s'est rendu à Moscou mardi.", "Moscou", False),
        ("Il a parlé vendredi à Paris.", "Paris", False),
        ("Il a livré des armes. À Kiev, il a vu.", "Kiev", False),
        ("Elle a présenté son livre à Paris.", "Paris", False),
        ("Le prisonnier a été transféré à Moscou.", "Moscou", False),
        ("Il a livré des armes, puis il est allé à Kiev.", "Kiev", False),
    ],
)
def test_french_recipients(text: str, capital: str, expected: bool) -> None:
    assert received("fr", text, capital) is expected


@pytest.mark.parametrize(
    ("text", "capital", "expected"),
    [
        ("Minsk said it had never supplied rockets to Moscow.", "Moscow", True),
        ("The Kremlin denied any arms transfers to Pyongyang.", "Pyongyang", True),
        ("Caracas agreed to sell oil to Havana.", "Havana", True),
        ("The minister travelled to Moscow on Tuesday.", "Moscow", False),
        ("Soldiers were sent to Kyiv.", "Kyiv", False),
        ("The prisoner was transferred to Moscow.", "Moscow", False),
        ("Shipyard workers went to Moscow.", "Moscow", False),
    ],
)
def test_english_recipients(text: str, capital: str, expected: bool) -> None:
    assert received("en", text, capital) is expected
