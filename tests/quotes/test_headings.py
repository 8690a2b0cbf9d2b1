"""Live blogs' entry titles (:mod:`newsgraph.quotes.headings`): a timestamped title holds no
statement of its own."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_timestamped_entry_title_holds_no_statement(build: Build) -> None:
    text = (
        "18h40 – L'armée israélienne dit avoir tiré sur des « suspects »\n\n"
        "L'armée israélienne a affirmé jeudi avoir ouvert le feu sur des véhicules."
    )
    cast: Cast = {"Israel Defense Forces": ("organization", ["armée israélienne"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast))]
    assert not any("suspects" in words for words in found)
    assert any("ouvert le feu" in words for words in found)


def test_a_timestamped_entry_that_ends_a_sentence_keeps_its_statements(build: Build) -> None:
    text = (
        "12h40 – Le président turc Recep Tayyip Erdogan a affirmé que les frappes étaient "
        "excessives."
    )
    cast: Cast = {"Recep Tayyip Erdogan": ("person", ["Recep Tayyip Erdogan"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast))]
    assert any("les frappes étaient excessives" in words for words in found)
