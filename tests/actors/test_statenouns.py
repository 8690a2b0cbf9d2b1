"""A definite noun of a form of state takes up a state of that form named before it
(model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline

from .helpers import mentions_of, run

pytestmark = pytest.mark.model


def test_the_kingdom_takes_up_the_kingdom_named_before(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Saudi Arabia hosted talks between the two envoys on Monday. The kingdom urged both "
        "sides to respect the truce."
    ))  # fmt: skip
    assert "kingdom" in mentions_of(article, "Saudi Arabia")


def test_le_royaume_takes_up_a_kingdom_not_a_republic(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La Tunisie et le Maroc se sont réunis mardi à Rabat. La Tunisie a reproché au "
        "royaume la fermeture de la frontière. Le royaume a démenti."
    ))  # fmt: skip
    assert mentions_of(article, "Morocco").count("royaume") == 2
    assert "royaume" not in mentions_of(article, "Tunisia")


def test_an_emirate_is_taken_up_by_its_own_noun(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Qatar a reçu les négociateurs de Kelvar lundi. L'émirat a condamné les frappes."
    ))  # fmt: skip
    assert "émirat" in mentions_of(article, "Qatar")


def test_a_kingdom_with_its_name_or_a_compound_name_stays_as_it_is(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Maroc a salué l'accord. Le Royaume-Uni a noté le choix du royaume de "
        "Fès, a dit Amara Velni."
    ))  # fmt: skip
    assert "royaume" not in mentions_of(article, "Morocco")
    assert "Royaume" not in mentions_of(article, "Morocco")


def test_no_kingdom_named_leaves_the_noun_alone(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Germany and Poland met in Berlin on Friday. The kingdom was not invited, said Oskar "
        "Brenner."
    ))  # fmt: skip
    assert all("kingdom" not in m.text for a in article.actors for m in a.mentions)


def test_the_kingdoms_envoy_is_its_person_not_a_mention(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Jordan hosted the talks on Sunday. \"We need calm,\" the kingdom's top diplomat said."
    ))  # fmt: skip
    assert all("kingdom" not in m.text for a in article.actors for m in a.mentions)
