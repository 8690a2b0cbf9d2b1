"""The subject of an opinion framed by an attribution phrase is part of what is said
(:mod:`newsgraph.quotes.framed`): no pronoun after it takes it up."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load
from newsgraph.quotes.framed import framed_subjects

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Léa Morvan": ("person", ["Léa Morvan"]),
    "Tomas Brekke": ("person", ["Tomas Brekke"]),
    "Norway": ("country", ["la Norvège", "Oslo", "norvégien"]),
    "Iceland": ("country", ["l'Islande", "Reykjavik"]),
}


def test_a_pronoun_after_a_framed_opinion_takes_up_its_speaker_not_its_subject(
    build: Build,
) -> None:
    text = (
        "Pour l'analyste Tomas Brekke, chercheur à l'université de Bergen, le "
        "gouvernement norvégien « joue sa dernière carte ». « Si Reykjavik ne cède pas, "
        "la coalition tombera », prévient-il."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [speaker for _, speaker, direct in found if direct] == ["Tomas Brekke"] * 2


def test_a_feminine_pronoun_skips_the_framed_state(build: Build) -> None:
    text = (
        "Pour Léa Morvan, porte-parole de l'office chargé des pêches, la Norvège « se sert "
        "des quotas comme d'une arme ». Elle a appelé jeudi Reykjavik à « reprendre le "
        "dialogue »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [speaker for _, speaker, direct in found if direct] == ["Léa Morvan"] * 2


def test_no_gap_is_framed_across_a_finite_verb(build: Build) -> None:
    # "Selon X, Oslo a dénoncé une « … »": the words after the attribution narrate
    text = "Selon Tomas Brekke, la Norvège a dénoncé une « trahison » de Reykjavik."
    article = build(text, "fr", CAST)
    layout, found = find(article, load("fr"))
    assert framed_subjects(layout, found) == []


def test_the_words_between_a_framing_phrase_and_its_quote_are_framed(build: Build) -> None:
    text = "Pour Tomas Brekke, la Norvège « joue sa dernière carte »."
    article = build(text, "fr", CAST)
    layout, found = find(article, load("fr"))
    spans = framed_subjects(layout, found)
    assert [text[start:end].strip(" ,«") for start, end in spans] == ["la Norvège"]
