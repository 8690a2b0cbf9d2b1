"""Mending a finite verb the parser hangs on its subject as an adjective."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_modifiers import mend_modifiers
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    morphs = ["Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin" if p == "VERB" else "" for p in pos]
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps, morphs=morphs)


def _relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_an_indicative_verb_hung_as_an_adjective_is_its_nouns_verb() -> None:
    doc = parsed(
        ["La", "Moldavie", "expulse", "Ivanov", "en", "riposte", "."],
        ["DET", "PROPN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"],
        [1, 1, 1, 1, 5, 1, 1],
        ["det", "ROOT", "amod", "flat:name", "case", "nmod", "punct"],
    )
    mend_modifiers(doc)
    assert _relations(doc) == [
        ("La", "det", "Moldavie"),
        ("Moldavie", "nsubj", "expulse"),
        ("expulse", "ROOT", "expulse"),
        ("Ivanov", "obj", "expulse"),
        ("en", "case", "riposte"),
        ("riposte", "obl:mod", "expulse"),
        (".", "punct", "expulse"),
    ]


def test_a_participle_hung_as_an_adjective_is_left() -> None:
    doc = Doc(
        spacy.blank("fr").vocab,
        words=["les", "villes", "bombardées", "hier"],
        pos=["DET", "NOUN", "VERB", "ADV"],
        heads=[1, 1, 1, 2],
        deps=["det", "ROOT", "amod", "advmod"],
        morphs=["", "", "Tense=Past|VerbForm=Part", ""],
    )
    mend_modifiers(doc)
    assert doc[2].dep_ == "amod" and doc[1].dep_ == "ROOT"


@pytest.mark.model
def test_the_parsed_verb_of_a_state_after_its_name_has_its_subject_and_object() -> None:
    text = "La Russie bombarde Kyiv en représailles depuis lundi."
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    verb = next(t for t in doc if t.text == "bombarde")
    relations = {(t.text, t.dep_) for t in verb.children}
    assert {("Russie", "nsubj"), ("Kyiv", "obj")} <= relations
