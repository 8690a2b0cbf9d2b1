"""A country name shared by two states reads as the one the article names (model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import actors, run

pytestmark = pytest.mark.model


def test_congolese_on_a_page_about_brazzaville_is_the_republic(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le chef de l'État congolais a reçu mardi à Brazzaville les partis de l'opposition. "
        "À Pointe-Noire, la police a dispersé des manifestants. Le gouvernement du Congo a "
        "promis un dialogue national, a déclaré le porte-parole Aurélien Mbemba."
    ))  # fmt: skip
    found = actors(article)
    assert "Republic of the Congo" in found
    assert "Democratic Republic of the Congo" not in found


def test_congolese_on_a_page_about_kinshasa_stays_the_democratic_republic(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "The Congolese government said on Monday that rebels had entered Goma. In Kinshasa, "
        "protesters attacked several embassies, Congo's interior minister Joel Mbuyi said."
    ))  # fmt: skip
    found = actors(article)
    assert "Democratic Republic of the Congo" in found
    assert "Republic of the Congo" not in found


def test_guinean_next_to_malabo_is_equatorial_guinea(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Les autorités guinéennes ont arrêté jeudi à Malabo un opposant, Samuel Obiang Mba. "
        "Le gouvernement de Guinée équatoriale accuse l'opposant de complot."
    ))  # fmt: skip
    found = actors(article)
    assert "Equatorial Guinea" in found
    assert "Guinea" not in found
