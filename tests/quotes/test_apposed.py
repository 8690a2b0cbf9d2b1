"""A speech tag after a quote whose speaker carries an apposition
(:mod:`newsgraph.quotes.apposed`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


def test_the_object_after_a_subject_and_its_apposition_is_no_speaker(build: Build) -> None:
    text = (
        "En Ukraine, le président, Volodymyr Zelensky, a salué le vote du Congrès, qui "
        "constitue selon lui « un signal très important » adressé à la Russie."
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", PEOPLE)) if q[2]]
    assert found == [("un signal très important", "Volodymyr Zelensky")]


def test_a_name_apposed_before_the_tag_verb_speaks(build: Build) -> None:
    text = (
        "''That was a good speech you gave last night, Mr. President,'' Representative Steve "
        "Cohen, Democrat of Tennessee, told Mr. Obama as he stopped to have his picture taken. "
        "« Nous ne céderons pas », Jean Dupont, le porte-parole du gouvernement, a déclaré lundi."
    )
    cast: Cast = {
        "Steve Cohen": ("person", ["Steve Cohen"]),
        "Barack Obama": ("person", ["Mr. Obama"]),
    }
    found = [(q[0], q[1]) for q in quotes_of(build(text.split(" « ")[0], "en", cast)) if q[2]]
    assert [name for _, name in found] == ["Steve Cohen"]
    french = "« " + text.split(" « ")[1]
    cast = {"Jean Dupont": ("person", ["Jean Dupont"])}
    assert [q[1] for q in quotes_of(build(french, "fr", cast)) if q[2]] == ["Jean Dupont"]
