"""Mending a verb the tagger reads as an adverb or a noun before its inverted subject clitic."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_inverted import mend_inverted
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def built(
    words: list[str], pos: list[str], heads: list[int], deps: list[str], lang: str = "fr"
) -> Doc:
    """A doc with the given tags and tree, as a tagger might slip on it."""
    return Doc(spacy.blank(lang).vocab, words=words, pos=pos, heads=heads, deps=deps)


def relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_tag_verb_read_as_an_adverb_before_t_il_is_a_verb_with_its_subject() -> None:
    # "Paix proche, estime-t-il, malgré tout."
    doc = built(
        ["Paix", "proche", ",", "estime", "-t", "-il", ",", "malgré", "tout", "."],
        ["NOUN", "ADJ", "PUNCT", "ADV", "PRON", "PRON", "PUNCT", "ADP", "PRON", "PUNCT"],
        [1, 1, 1, 1, 3, 3, 3, 8, 3, 1],
        ["nsubj", "ROOT", "punct", "advmod", "dep", "dep", "punct", "case", "obl:mod", "punct"],
    )
    mend_inverted(doc)
    assert doc[3].pos_ == "VERB"
    assert "Fin" in doc[3].morph.get("VerbForm")
    assert relations(doc)[3:6] == [
        ("estime", "parataxis", "proche"),
        ("-t", "dep", "estime"),
        ("-il", "nsubj", "estime"),
    ]
    assert doc[3].lemma_ == "estimer"
    assert doc[8].head.text == "estime"  # what hung on it stays


def test_a_noun_before_a_bare_clitic_is_a_verb_too() -> None:
    # "Kiev tiendra, juge-elle."
    doc = built(
        ["Kiev", "tiendra", ",", "juge", "-elle", "."],
        ["PROPN", "VERB", "PUNCT", "NOUN", "PRON", "PUNCT"],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "punct", "obl:mod", "flat:name", "punct"],
    )
    mend(doc)
    assert doc[3].pos_ == "VERB"
    assert relations(doc)[3:5] == [("juge", "parataxis", "tiendra"), ("-elle", "nsubj", "juge")]
    assert doc[3].lemma_ == "juger" and doc[3].morph.get("Number") == ["Sing"]


def test_a_plural_clitic_makes_a_plural_verb_with_its_infinitive() -> None:
    # "Paix proche, estiment-ils."
    doc = built(
        ["Paix", "proche", ",", "estiment", "-ils", "."],
        ["NOUN", "ADJ", "PUNCT", "NOUN", "PRON", "PUNCT"],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "punct", "dep", "dep", "punct"],
    )
    mend_inverted(doc)
    assert doc[3].lemma_ == "estimer" and doc[3].morph.get("Number") == ["Plur"]


def test_a_form_of_no_first_group_verb_keeps_itself_as_lemma() -> None:
    # "Paix proche, dément-il." ("démentir": no present in -e)
    doc = built(
        ["Paix", "proche", ",", "dément", "-il", "."],
        ["NOUN", "ADJ", "PUNCT", "ADV", "PRON", "PUNCT"],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "punct", "advmod", "dep", "punct"],
    )
    mend_inverted(doc)
    assert doc[3].pos_ == "VERB" and doc[3].lemma_ == "dément"


@pytest.mark.model
def test_a_parsed_tag_read_as_a_noun_is_the_verb_juger() -> None:
    text = "Le pays est prêt, juge-t-il, faute de garanties."
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    verb = next(t for t in doc if t.text == "juge")
    assert (verb.pos_, verb.lemma_) == ("VERB", "juger")
    assert [(t.text, t.dep_) for t in verb.children if t.text in ("-t", "-il")] == [
        ("-t", "dep"),
        ("-il", "nsubj"),
    ]


def test_a_word_before_no_subject_clitic_is_left() -> None:
    # "-là" is no subject clitic: "ce jour-là"
    doc = built(
        ["Ce", "jour", "-là", ",", "rien", "."],
        ["DET", "NOUN", "ADV", "PUNCT", "PRON", "PUNCT"],
        [1, 1, 1, 1, 1, 1],
        ["det", "ROOT", "advmod", "punct", "dep", "punct"],
    )
    mend_inverted(doc)
    assert doc[1].pos_ == "NOUN"


def test_a_clitic_the_slipped_word_hangs_under_is_left_rather_than_made_a_cycle() -> None:
    doc = built(
        ["Paix", ",", "estime", "-il", "."],
        ["NOUN", "PUNCT", "ADV", "PRON", "PUNCT"],
        [0, 0, 3, 0, 0],
        ["ROOT", "punct", "advmod", "dep", "punct"],
    )
    mend_inverted(doc)
    assert doc[2].pos_ == "ADV"


def test_a_language_without_clitics_is_left() -> None:
    doc = built(
        ["Peace", ",", "thinks", "-il", "."],
        ["NOUN", "PUNCT", "ADV", "PRON", "PUNCT"],
        [0, 0, 0, 2, 0],
        ["ROOT", "punct", "advmod", "dep", "punct"],
        lang="en",
    )
    mend_inverted(doc)
    assert doc[2].pos_ == "ADV"
