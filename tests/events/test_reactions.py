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


@pytest.mark.parametrize(
    ("text", "word", "where"),
    [
        ("À Genève, la Russie a opposé son veto à un projet de résolution.", "Genève", True),
        ("La Russie a livré des armes à Lyon.", "Lyon", False),
    ],
)
def test_a_place_the_clause_is_set_in_is_no_target_beside_an_argument_of_the_same_verb(
    text: str, word: str, where: bool
) -> None:
    from types import SimpleNamespace

    from newsgraph.events.lexicon import load_lexicon
    from newsgraph.events.phrases import Phrases

    doc = make_article(text, "fr").doc
    token = next(t for t in doc if t.text == word)
    reader = SimpleNamespace(tree=SimpleNamespace(syntax=load_lexicon("fr").syntax))
    assert Phrases._where(reader, token) is where  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("La Russie a opposé son veto à un projet de résolution.", True),
        ("La Russie a opposé son veto à une résolution du Conseil.", True),
        ("La Russie a opposé son veto à une proposition de cessez-le-feu.", False),
    ],
)
def test_a_body_s_act_may_be_the_phrase_of_a_target_preposition(
    coders: dict[str, Coder], text: str, about: bool
) -> None:
    from newsgraph.events.reactions import about_body_act

    coder = coders["fr"]
    token = next(t for t in make_article(text, "fr").doc if t.text == "opposé")
    assert about_body_act(coder.tree, coder.lexicon, token, ("à",)) is about
