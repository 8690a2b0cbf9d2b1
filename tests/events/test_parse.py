"""The morphological features :func:`newsgraph.events.parse.morph` reads, once per analysis."""

from __future__ import annotations

from spacy.tokens import MorphAnalysis

from newsgraph.events.parse import morph
from newsgraph.events.syntax import Tree

from .trees import parse


def test_morph_reads_the_first_value_or_nothing() -> None:
    doc = parse(
        [
            ("aurait", "avoir", "AUX", "Mood=Cnd|Number=Sing|Person=3", 1, "aux"),
            ("signé", "signer", "VERB", "Gender=Masc|VerbForm=Part", 1, "ROOT"),
            ("qui", "qui", "PRON", "PronType=Int,Rel", 1, "nsubj"),
        ]
    )
    assert morph(doc[0], "Mood") == "Cnd"
    assert morph(doc[1], "Mood") == ""
    assert morph(doc[2], "PronType") == "Int"


def test_morph_follows_an_analysis_changed_after_a_first_read() -> None:
    doc = parse([("avertissant", "avertissant", "NOUN", "Gender=Masc|Number=Sing", 0, "ROOT")])
    assert morph(doc[0], "VerbForm") == ""
    doc[0].morph = MorphAnalysis(doc.vocab, {"Tense": "Pres", "VerbForm": "Part"})
    assert morph(doc[0], "VerbForm") == "Part"
    assert morph(doc[0], "Gender") == ""


# "Israël a frappé des sites iraniens , selon des responsables américains ."
REPORTED = [
    ("Israël", "Israël", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "", 2, "aux:tense"),
    ("frappé", "frapper", "VERB", "VerbForm=Part", 2, "ROOT"),
    ("des", "un", "DET", "", 4, "det"),
    ("sites", "site", "NOUN", "", 2, "obj"),
    ("iraniens", "iranien", "ADJ", "", 4, "amod"),
    (",", ",", "PUNCT", "", 4, "punct"),
    ("selon", "selon", "ADP", "", 9, "case"),
    ("des", "un", "DET", "", 9, "det"),
    ("responsables", "responsable", "NOUN", "", 4, "nmod"),
    ("américains", "américain", "ADJ", "", 9, "amod"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_the_source_of_a_report_is_no_part_of_the_noun_it_hangs_on(fr: Tree) -> None:
    doc = parse(REPORTED)
    start, end = fr.phrase(doc[4])
    assert doc.text[start:end] == "des sites iraniens"
    assert fr.attribution(doc[9])
    assert not fr.attribution(doc[4])


def test_another_preposition_stays_in_the_phrase(fr: Tree) -> None:
    rows = [*REPORTED[:7], ("près", "près", "ADP", "", 9, "case"), *REPORTED[8:]]
    doc = parse(rows)
    start, end = fr.phrase(doc[4])
    assert doc.text[start:end].endswith("responsables américains")


# "Le Canada et l' Australie ont condamné la Russie ." as the French model parses it: "Canada"
# heads the sentence and the verb is coordinated with it.
STRANDED = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Canada", "Canada", "PROPN", "", 1, "ROOT"),
    ("et", "et", "CCONJ", "", 6, "cc"),
    ("l'", "le", "DET", "", 4, "det"),
    ("Australie", "Australie", "PROPN", "", 6, "nsubj"),
    ("ont", "avoir", "AUX", "", 6, "aux:tense"),
    ("condamné", "condamner", "VERB", "VerbForm=Part", 1, "conj"),
    ("la", "le", "DET", "", 8, "det"),
    ("Russie", "Russie", "PROPN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_first_subject_the_parser_left_out_is_a_conjunct(fr: Tree) -> None:
    doc = parse(STRANDED)
    assert [t.text for t in fr.conjuncts(doc[4])] == ["Australie", "Canada"]
    assert fr.stranded_subject(doc[8]) is None


def test_a_subject_after_a_clause_is_not_joined_to_its_object(fr: Tree) -> None:
    # "Moscou condamne Kiev et la Pologne a protesté ." : the name before "et" is an object
    rows = [
        ("Moscou", "Moscou", "PROPN", "", 1, "nsubj"),
        ("condamne", "condamner", "VERB", "", 1, "ROOT"),
        ("Kiev", "Kiev", "PROPN", "", 1, "obj"),
        ("et", "et", "CCONJ", "", 7, "cc"),
        ("la", "le", "DET", "", 5, "det"),
        ("Pologne", "Pologne", "PROPN", "", 7, "nsubj"),
        ("a", "avoir", "AUX", "", 7, "aux:tense"),
        ("protesté", "protester", "VERB", "", 1, "conj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    doc = parse(rows)
    assert fr.stranded_subject(doc[5]) is None


def test_a_first_subject_cut_off_as_a_sentence_of_its_own_is_a_conjunct(fr: Tree) -> None:
    # "Paris et Berlin ont condamné la Russie .", cut after "Paris" by the parser
    rows = [
        ("Paris", "Paris", "PROPN", "", 0, "ROOT"),
        ("et", "et", "CCONJ", "", 4, "cc"),
        ("Berlin", "Berlin", "PROPN", "", 4, "nsubj"),
        ("ont", "avoir", "AUX", "", 4, "aux:tense"),
        ("condamné", "condamner", "VERB", "VerbForm=Part", 4, "ROOT"),
        ("la", "le", "DET", "", 6, "det"),
        ("Russie", "Russie", "PROPN", "", 4, "obj"),
        (".", ".", "PUNCT", "", 4, "punct"),
    ]
    doc = parse(rows)
    assert [t.text for t in fr.conjuncts(doc[2])] == ["Berlin", "Paris"]


def test_a_sentence_that_ends_before_and_is_not_joined(fr: Tree) -> None:
    # "Moscou condamne . Et la Pologne a protesté ."
    rows = [
        ("Moscou", "Moscou", "PROPN", "", 1, "nsubj"),
        ("condamne", "condamner", "VERB", "", 1, "ROOT"),
        (".", ".", "PUNCT", "", 1, "punct"),
        ("Et", "et", "CCONJ", "", 7, "cc"),
        ("la", "le", "DET", "", 5, "det"),
        ("Pologne", "Pologne", "PROPN", "", 7, "nsubj"),
        ("a", "avoir", "AUX", "", 7, "aux:tense"),
        ("protesté", "protester", "VERB", "", 7, "ROOT"),
        (".", ".", "PUNCT", "", 7, "punct"),
    ]
    doc = parse(rows)
    assert fr.stranded_subject(doc[5]) is None
