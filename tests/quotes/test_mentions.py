"""Actor mentions for resolving speakers (:mod:`newsgraph.quotes.mentions`): a given name gives
a person's gender when the knowledge base does not, so a pronoun of the other gender is
someone else."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cast", "speaker"),
    [
        (
            "Paul Martin et Claire Dupont ont visité le chantier. « Les travaux avancent "
            "bien », a-t-elle assuré.",
            {
                "Paul Martin": ("person", ["Paul Martin"]),
                "Claire Dupont": ("person", ["Claire Dupont"]),
            },
            "Claire Dupont",
        ),
        (
            "Sophie Leroy a rencontré Paul Martin à la mairie. « Nous débloquerons les "
            "crédits », a-t-il promis.",
            {
                "Sophie Leroy": ("person", ["Sophie Leroy"]),
                "Paul Martin": ("person", ["Paul Martin"]),
            },
            "Paul Martin",
        ),
    ],
)
def test_a_pronoun_is_not_someone_whose_given_name_has_the_other_gender(
    build: Build, text: str, cast: Cast, speaker: str
) -> None:
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == [speaker]


@pytest.mark.parametrize(
    ("text", "cast", "speaker"),
    [
        (
            "Daniel Mwangi met the opposition leader, Grace Otieno, on Monday. "
            '"These taxes will crush families," she said.',
            {
                "Grace Otieno": ("person", ["Grace Otieno"]),
                "Daniel Mwangi": ("person", ["Daniel Mwangi"]),
            },
            "Grace Otieno",
        ),
        (
            "Grace Otieno met the finance minister, Daniel Mwangi, on Monday. "
            '"The budget protects the poorest," he said.',
            {
                "Daniel Mwangi": ("person", ["Daniel Mwangi"]),
                "Grace Otieno": ("person", ["Grace Otieno"]),
            },
            "Daniel Mwangi",
        ),
    ],
)
def test_an_english_pronoun_is_not_someone_whose_given_name_has_the_other_gender(
    build: Build, text: str, cast: Cast, speaker: str
) -> None:
    assert [name for _, name, _ in quotes_of(build(text, "en", cast))] == [speaker]


def test_a_given_name_of_either_gender_does_not_rule_anyone_out(build: Build) -> None:
    text = (
        "Dominique Martin a reçu les syndicats. « Le dialogue reprendra lundi », a-t-elle annoncé."
    )
    cast: Cast = {"Dominique Martin": ("person", ["Dominique Martin"])}
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == ["Dominique Martin"]


def test_an_english_given_name_of_either_gender_does_not_rule_anyone_out(build: Build) -> None:
    text = 'Jordan Ellis met the union. "Talks resume on Monday," she said.'
    cast: Cast = {"Jordan Ellis": ("person", ["Jordan Ellis"])}
    assert [name for _, name, _ in quotes_of(build(text, "en", cast))] == ["Jordan Ellis"]
