"""The NLP layer: tokenizer and sentence hints before the parser."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.nlp import HINTS, load_model, sentence_hints, split_glued_quotes


def test_hints_forbid_sentence_starts_after_anything_but_an_end() -> None:
    nlp = spacy.blank("fr")
    doc = sentence_hints(nlp("L'Allemagne , en revanche , a signé . Puis elle est partie\nFin"))
    starts = [t.text for t in doc if t.is_sent_start is not False and not t.is_space][1:]
    assert starts == ["Puis", "Fin"]
    assert doc[-1].is_sent_start  # a line break always starts a sentence
    english = sentence_hints(spacy.blank("en")("They met in the U.S. The talks went on"))
    assert english[5].text == "The" and english[5].is_sent_start is not False


def test_hints_keep_marks_set_before_them_and_read_words_past_spaces() -> None:
    doc = spacy.blank("en")("Yes  sir .\n\nNo")
    doc[1].is_sent_start = True  # a space token, which the hints leave alone
    marks = [t.is_sent_start for t in sentence_hints(doc)]
    assert [t.text for t in doc] == ["Yes", " ", "sir", ".", "\n\n", "No"]
    assert marks == [True, True, None, False, None, True]
    assert [t.is_sent_start for t in sentence_hints(spacy.blank("fr")("Oui"))] == [True]


@pytest.mark.model
def test_an_aside_does_not_cut_a_sentence_in_two() -> None:
    nlp = load_model("fr_core_news_md")
    assert nlp.pipe_names.index(HINTS) == nlp.pipe_names.index("parser") - 1
    doc = nlp("L'Allemagne, en revanche, a soutenu l'accord. La France s'y oppose.")
    assert [s.text for s in doc.sents] == [
        "L'Allemagne, en revanche, a soutenu l'accord.",
        "La France s'y oppose.",
    ]


@pytest.mark.parametrize(
    ("code", "text", "words"),
    [
        ("en", "He said,“Look here.”", ["He", "said", ",", "“", "Look", "here", ".", "”"]),
        ("en", 'this,"Clinton said', ["this", ",", '"', "Clinton", "said"]),
        ("fr", "a-t-il dit,«non»", ["a", "-t", "-il", "dit", ",", "«", "non", "»"]),
        ("en", "3.5 %, e.g. the U.S.", ["3.5", "%", ",", "e.g.", "the", "U.S."]),
    ],
)
def test_a_quotation_mark_glued_to_punctuation_is_a_word(
    code: str, text: str, words: list[str]
) -> None:
    nlp = spacy.blank(code)
    split_glued_quotes(nlp)
    assert [t.text for t in nlp(text)] == words
