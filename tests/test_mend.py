"""Mending the parser's flattened coordinations."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view

pytestmark = pytest.mark.model


def parsed(text: str, lang: str = "fr") -> Doc:
    return load_model(DEFAULT_MODELS[lang])(parse_view(text, lang))


def test_two_subjects_joined_by_a_conjunction_are_one_coordination() -> None:
    doc = mend(parsed("La Russie et l'Ukraine ont mené des pourparlers."))
    russia = next(t for t in doc if t.text == "Russie")
    assert [t.text for t in russia.conjuncts] == ["Ukraine"]
    assert [t.text for t in russia.subtree] == ["La", "Russie", "et", "l'", "Ukraine"]


def test_a_coordination_parsed_right_is_left_as_it_is() -> None:
    text = "Le Mali et le Niger ont quitté la Cédéao, a annoncé le Burkina Faso."
    before = [(t.i, t.head.i, t.dep_) for t in parsed(text)]
    assert [(t.i, t.head.i, t.dep_) for t in mend(parsed(text))] == before


def test_three_subjects_are_all_conjuncts_of_the_first() -> None:
    doc = parsed("La Russie, la Chine et l'Iran ont signé un accord.")
    before = {t.text: t.dep_ for t in doc}
    mend(doc)
    russia = next(t for t in doc if t.text == "Russie")
    if before.get("Iran") == "nsubj":  # the slip mended here
        assert sorted(t.text for t in russia.conjuncts) == ["Chine", "Iran"]
    assert "Iran" in [t.text for t in russia.subtree]


def test_a_gerund_tagged_as_a_noun_is_a_present_participle() -> None:
    doc = mend(parsed("L'Iran a répondu, tout en avertissant que sa réponse serait plus sévère."))
    word = next(t for t in doc if t.text == "avertissant")
    assert (word.pos_, str(word.morph)) == ("VERB", "Tense=Pres|VerbForm=Part")


def test_a_noun_before_a_genitive_after_en_stays_a_noun() -> None:
    doc = mend(parsed("La France a parlé en représentant de l'Union."))
    assert next(t for t in doc if t.text == "représentant").pos_ == "NOUN"


def test_a_gerund_before_a_preposition_and_an_infinitive_is_a_present_participle() -> None:
    doc = mend(parsed("Le Pérou a haussé le ton en menaçant d'expulser l'ambassadeur chilien."))
    word = next(t for t in doc if t.text == "menaçant")
    assert (word.pos_, word.lemma_) == ("VERB", "menacer")


def test_the_infinitive_after_a_gerund_is_its_complement() -> None:
    doc = mend(parsed("Quito a réagi en menaçant de rappeler son ambassadeur à Lima."))
    gerund = next(t for t in doc if t.text == "menaçant")
    assert next(t for t in doc if t.text == "rappeler").head.i == gerund.i


@pytest.mark.parametrize(("lang", "expected"), [("fr", "VERB"), ("en", "NOUN")])
def test_only_a_language_with_gerund_data_mends_gerunds(lang: str, expected: str) -> None:
    words = ["Paris", "a", "répondu", "en", "avertissant", "Moscou", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "NOUN", "PROPN", "PUNCT"]
    doc = mend(Doc(spacy.blank(lang).vocab, words=words, pos=pos))
    assert doc[4].pos_ == expected
