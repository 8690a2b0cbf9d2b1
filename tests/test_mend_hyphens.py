"""Mending a hyphenated noun the tokenizer cuts at its hyphen."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_hyphens import mend_hyphens
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def cut(code: str) -> Doc:
    """ "a annoncé l'état - major" parsed with "major" hung on the verb, as the parser does."""
    words = ["a", "annoncé", "l'", "état", "-", "major", "interarmées"]
    spaces = [True, True, False, False, False, True, False]
    heads = [1, 1, 3, 1, 5, 1, 5]
    deps = ["aux:tense", "ROOT", "det", "obj", "punct", "obl:mod", "amod"]
    return Doc(spacy.blank(code).vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_a_cut_compound_is_one_noun_in_the_place_of_its_first_word() -> None:
    doc = cut("fr")
    mend_hyphens(doc)
    noun = doc[3]
    assert (noun.text, noun.pos_, noun.lemma_) == ("état-major", "NOUN", "état-major")
    assert (noun.head.text, noun.dep_) == ("annoncé", "obj")
    assert [(t.text, t.head.text) for t in noun.children] == [
        ("l'", "état-major"),
        ("interarmées", "état-major"),
    ]
    assert doc.text == "a annoncé l'état-major interarmées"


def test_a_compound_hung_inside_another_hangs_on_the_merged_noun() -> None:
    words = ["selon", "l'", "état", "-", "major", "des", "états", "-", "majors"]
    spaces = [True, False, False, False, True, True, False, False, False]
    heads = [2, 2, 2, 2, 2, 6, 4, 6, 6]  # the second "états" hangs on "major"
    deps = ["case", "det", "ROOT", "punct", "flat", "case", "nmod", "punct", "flat"]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    mend_hyphens(doc)
    assert [t.text for t in doc] == ["selon", "l'", "état-major", "des", "états-majors"]
    assert (doc[4].head.text, doc[4].dep_) == ("état-major", "nmod")


def test_a_first_word_hung_under_the_compound_takes_the_head_of_the_whole() -> None:
    # « chef d'état-major guinéen, » with "état" on "guinéen", itself on "major": keeping the
    # first word's arc would make the merged noun its own ancestor.
    words = ["chef", "d'", "état", "-", "major", "guinéen", ","]
    spaces = [True, False, False, False, True, False, False]
    heads = [0, 2, 5, 4, 0, 4, 0]
    deps = ["ROOT", "case", "nsubj", "punct", "nmod", "amod", "punct"]
    doc = Doc(spacy.blank("fr").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    mend_hyphens(doc)
    noun = doc[2]
    assert noun.text == "état-major"
    assert (noun.head.text, noun.dep_) == ("chef", "nmod")
    assert doc[3].head.text == "état-major"  # "guinéen"
    assert doc[0:5].root.text == "chef"  # spaCy finds a root: the tree has no cycle


def test_a_hyphen_with_spaces_around_it_joins_nothing() -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["état", "-", "major"], spaces=[True, True, False])
    mend_hyphens(doc)
    assert len(doc) == 3


def test_a_language_without_compounds_is_left() -> None:
    doc = cut("en")
    mend_hyphens(doc)
    assert len(doc) == 7


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "La Corée du Nord a tiré un missile, a annoncé l'état-major sud-coréen.",
        "Selon les États-majors alliés, les troupes ont reculé.",
    ],
)
def test_the_parsed_compound_is_one_noun(text: str) -> None:
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    assert [t.lemma_ for t in doc if "major" in t.text.lower()] == ["état-major"]
    assert "-" not in [t.text for t in doc]
