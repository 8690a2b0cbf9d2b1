"""Indirect questions and free relatives after a reporting verb are no reported statements."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, lang: str) -> list[str]:
    _, found = find(build(text, lang, {}), load(lang))
    return [text[f.start : f.end] for f in found if not f.direct]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He did not say how many troops were involved."),
        ("en", "Beijing condemned what it called the reckless aggression of the Thai army."),
        ("en", "The minister said what many people here think."),
    ],
)
def test_a_clause_a_question_word_opens_is_no_statement(build: Build, lang: str, text: str) -> None:
    assert _reported(build, text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "The minister said the troops would leave by September.",
            "the troops would leave by September",
        ),
        (
            "fr",
            "Le ministre a déclaré que les troupes partiraient en septembre.",
            "que les troupes partiraient en septembre",
        ),
    ],
)
def test_a_clause_of_a_statement_stays(build: Build, lang: str, text: str, words: str) -> None:
    assert _reported(build, text, lang) == [words]
