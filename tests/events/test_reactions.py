"""Reactions to what a body decided (:mod:`newsgraph.events.reactions`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Union européenne a imposé des sanctions à la Biélorussie. "
            "L'Ukraine a salué une décision attendue depuis longtemps.",
        ),
        (
            "en",
            "The European Union imposed sanctions on Belarus. Ukraine welcomed the decision.",
        ),
    ],
)
def test_words_about_a_decision_are_aimed_at_the_body_that_took_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("SUPPORT", frozenset({"UKR"}), frozenset({"European Union"}), "asserted") in found, (
        found
    )


@pytest.mark.parametrize(
    ("lang", "text", "word", "verb"),
    [
        ("en", "The UN called for an investigation into the massacre.", "massacre", None),
        ("fr", "L'ONU a estimé le bilan du massacre à 30 morts.", "massacre", None),
        ("en", "Germany called the Russian attacks on Kharkiv reckless.", "reckless", "called"),
        ("en", "Germany described the strikes as reckless.", "reckless", "described"),
        ("en", "Moscow called the recall another unfriendly step.", "unfriendly", "called"),
        ("fr", "Le ministre a qualifié la position d'« ingérence ».", "ingérence", "qualifié"),
        ("fr", "Moscou a jugé « inacceptables » les tentatives de Kiev.", "inacceptables", "jugé"),
    ],
)
def test_a_word_in_another_prepositional_phrase_is_no_complement_of_a_verb_of_judging(
    coders: dict[str, Coder], lang: str, text: str, word: str, verb: str | None
) -> None:
    from newsgraph.events.reactions import judging_verb

    coder = coders[lang]
    token = next(t for t in make_article(text, lang).doc if t.text == word)
    found = judging_verb(coder.tree, coder.lexicon, token)
    assert (found.text if found is not None else None) == verb
