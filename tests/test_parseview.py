"""The parser's view of a text: same length, compound tenses made whole."""

from __future__ import annotations

import pytest

from newsgraph.parseview import parse_view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Otan a de son côté condamné", "L'Otan a             condamné"),
        ("Ils ont, pour leur part, appelé", "Ils ont                  appelé"),
        ("Kiev a d’ailleurs démenti", "Kiev a            démenti"),
        ("Le pays est à nouveau visé", "Le pays est           visé"),
    ],
)
def test_a_phrase_between_auxiliary_and_participle_is_blanked(text: str, expected: str) -> None:
    assert parse_view(text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le côté de son côté",  # no auxiliary before it
        "Il a de son côté.",  # no word after it
        "Il a dit de son côté",  # not right after the auxiliary
        "C'est à son tour de parler.",  # a copula, and the phrase belongs to what follows
        "Il est dès lors que tout commence.",
    ],
)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert parse_view(text, "fr") == text


def test_a_language_without_parse_data_gets_the_plain_view() -> None:
    assert parse_view("It has\u00a0for its part said", "en") == "It has for its part said"
