"""A statement opened by its cue that goes on into a quotation
(:mod:`newsgraph.quotes.continued`)."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, language: str) -> list[str]:
    return [q[0] for q in quotes_of(build(text, language, CAST)) if not q[2]]


def test_a_french_statement_runs_into_the_quotation_after_a_comma(build: Build) -> None:
    text = (
        "Emmanuel Macron s'est dit prêt à rencontrer le président ukrainien à Kiev,"
        " « dès que possible »."
    )
    assert _reported(build, text, "fr") == [
        "s'est dit prêt à rencontrer le président ukrainien à Kiev, « dès que possible »"
    ]


def test_a_french_statement_keeps_its_end_before_the_next_sentence(build: Build) -> None:
    text = (
        "Emmanuel Macron s'est dit prêt à rencontrer le président ukrainien."
        " « Avec plaisir », a répondu Volodymyr Zelensky."
    )
    assert _reported(build, text, "fr") == ["s'est dit prêt à rencontrer le président ukrainien"]


def test_an_english_statement_runs_into_the_quotation(build: Build) -> None:
    text = 'Antony Blinken vowed to meet the Ukrainian president in Kyiv, "as soon as possible."'
    assert _reported(build, text, "en") == [
        'vowed to meet the Ukrainian president in Kyiv, "as soon as possible."'
    ]


def test_a_quotation_with_a_tag_of_its_own_is_not_the_statement_s(build: Build) -> None:
    text = (
        "Emmanuel Macron s'est dit prêt à aider Kiev, pour « une paix juste »,"
        " a ajouté Olaf Scholz."
    )
    assert _reported(build, text, "fr") == ["s'est dit prêt à aider Kiev"]


def test_a_statement_runs_into_the_quotation_before_a_coordinated_verb(build: Build) -> None:
    text = (
        "Emmanuel Macron a dit regretter une mesure « brutale et inutile » et rejeté"
        " les arguments de Moscou."
    )
    assert _reported(build, text, "fr")[0] == ("a dit regretter une mesure « brutale et inutile »")
