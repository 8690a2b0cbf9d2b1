"""Which clauses a reporting verb reports: a correlative subject is no coordination, a
demonstrative subject no relative pronoun."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Sergei Lavrov": ("person", ["Sergei Lavrov", "Lavrov"]),
    "Antony Blinken": ("person", ["Antony Blinken", "Blinken"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "statement"),
    [
        (
            "Antony Blinken said neither Russia nor China had been consulted.",
            "en",
            "neither Russia nor China had been consulted",
        ),
        (
            "Antony Blinken said either the talks succeed or the war goes on.",
            "en",
            "either the talks succeed or the war goes on",
        ),
        (
            "Sergei Lavrov a affirmé que ni Washington ni Londres n'avaient été consultés.",
            "fr",
            "que ni Washington ni Londres n'avaient été consultés",
        ),
    ],
)
def test_a_clause_whose_subject_opens_with_a_correlative_is_reported(
    build: Build, text: str, lang: str, statement: str
) -> None:
    found = [(words, speaker) for words, speaker, direct in quotes_of(build(text, lang, CAST))]
    speaker = "Antony Blinken" if lang == "en" else "Sergei Lavrov"
    assert (statement, speaker) in found


def test_a_clause_opened_by_a_conjunction_is_not_the_cue_s(build: Build) -> None:
    text = "Antony Blinken said the talks had failed, and the army must now decide what to do."
    found = [words for words, _, direct in quotes_of(build(text, "en", CAST)) if not direct]
    assert found == ["the talks had failed"]


def test_a_clause_whose_subject_is_a_demonstrative_is_reported(build: Build) -> None:
    text = "Antony Blinken said that would be a grave mistake for Moscow."
    found = [(words, speaker) for words, speaker, _ in quotes_of(build(text, "en", CAST))]
    assert ("that would be a grave mistake for Moscow", "Antony Blinken") in found


def test_a_relative_clause_around_a_cue_is_still_no_statement(build: Build) -> None:
    text = "Antony Blinken visited a port that he said was closed to Russian ships."
    assert [q for q in quotes_of(build(text, "en", CAST)) if not q[2]] == []


def test_a_nominal_predicate_whose_subject_hangs_on_its_copula_is_reported(
    build: Build,
) -> None:
    text = (
        "Sergei Lavrov est arrivé lundi à Minsk. Si les capteurs ne sont pas réinstallés d'ici "
        "trois à quatre semaines, a-t-il averti, l'agence ne sera plus en mesure de reconstituer "
        "le suivi des essais."
    )
    found = [q[0] for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert any(q.startswith("l'agence ne sera plus en mesure de") for q in found)
