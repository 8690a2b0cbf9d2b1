"""A reporting verb that tells an act still to come (:mod:`newsgraph.quotes.pending`): the
quoted words are those of the source that states it."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Anna Kessel": ("person", ["Anna Kessel", "Kessel"]),
    "Marcel Ortiz": ("person", ["Marcel Ortiz", "Ortiz"]),
    "Chile": ("country", ["Chili", "Chile"]),
    "Peru": ("country", ["Pérou", "Peru"]),
    "Bolivia": ("country", ["Bolivie", "Bolivia"]),
}


def _direct(build: Build, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [
        (words, speaker) for words, speaker, direct in quotes_of(build(text, lang, CAST)) if direct
    ]


def test_a_conditional_under_d_apres_quotes_the_source(build: Build) -> None:
    text = (
        "D'après Anna Kessel, la Bolivie pourrait réclamer « des garanties écrites » aux voisins."
    )
    assert _direct(build, text, "fr") == [("des garanties écrites", "Anna Kessel")]


def test_a_future_under_selon_quotes_the_source(build: Build) -> None:
    text = (
        "Selon Marcel Ortiz, le Pérou continuera à plaider pour « une solution négociée » à l'ONU."
    )
    assert _direct(build, text, "fr") == [("une solution négociée", "Marcel Ortiz")]


def test_an_act_done_under_selon_keeps_its_own_speaker(build: Build) -> None:
    text = "Selon Marcel Ortiz, le Pérou a plaidé pour « une solution négociée » à l'ONU."
    assert _direct(build, text, "fr") == [("une solution négociée", "Peru")]


def test_an_act_to_come_without_a_source_keeps_its_subject(build: Build) -> None:
    text = "Le Pérou plaidera pour « une solution négociée et durable » devant l'ONU."
    assert _direct(build, text, "fr") == [("une solution négociée et durable", "Peru")]


def test_a_modal_in_what_a_minister_said_quotes_the_minister(build: Build) -> None:
    text = (
        'Kessel said at the time that Peru would respond with "measures that will hurt the '
        'economy".'
    )
    assert _direct(build, text, "en") == [("measures that will hurt the economy", "Anna Kessel")]
