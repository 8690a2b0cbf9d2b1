"""A non-finite clause set off after a speech tag closes the tag, and the statement before it
stays a statement (:mod:`newsgraph.quotes.circumstance`)."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [q for q in quotes_of(build(text, lang, CAST)) if not q[2]]


def test_an_infinitive_after_a_pronoun_tag_leaves_the_statement_before_it(
    build: Build,
) -> None:
    text = (
        "Keir Starmer était lundi à Kiev. Londres livrera de nouveaux blindés à l'Ukraine, "
        "a-t-il ajouté, sans donner de calendrier."
    )
    assert _reported(build, text, "fr") == [
        ("Londres livrera de nouveaux blindés à l'Ukraine", "Keir Starmer", False)
    ]


def test_a_participle_after_a_pronoun_tag_reports_its_own_clause_too(build: Build) -> None:
    text = (
        "Volodymyr Zelensky a commenté les frappes de la nuit. Kiev ne visait que des cibles "
        "militaires, a-t-il assuré, ajoutant que l'enquête suivait son cours."
    )
    assert _reported(build, text, "fr") == [
        ("Kiev ne visait que des cibles militaires", "Volodymyr Zelensky", False),
        ("que l'enquête suivait son cours", "Volodymyr Zelensky", False),
    ]


def test_a_participle_after_an_english_tag_leaves_the_statement_before_it(build: Build) -> None:
    text = (
        "Antony Blinken met the Ukrainian delegation. The two sides made real progress, he "
        "said, adding that Moscow should accept the truce."
    )
    found = _reported(build, text, "en")
    assert ("The two sides made real progress", "Antony Blinken", False) in found


def test_a_finite_clause_after_the_tag_still_goes_on_the_statement(build: Build) -> None:
    text = (
        "Keir Starmer était lundi à Kiev. Si Moscou refuse la trêve, a-t-il averti, Londres "
        "livrera de nouveaux missiles à l'Ukraine."
    )
    found = _reported(build, text, "fr")
    assert [q[0] for q in found] == [
        "Si Moscou refuse la trêve, a-t-il averti, Londres livrera de nouveaux missiles à l'Ukraine"
    ]
