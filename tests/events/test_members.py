"""The named members a group phrase lists (:mod:`newsgraph.events.members`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.members import listed_members
from newsgraph.events.syntax import Tree

from .helpers import coded
from .trees import parse

# "les consuls de trois pays , dont l' Islande et le Danemark"
DIPLOMATS = [
    ("les", "le", "DET", "", 1, "det"),
    ("consuls", "consul", "NOUN", "", 1, "ROOT"),
    ("de", "de", "ADP", "", 4, "case"),
    ("trois", "trois", "NUM", "", 4, "nummod"),
    ("pays", "pays", "NOUN", "", 1, "nmod"),
    (",", ",", "PUNCT", "", 1, "punct"),
    ("dont", "dont", "PRON", "PronType=Rel", 8, "nmod"),
    ("l'", "le", "DET", "", 8, "det"),
    ("Islande", "Islande", "PROPN", "", 1, "acl:relcl"),
    ("et", "et", "CCONJ", "", 11, "cc"),
    ("le", "le", "DET", "", 11, "det"),
    ("Danemark", "Danemark", "PROPN", "", 8, "conj"),
]

# "ses alliés , dont le mandat expire" (a relative with a verb lists no one)
ALLIES = [
    ("ses", "son", "DET", "", 1, "det"),
    ("alliés", "allié", "NOUN", "", 1, "ROOT"),
    (",", ",", "PUNCT", "", 1, "punct"),
    ("dont", "dont", "PRON", "PronType=Rel", 5, "nmod"),
    ("le", "le", "DET", "", 5, "det"),
    ("mandat", "mandat", "NOUN", "", 6, "nsubj"),
    ("expire", "expirer", "VERB", "VerbForm=Fin", 1, "acl:relcl"),
]

# "states such as Togo and Gabon"
STATES = [
    ("states", "state", "NOUN", "", 0, "ROOT"),
    ("such", "such", "ADJ", "", 2, "amod"),
    ("as", "as", "ADP", "", 0, "prep"),
    ("Togo", "Togo", "PROPN", "", 2, "pobj"),
    ("and", "and", "CCONJ", "", 3, "cc"),
    ("Gabon", "Gabon", "PROPN", "", 3, "conj"),
]

# "countries including Norway and Iceland"
COUNTRIES = [
    ("countries", "country", "NOUN", "", 0, "ROOT"),
    ("including", "include", "VERB", "VerbForm=Ger", 0, "prep"),
    ("Norway", "Norway", "PROPN", "", 1, "pobj"),
    ("and", "and", "CCONJ", "", 2, "cc"),
    ("Iceland", "Iceland", "PROPN", "", 2, "conj"),
]


def test_a_verbless_relative_on_dont_lists_members(fr: Tree) -> None:
    doc = parse(DIPLOMATS)
    assert [t.text for t in listed_members(fr, doc[1])] == ["Islande"]


def test_a_relative_with_a_verb_lists_no_member(fr: Tree) -> None:
    doc = parse(ALLIES)
    assert listed_members(fr, doc[1]) == []


def test_such_as_lists_members(en: Tree) -> None:
    doc = parse(STATES)
    assert [t.text for t in listed_members(en, doc[0])] == ["Togo"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La Chine a critiqué le Japon. La Russie a expulsé les consuls de trois pays "
            "européens, dont la France et l'Allemagne.",
            ("SANCTION", frozenset({"RUS"}), frozenset({"FRA", "DEU"})),
        ),
        (
            "en",
            "China criticised Japan. Russia imposed sanctions on European states such as "
            "France and Germany.",
            ("SANCTION", frozenset({"RUS"}), frozenset({"FRA", "DEU"})),
        ),
    ],
)
def test_a_group_is_the_members_it_lists(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in [found[:3] for found in coded(coders[lang], text, lang)]


def test_including_lists_members(en: Tree) -> None:
    doc = parse(COUNTRIES)
    assert [t.text for t in listed_members(en, doc[0])] == ["Norway"]
