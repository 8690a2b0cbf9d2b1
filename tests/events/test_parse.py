"""The morphological features :func:`newsgraph.events.parse.morph` reads, once per analysis."""

from __future__ import annotations

from spacy.tokens import MorphAnalysis

from newsgraph.events.parse import morph

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
