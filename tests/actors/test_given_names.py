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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jean-François Larouche, le maire de Sainte-Luce, a critiqué l'État.", "Jean-François"),
        ("Selon Marie-Thérèse Vallin, la digue ne tiendra pas.", "Thérèse"),
        ("Jean-Paul Mercier et Pierre-Marie Gaudin ont rencontré le préfet.", "Paul"),
        ("Anne-Francis Morel, a council member, said the vote was rigged.", "Francis"),
        ("Claire Moreau-Francis, a lawyer, said the ruling was flawed.", "Francis"),
    ],
)
def test_half_of_a_hyphenated_name_is_no_known_person(
    pipeline: Pipeline, text: str, name: str
) -> None:
    """« François » in « Jean-François Larouche » is no Pope Francis."""
    article = run(pipeline, text)
    at = text.index(name)
    actor = actor_at(article, at, at + len(name))
    assert actor is None or actor.name != "Pope Francis"
    assert all(a.name != "Pope Francis" for a in article.actors)


def test_two_known_people_joined_by_a_hyphen_stay_both(pipeline: Pipeline) -> None:
    text = "Pope Francis praised the Macron-Zelensky meeting on Monday."
    article = run(pipeline, text)
    names = {a.name for a in article.actors}
    assert {"Pope Francis", "Volodymyr Zelensky"} <= names


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        (
            "La ministre Anne-Sophie Wilmès a présenté mardi son budget.",
            "Anne-Sophie Wilmès",
            "Sophie Wilmès",
        ),
        (
            "Le député Jean-Marc Ayrault-Dubois a critiqué le budget.",
            "Jean-Marc Ayrault-Dubois",
            "Jean-Marc Ayrault",
        ),
        (
            "Le député Paul-Emmanuel Macron a critiqué le budget.",
            "Paul-Emmanuel Macron",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_known_name_lengthened_by_a_hyphen_is_another_person(
    pipeline: Pipeline, text: str, name: str, known: str
) -> None:
    """« Anne-Sophie Wilmès » is not the Sophie Wilmès the knowledge base lists."""
    article = run(pipeline, text)
    at = text.index(name)
    actor = actor_at(article, at, at + len(name))
    assert actor is not None and actor.name == name
    assert all(a.name != known for a in article.actors)


def test_a_known_name_before_a_hyphenated_pair_and_its_noun_keeps_its_person(
    pipeline: Pipeline,
) -> None:
    """ "the Joe Biden-Harris administration" is Joe Biden's, and so is its act."""
    text = "The Joe Biden-Harris administration sanctioned Russia on Monday."
    article = run(pipeline, text)
    at = text.index("Joe Biden")
    actor = actor_at(article, at, at + len("Joe Biden"))
    assert actor is not None and actor.name == "Joe Biden"
    assert all(a.name != "Joe Biden-Harris" for a in article.actors)
    assert any(
        e.type == "SANCTION" and actor.id in e.source and "RUS" in e.target for e in article.events
    )


@pytest.mark.parametrize(
    ("text", "known"),
    [
        (
            "Antonio Guterres-Grossi talks opened in Vienna on Monday, the agency said.",
            "António Guterres",
        ),
        ("Ursula von der Leyen-Weber talks stalled on Monday.", "Ursula von der Leyen"),
        ("Putin-Okonkwo Summit Opens In Moscow", "Vladimir Putin"),
    ],
)
def test_a_known_name_joined_by_a_hyphen_to_an_unknown_name_before_a_noun_stays(
    pipeline: Pipeline, text: str, known: str
) -> None:
    """A capitalised word after the hyphen is no surname when a noun the pair qualifies
    follows, nor in a title-case headline where every word has a capital."""
    article = run(pipeline, text)
    names = {a.name for a in article.actors}
    assert known in names
    assert not any("-" in name for name in names)
