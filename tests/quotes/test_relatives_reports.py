"""Reports a relative-clause rule must not drop (:mod:`newsgraph.quotes.clauses`): a passive
clause after a time word or a listener (« a annoncé mardi que le projet serait présenté »), and
a relative clause whose pronoun is the cue's subject or its infinitive's object."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, lang: str, cast: Cast) -> list[str]:
    """The statements of ``text`` reported in indirect speech."""
    return [q[0] for q in quotes_of(build(text, lang, cast)) if not q[2]]


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "Le ministre Marc Dalvin a annoncé mardi que le projet de loi serait présenté en juin.",
            "Le ministre Marc Dalvin",
            "serait présenté en juin",
        ),
        (
            "Le député Marc Dalvin a déclaré aux journalistes que le budget serait présenté au "
            "Parlement.",
            "Le député Marc Dalvin",
            "serait présenté au Parlement",
        ),
        (
            "Paul Ardan a annoncé à Bruxelles que le plan serait présenté vendredi.",
            "Paul Ardan",
            "serait présenté vendredi",
        ),
        (
            "Le procureur Jean Massol a indiqué aux familles que l'affaire serait jugée en appel.",
            "Le procureur Jean Massol",
            "serait jugée en appel",
        ),
    ],
)
def test_a_passive_after_a_time_word_or_a_listener_is_reported(
    build: Build, text: str, name: str, words: str
) -> None:
    reported = _reported(build, text, "fr", {name: ("person", [name])})
    assert any(words in statement for statement in reported)


def test_a_clause_after_a_listener_with_its_own_subject_is_reported(build: Build) -> None:
    text = (
        "La ministre Claire Ovide a expliqué aux élus que la commission jugerait en toute "
        "indépendance."
    )
    cast: Cast = {"Claire Ovide": ("person", ["La ministre Claire Ovide"])}
    reported = _reported(build, text, "fr", cast)
    assert any("en toute indépendance" in statement for statement in reported)


def test_a_subject_relative_still_reports_its_claim(build: Build) -> None:
    text = "Voters backed a senator that vowed to cut taxes."
    cast: Cast = {"senator": ("person", ["a senator"])}
    reported = _reported(build, text, "en", cast)
    assert any("to cut taxes" in statement for statement in reported)


def test_a_relative_pronoun_object_of_the_infinitive_still_reports_a_claim(
    build: Build,
) -> None:
    text = "L'accord que Lucien Forvel affirme avoir signé n'existe pas."
    cast: Cast = {"Lucien Forvel": ("person", ["Lucien Forvel"])}
    reported = _reported(build, text, "fr", cast)
    assert any("avoir signé" in statement for statement in reported)


def test_que_read_as_a_mark_before_a_promised_infinitive_reports_nothing(build: Build) -> None:
    text = (
        "Au centre du mécontentement figure la réforme électorale que le chef de l'exécutif a "
        "promis de lancer cet hiver."
    )
    cast: Cast = {"chef de l'exécutif": ("person", ["le chef de l'exécutif"])}
    reported = _reported(build, text, "fr", cast)
    assert not any("lancer" in statement for statement in reported)
