"""A reporting verb in the passé composé coordinated after quoted words is the speaker's next
act (:func:`newsgraph.quotes.partial._speakers_act`), not words said besides the quotation."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Le ministre bolivien a estimé que les sanctions « frappent surtout les paysans » et "
            "a réclamé une dérogation pour les importations de blé.",
            "réclamé une dérogation",
        ),
        (
            "La ministre chilienne a jugé que la Bolivie « n'a jamais respecté ses engagements » "
            "et menacé de porter à 40 % les droits de douane.",
            "menacé de porter",
        ),
    ],
)
def test_a_reporting_verb_after_quoted_words_is_no_statement(
    build: Build, text: str, act: str
) -> None:
    found = quotes_of(build(text, "fr", {}))
    assert not any(act in words and not direct for words, _, direct in found)
    assert any(direct for _, _, direct in found)


def test_a_verb_in_the_tense_of_the_quoted_clause_stays_reported(build: Build) -> None:
    text = (
        "Le porte-parole a fait savoir que le Portugal « désapprouvait totalement » ces "
        "agissements et restait solidaire de l'Estonie."
    )
    found = quotes_of(build(text, "fr", {}))
    assert any("restait solidaire" in words and not direct for words, _, direct in found)
