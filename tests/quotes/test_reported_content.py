"""Nouns whose clause is their own content (``content_nouns`` of the quotes lexicons): « l'idée
que … », "a claim that …", « au motif que … » state another's claim or a reason, which the verb
before them judges or gives; the clause is no statement that verb reports."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .conftest import Build

pytestmark = pytest.mark.model


def _reported(build: Build, text: str, lang: str) -> list[str]:
    _, found = find(build(text, lang, {}), load(lang))
    return [text[f.start : f.end] for f in found if not f.direct]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le ministre des Finances a rejeté l'idée que le gouvernement préparerait une "
            "hausse des impôts.",
            "fr",
        ),
        (
            "The finance minister rejected a claim that his ministry had hidden the figures "
            "from parliament.",
            "en",
        ),
        (
            "The port authority has rejected suggestions that the ferry service could restart "
            "without its approval.",
            "en",
        ),
    ],
)
def test_the_clause_of_a_content_noun_is_no_statement(build: Build, text: str, lang: str) -> None:
    assert _reported(build, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "La ministre a déclaré la semaine dernière que le pont serait rouvert en mai.",
            "fr",
            "que le pont serait rouvert en mai",
        ),
        (
            "The mayor told the council that the bridge would reopen in May.",
            "en",
            "that the bridge would reopen in May",
        ),
    ],
)
def test_a_clause_after_another_noun_stays_a_statement(
    build: Build, text: str, lang: str, words: str
) -> None:
    assert _reported(build, text, lang) == [words]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le syndicat a rejeté l'idée que la grève coûterait des emplois au port.", "fr"),
        ("La mairie a contesté l'hypothèse que le pont venait de céder sous le poids.", "fr"),
    ],
)
def test_a_clause_hung_on_the_verb_after_a_content_noun_is_no_statement(
    build: Build, text: str, lang: str
) -> None:
    assert _reported(build, text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "The agency reiterated its claim that the dam had cracked after the flood.",
            "en",
            "that the dam had cracked after the flood",
        ),
        (
            "The agency restated the claim that the dam had cracked after the flood.",
            "en",
            "that the dam had cracked after the flood",
        ),
        (
            "Le syndicat a réitéré l'accusation que la direction avait menti aux salariés.",
            "fr",
            "que la direction avait menti aux salariés",
        ),
    ],
)
def test_the_subjects_own_claim_stays_a_statement(
    build: Build, text: str, lang: str, words: str
) -> None:
    assert _reported(build, text, lang) == [words]
