"""Quoted names of an offence after a charge or a sentence are nobody's words."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Paul Verdier": ("person", ["Paul Verdier", "Verdier"]),
    "Tomas Reyl": ("person", ["Tomas Reyl", "Reyl"]),
    "Lina Ostrova": ("person", ["Lina Ostrova", "Ostrova"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "charge"),
    [
        (
            "Le journaliste Paul Verdier, condamné en mai à six ans de réclusion pour "
            "« intelligence avec une puissance étrangère », a été libéré mardi.",
            "fr",
            "intelligence avec une puissance étrangère",
        ),
        (
            "The journalist Paul Verdier, sentenced in May to three years in prison for "
            '"undermining national unity", was freed on Tuesday.',
            "en",
            "undermining national unity",
        ),
        (
            'Opposition leader Tomas Reyl, charged with "collusion with the enemy", remains in '
            "custody.",
            "en",
            "collusion with the enemy",
        ),
        (
            "L'opposant Tomas Reyl a été condamné jeudi pour « complot contre l'autorité de "
            "l'État » et reste détenu.",
            "fr",
            "complot contre l'autorité de l'État",
        ),
    ],
)
def test_a_quoted_offence_after_a_charge_is_no_quotation(
    build: Build, text: str, lang: str, charge: str
) -> None:
    found = quotes_of(build(text, lang, CAST))
    assert not any(charge in quote for quote, _, _ in found)


def test_words_a_speaker_says_in_accusing_are_still_quoted(build: Build) -> None:
    text = (
        "La présidente Lina Ostrova a accusé l'opposition de « saboter délibérément le "
        "processus de paix »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert any("saboter délibérément" in quote and direct for quote, _, direct in found)


def test_an_accuser_s_words_after_a_present_participle_are_quoted(build: Build) -> None:
    text = (
        'The Varnian embassy hit back, accusing Paul Verdier of "stirring up confrontation" '
        "and warning him not to meddle."
    )
    cast: Cast = {**CAST, "Varnia": ("country", ["Varnian"])}
    found = quotes_of(build(text, "en", cast))
    assert any("stirring up confrontation" in quote and direct for quote, _, direct in found)


def test_words_condemned_in_an_active_perfect_are_quoted(build: Build) -> None:
    # After this first sentence the parser makes « L'Otan » a passive subject of
    # « condamné »; the perfect auxiliary « a » still makes it active: the words are NATO's.
    text = (
        "Le ministre, Ivo Marek, s'est rendu à Riga. L'Otan a elle aussi condamné des "
        "« opérations informatiques malveillantes » et prévenu que ses membres sauraient "
        "« riposter ensemble »."
    )
    cast: Cast = {**CAST, "Otan": ("organization", [])}
    found = quotes_of(build(text, "fr", cast))
    assert any("opérations informatiques" in quote and direct for quote, _, direct in found)


def test_words_of_an_accusation_coordinated_to_an_active_verb_are_quoted(build: Build) -> None:
    text = (
        "Le ministre polonais Jan Dobrski a dénoncé la frappe et accusé Moscou de « terrorisme "
        "d'État caractérisé »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert any("terrorisme" in quote and direct for quote, _, direct in found)
