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
