"""Cutting entity spans to the names in them."""

from __future__ import annotations

from newsgraph.actors.index import LanguageCues
from newsgraph.actors.spans import trim


def test_honorifics_and_possessives_are_no_part_of_a_name() -> None:
    cues = LanguageCues.load("en")
    text = "Mr Biden's plan"
    assert trim(text, 0, 10, cues) == (3, 8, "Biden")


def test_a_name_stops_at_a_line_break() -> None:
    cues = LanguageCues.load("fr")
    text = "Anna Lindqvist\n\nCet accord"
    assert trim(text, 0, 19, cues) == (0, 14, "Anna Lindqvist")
