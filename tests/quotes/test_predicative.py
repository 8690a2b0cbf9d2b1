"""Statements that call something something (:mod:`newsgraph.quotes.predicative`)."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "statement", "speaker"),
    [
        (
            "Washington called the moves a direct threat to its territorial integrity and took "
            "the matter to the Security Council.",
            "en",
            "called the moves a direct threat to its territorial integrity",
            "United States",
        ),
        (
            "La Russie a organisé un référendum, une consultation que l'Ukraine avait "
            "qualifiée de menace grave pour la région.",
            "fr",
            "avait qualifiée de menace grave pour la région",
            "Ukraine",
        ),
        # what is raised is what is said
        (
            "Sergei Lavrov a évoqué un possible malentendu entre les deux armées.",
            "fr",
            "a évoqué un possible malentendu entre les deux armées",
            "Sergei Lavrov",
        ),
        # a conjunct the parser hangs on the verb belongs to the predicate
        (
            "Emmanuel Macron évoque une hausse des tarifs, voire la fermeture de la frontière.",
            "fr",
            "évoque une hausse des tarifs, voire la fermeture de la frontière",
            "Emmanuel Macron",
        ),
        # what a measure only qualifies, a measure another state takes, or a mere
        # suspension is no threat of the speaker's
        (
            "Sergei Lavrov a évoqué la levée des sanctions contre la Moldavie.",
            "fr",
            "a évoqué la levée des sanctions contre la Moldavie",
            "Sergei Lavrov",
        ),
        (
            "Sergei Lavrov a évoqué des mesures de soutien aux agriculteurs.",
            "fr",
            "a évoqué des mesures de soutien aux agriculteurs",
            "Sergei Lavrov",
        ),
        (
            "Sergei Lavrov a évoqué la suspension des combats.",
            "fr",
            "a évoqué la suspension des combats",
            "Sergei Lavrov",
        ),
        (
            "Sergei Lavrov a évoqué la riposte israélienne.",
            "fr",
            "a évoqué la riposte israélienne",
            "Sergei Lavrov",
        ),
    ],
)
def test_calling_something_something_is_a_statement(
    build: Build, text: str, lang: str, statement: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, CAST)) if not q[2]]
    assert found == [(statement, speaker, False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a request
        ("Washington called on Moscow to withdraw its troops from the border.", "en"),
        # a manner of speaking
        ("The leaders discussed what they called innovative ways to curb migration.", "en"),
        # a quoted predicate is a direct quote
        ('Tehran called the sanctions "a continuation of economic terrorism".', "en"),
        # a participle that describes a thing, not a statement
        ("Tehran released a document describing the strike as an act of open war.", "en"),
        ("Kiev a publié une déclaration évoquant une frontière de paix avec la Russie.", "fr"),
        # raising a measure against another state is a threat, not a statement
        ("Sergei Lavrov a durci le ton en évoquant des mesures de représailles.", "fr"),
        ("Sergei Lavrov a évoqué une nouvelle série de sanctions contre la Moldavie.", "fr"),
    ],
)
def test_what_calling_is_not(build: Build, text: str, lang: str) -> None:
    assert [q for q in quotes_of(build(text, lang, CAST)) if not q[2]] == []
