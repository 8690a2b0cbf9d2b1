"""An infinitive the parser hangs on a noun of a verb's object (SenseReader._object_infinitives),
on parses written by hand."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.events.senses import SenseReader
from newsgraph.events.syntax import Tree

from .trees import parse


def _call(verb: str, lemma: str) -> list[tuple[str, str, str, str, int, str]]:
    """« Paris <verb> les gardes des deux pays à cesser », « cesser » hung on « pays »."""
    return [
        ("Paris", "Paris", "PROPN", "", 1, "nsubj"),
        (verb, lemma, "VERB", "VerbForm=Fin|Mood=Ind", 1, "ROOT"),
        ("les", "le", "DET", "", 3, "det"),
        ("gardes", "garde", "NOUN", "", 1, "obj"),
        ("des", "de", "ADP", "", 6, "case"),
        ("deux", "deux", "NUM", "", 6, "nummod"),
        ("pays", "pays", "NOUN", "", 3, "nmod"),
        ("à", "à", "ADP", "", 8, "mark"),
        ("cesser", "cesser", "VERB", "VerbForm=Inf", 6, "acl"),
    ]


RELATIVE = [
    ("Paris", "Paris", "PROPN", "", 1, "nsubj"),
    ("appelle", "appeler", "VERB", "VerbForm=Fin|Mood=Ind", 1, "ROOT"),
    ("les", "le", "DET", "", 3, "det"),
    ("pays", "pays", "NOUN", "", 1, "obj"),
    ("qui", "qui", "PRON", "", 5, "nsubj"),
    ("ont", "avoir", "VERB", "VerbForm=Fin|Mood=Ind", 3, "acl:relcl"),
    ("un", "un", "DET", "", 7, "det"),
    ("accord", "accord", "NOUN", "", 5, "obj"),
    ("à", "à", "ADP", "", 9, "mark"),
    ("signer", "signer", "VERB", "VerbForm=Inf", 7, "acl"),
]


def _marks(tree: Tree, rows: list[tuple[str, str, str, str, int, str]]) -> set[str]:
    reader = SimpleNamespace(tree=tree, _on_nouns=getattr(SenseReader, "_on_nouns", None))
    return SenseReader._object_infinitives(reader, parse(rows)[1])  # type: ignore[arg-type]


def test_a_verb_of_request_takes_the_infinitive_on_its_object_s_nouns(fr: Tree) -> None:
    assert _marks(fr, _call("appelle", "appeler")) == {"à"}


def test_another_verb_takes_none(fr: Tree) -> None:
    assert _marks(fr, _call("condamne", "condamner")) == set()


def test_an_infinitive_inside_a_relative_on_the_object_is_not_the_verb_s(fr: Tree) -> None:
    assert _marks(fr, RELATIVE) == set()
