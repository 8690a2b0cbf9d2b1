"""Noun phrases as speakers (:mod:`newsgraph.quotes.nominal`): who speaks "par la voix de" X, the
noun a finite verb is parsed as a clause on."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def test_who_speaks_par_la_voix_de_someone_is_that_one(build: Build) -> None:
    text = (
        "La Russie, qui a livré l'an dernier des hélicoptères à l'armée malienne, a salué "
        "vendredi la « décision souveraine et légitime » de Bamako, par la voix de son "
        "ambassadeur adjoint à l'ONU, Dmitri Polianski."
    )
    cast: Cast = {
        "Russia": ("country", ["La Russie"]),
        "Dmitry Polyanskiy": ("person", ["Dmitri Polianski"]),
        "Mali": ("country", ["Bamako"]),
    }
    found = quotes_of(build(text, "fr", cast))
    assert found == [("décision souveraine et légitime", "Dmitry Polyanskiy", True)]


def test_a_finite_verb_parsed_as_a_clause_on_a_noun_has_that_noun_for_subject(
    build: Build,
) -> None:
    text = (
        "The Kremlin says it has received no formal notice. Dmitry Peskov said Moscow would "
        "seek clarification, and the foreign ministry's spokeswoman, Maria Zakharova, accused "
        'Yerevan of "deliberately destroying relations with Russia".'
    )
    cast: Cast = {
        "Dmitry Peskov": ("person", ["Dmitry Peskov"]),
        "Maria Zakharova": ("person", ["Maria Zakharova"]),
        "Armenia": ("country", ["Yerevan"]),
    }
    found = {q[0]: q[1] for q in quotes_of(build(text, "en", cast))}
    assert found["Moscow would seek clarification"] == "Dmitry Peskov"
    assert found["deliberately destroying relations with Russia"] == "Maria Zakharova"
