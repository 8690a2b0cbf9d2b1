"""Mending the lemma of a verb form the lemmatiser leaves as it is."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_lemmas import mend_lemmas
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def tagged(code: str, words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank(code).vocab, words=words, pos=pos, lemmas=lemmas)


def test_a_listed_verb_form_left_as_its_own_lemma_gets_its_infinitive() -> None:
    doc = tagged(
        "fr",
        ["Moscou", "tente", "de", "négocier"],
        ["PROPN", "VERB", "ADP", "VERB"],
        ["Moscou", "tente", "de", "négocier"],
    )
    mend_lemmas(doc)
    assert [t.lemma_ for t in doc] == ["Moscou", "tenter", "de", "négocier"]


def test_a_listed_form_read_as_a_noun_keeps_its_lemma() -> None:
    doc = tagged(
        "fr", ["tenir", "compte", "de"], ["VERB", "NOUN", "ADP"], ["tenir", "compte", "de"]
    )
    mend_lemmas(doc)
    assert doc[1].lemma_ == "compte"


def test_a_lemma_the_lemmatiser_found_is_left() -> None:
    doc = tagged("fr", ["Kiev", "compte"], ["PROPN", "VERB"], ["Kiev", "conter"])
    mend_lemmas(doc)
    assert doc[1].lemma_ == "conter"


def test_a_language_without_the_list_is_left() -> None:
    doc = tagged("en", ["Kyiv", "tente"], ["PROPN", "VERB"], ["Kyiv", "tente"])
    mend_lemmas(doc)
    assert doc[1].lemma_ == "tente"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("La Russie tente de reprendre la ville.", "tente", "tenter"),
        ("Berlin compte livrer des chars à Kiev.", "compte", "compter"),
    ],
)
def test_the_parsed_verb_of_an_attempt_or_an_intent_has_its_lemma(
    text: str, form: str, lemma: str
) -> None:
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    verb = next(t for t in doc if t.text == form)
    assert (verb.pos_, verb.lemma_) == ("VERB", lemma)
