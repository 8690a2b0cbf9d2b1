"""A known person's one-word name that opens a longer person's name is a given name
(:func:`newsgraph.actors.hits.usable`; model-backed)."""

from __future__ import annotations

import pytest

from newsgraph import Pipeline
from newsgraph.actors import actor_at

from .helpers import run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministre des Pêches, Philippe Durandal, a menacé Jersey.", "Philippe Durandal"),
        ("François Dumontel, le maire de Lorvence, a critiqué Paris.", "François Dumontel"),
        ("Henri Balmont, député, a dénoncé l'accord avec Londres.", "Henri Balmont"),
    ],
)
def test_a_known_one_word_name_opening_a_longer_name_is_a_given_name(
    pipeline: Pipeline, text: str, name: str
) -> None:
    article = run(pipeline, text)
    at = text.index(name)
    actor = actor_at(article, at, at + len(name))
    assert actor is not None and actor.name == name


def test_the_known_name_alone_still_names_its_person(pipeline: Pipeline) -> None:
    text = "Le pape François a appelé dimanche à la retenue au Soudan."
    article = run(pipeline, text)
    at = text.index("François")
    actor = actor_at(article, at, at + len("François"))
    assert actor is not None and actor.name == "Pope Francis"


def test_a_known_surname_before_a_day_the_model_reads_as_a_date_keeps_its_person(
    pipeline: Pipeline,
) -> None:
    """The entity model's person does not grow over the date after it ("Zelensky Wednesday")."""
    text = "Zelensky Wednesday accused Russia of shelling Kharkiv."
    article = run(pipeline, text)
    actor = actor_at(article, 0, len("Zelensky"))
    assert actor is not None and actor.name == "Volodymyr Zelensky"
