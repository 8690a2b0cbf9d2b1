"""Whom a noun event is aimed at by a participle of aiming (:mod:`newsgraph.events.aimed`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.aimed import aimed_objects
from newsgraph.events.syntax import Tree

from .helpers import coded
from .trees import parse

# "des sanctions visant la Russie"
SANCTIONS = [
    ("des", "un", "DET", "", 1, "det"),
    ("sanctions", "sanction", "NOUN", "", 1, "ROOT"),
    ("visant", "viser", "VERB", "VerbForm=Part", 1, "acl"),
    ("la", "le", "DET", "", 4, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "obj"),
]

# "un texte visant à geler les avoirs"
PROPOSAL = [
    ("un", "un", "DET", "", 1, "det"),
    ("texte", "texte", "NOUN", "", 1, "ROOT"),
    ("visant", "viser", "VERB", "VerbForm=Part", 1, "acl"),
    ("à", "à", "ADP", "", 4, "mark"),
    ("geler", "geler", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("les", "le", "DET", "", 6, "det"),
    ("avoirs", "avoir", "NOUN", "", 4, "obj"),
]

# "a package targeting Iranian ports"
PACKAGE = [
    ("a", "a", "DET", "", 1, "det"),
    ("package", "package", "NOUN", "", 1, "ROOT"),
    ("targeting", "target", "VERB", "VerbForm=Part", 1, "acl"),
    ("Iranian", "iranian", "ADJ", "", 4, "amod"),
    ("ports", "port", "NOUN", "", 2, "dobj"),
]


def test_an_aiming_participle_gives_its_object(fr: Tree) -> None:
    doc = parse(SANCTIONS)
    assert [t.text for t in aimed_objects(fr, doc[1])] == ["Russie"]


def test_an_aim_stated_by_an_infinitive_is_no_target(fr: Tree) -> None:
    doc = parse(PROPOSAL)
    assert aimed_objects(fr, doc[1]) == []


def test_an_english_aiming_participle_gives_its_object(en: Tree) -> None:
    doc = parse(PACKAGE)
    assert [t.text for t in aimed_objects(en, doc[1])] == ["ports"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a critiqué la Chine. Washington a annoncé des sanctions visant la Russie.",
            ("SANCTION", frozenset({"USA"}), frozenset({"RUS"})),
        ),
        (
            "en",
            "France criticised China. Washington announced new sanctions targeting Russia.",
            ("SANCTION", frozenset({"USA"}), frozenset({"RUS"})),
        ),
    ],
)
def test_a_noun_event_is_aimed_at_what_its_participle_targets(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in [found[:3] for found in coded(coders[lang], text, lang)]
