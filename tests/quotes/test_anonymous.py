"""Anonymous sources (:mod:`newsgraph.quotes.anonymous`): an unnamed source speaks for the
actor whose plan it reveals, and reports no actor's statement otherwise."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "France": ("country", ["Paris"]),
    "Algeria": ("country", ["Alger"]),
    "Rauf Mammadli": ("person", ["Rauf Mammadli", "Mammadli"]),
    "Azerbaijan": ("country", ["Bakou"]),
}


def test_an_anonymous_source_speaks_for_the_actor_whose_plan_it_tells(build: Build) -> None:
    text = (
        "Alger a annoncé l'expulsion de douze agents français. Paris pourrait rappeler "
        "son ambassadeur en retour, selon une source diplomatique."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if "Paris" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["France"]


def test_an_anonymous_source_of_a_fact_is_no_speaker(build: Build) -> None:
    text = (
        "Alger a expulsé douze agents, a annoncé Paris. Des explosions ont de nouveau "
        "retenti lundi près du port, selon des sources humanitaires."
    )
    assert not [q for q in quotes_of(build(text, "fr", CAST)) if "explosions" in q[0]]


def test_the_same_source_does_not_speak_again_for_a_person(build: Build) -> None:
    text = (
        "Bakou a confirmé la mort de six soldats, a indiqué le ministère. Rauf Mammadli a "
        "promis que les coupables seraient jugés, selon la même source."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if "jugés" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Rauf Mammadli"]


EN_CAST: Cast = {
    "France": ("country", ["Paris"]),
    "Algeria": ("country", ["Algiers"]),
    "Sudan": ("country", ["Sudan"]),
}


def test_an_anonymous_english_source_speaks_for_the_actor_whose_plan_it_tells(
    build: Build,
) -> None:
    text = (
        "Algiers announced the expulsion of twelve French agents. Paris could expel more "
        "consular staff in return, a diplomatic source said."
    )
    found = [q for q in quotes_of(build(text, "en", EN_CAST)) if "Paris" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["France"]


def test_anonymous_english_sources_of_a_fact_are_no_speaker(build: Build) -> None:
    text = (
        "Sudan said the talks would resume on Monday. A prisoner exchange was not discussed, "
        "diplomats said."
    )
    assert not [q for q in quotes_of(build(text, "en", EN_CAST)) if "prisoner" in q[0]]


def test_the_same_source_speaks_for_the_speaker_before_it(build: Build) -> None:
    text = (
        "Bakou a confirmé la mort de six soldats, a indiqué Paris. Deux civils ont été "
        "blessés dans la nuit, selon la même source."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if "civils" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["France"]


def test_the_same_english_source_speaks_for_the_speaker_before_it(build: Build) -> None:
    text = (
        "Algiers has expelled twelve agents, Paris said. Two more were arrested overnight, "
        "the same source said."
    )
    found = [q for q in quotes_of(build(text, "en", EN_CAST)) if "arrested" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["France"]


def test_the_same_english_source_does_not_speak_again_for_a_person(build: Build) -> None:
    cast: Cast = {**EN_CAST, "Tom Reyes": ("person", ["Tom Reyes", "Reyes"])}
    text = (
        "Algiers has expelled twelve agents, Paris said. Tom Reyes promised that the agents "
        "would be replaced, according to the same source."
    )
    found = [q for q in quotes_of(build(text, "en", cast)) if "replaced" in q[0]]
    assert [speaker for _, speaker, _ in found] == ["Tom Reyes"]
