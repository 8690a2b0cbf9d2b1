"""The noun a relative clause or a participle modifies (:mod:`newsgraph.events.relatives`), on
parses written by hand."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.relatives import modified_words
from newsgraph.events.syntax import Tree

from .helpers import coded
from .trees import parse

# "Elle a levé l' embargo de fait qu' elle imposait ."
EMBARGO = [
    ("Elle", "il", "PRON", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "", 2, "aux:tense"),
    ("levé", "lever", "VERB", "VerbForm=Part", 2, "ROOT"),
    ("l'", "le", "DET", "", 4, "det"),
    ("embargo", "embargo", "NOUN", "", 2, "obj"),
    ("de", "de", "ADP", "", 6, "case"),
    ("fait", "fait", "NOUN", "", 4, "nmod"),
    ("qu'", "que", "PRON", "", 9, "obj"),
    ("elle", "il", "PRON", "", 9, "nsubj"),
    ("imposait", "imposer", "VERB", "VerbForm=Fin", 6, "acl:relcl"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "Japan lifted the sanctions it had imposed ."
SANCTIONS = [
    ("Japan", "Japan", "PROPN", "", 1, "nsubj"),
    ("lifted", "lift", "VERB", "", 1, "ROOT"),
    ("the", "the", "DET", "", 3, "det"),
    ("sanctions", "sanction", "NOUN", "", 1, "dobj"),
    ("it", "it", "PRON", "", 6, "nsubj"),
    ("had", "have", "AUX", "", 6, "aux"),
    ("imposed", "impose", "VERB", "", 3, "relcl"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_relative_clause_takes_the_nouns_of_the_phrase_it_hangs_on(fr: Tree) -> None:
    doc = parse(EMBARGO)
    assert modified_words(fr, doc[9]) == {"fait", "embargo"}


def test_a_relative_clause_takes_the_noun_it_modifies(en: Tree) -> None:
    doc = parse(SANCTIONS)
    assert modified_words(en, doc[6]) == {"sanction", "sanctions"}


def test_a_main_verb_modifies_no_noun(en: Tree) -> None:
    doc = parse(SANCTIONS)
    assert modified_words(en, doc[1]) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a critiqué la Chine. Des soldats ukrainiens capturés par la Russie ont "
            "été libérés.",
            ("COERCE", frozenset({"RUS"}), frozenset({"UKR"}), "asserted"),
        ),
        (
            "en",
            "China criticised Japan. Russia sentenced an American teacher jailed in Moscow "
            "since 2021.",
            ("COERCE", frozenset({"RUS"}), frozenset({"USA"}), "asserted"),
        ),
    ],
)
def test_a_past_participle_acts_on_the_noun_it_is_on(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in coded(coders[lang], text, lang)
