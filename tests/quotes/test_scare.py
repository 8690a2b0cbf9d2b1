"""Short quoted words inside a reported statement make it a direct quote of its speaker."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Alma Ostrova": ("person", ["Alma Ostrova", "Ostrova"]),
    "Paul Verdane": ("person", ["Paul Verdane", "Verdane"]),
    "Carla Brent": ("person", ["Carla Brent", "Brent"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "piece", "speaker"),
    [
        (
            "La présidente Alma Ostrova a déclaré que son pays accepterait la trêve « sans "
            "conditions » si les combats cessaient.",
            "fr",
            "« sans conditions »",
            "Alma Ostrova",
        ),
        (
            "Le ministre Paul Verdane a concédé que l'accord ne serait « vraisemblablement "
            "pas » signé au cours de cet hiver.",
            "fr",
            "« vraisemblablement pas »",
            "Paul Verdane",
        ),
        (
            "Foreign Minister Carla Brent said on Tuesday that both sides had "
            "\u201cweaponised\u201d access to the border crossings.",
            "en",
            "\u201cweaponised\u201d",
            "Carla Brent",
        ),
    ],
)
def test_a_statement_holding_short_quoted_words_is_also_a_direct_quote(
    build: Build, text: str, lang: str, piece: str, speaker: str
) -> None:
    found = quotes_of(build(text, lang, CAST))
    assert (speaker, True) in [(q[1], q[2]) for q in found if piece in q[0]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Foreign Minister Carla Brent said on Tuesday that the \u201chawks\u201d in the "
            "cabinet had lost the argument.",
            "en",
        ),
        (
            "Le ministre Paul Verdane a affirmé que l'« Opération Rempart » se poursuivrait "
            "jusqu'à l'été.",
            "fr",
        ),
        (
            "Foreign Minister Carla Brent said on Tuesday that both sides had blocked access "
            "to the border crossings.",
            "en",
        ),
    ],
)
def test_a_term_a_name_or_no_quoted_words_leave_the_statement_reported(
    build: Build, text: str, lang: str
) -> None:
    found = quotes_of(build(text, lang, CAST))
    assert found
    assert not any(direct for _, _, direct in found)
