"""Mending a compound-tense verb whose auxiliary comes before its inverted subject clitic."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.mend_inverted_past import mend_inverted_past


def built(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A French doc with the given tags and tree, as a tagger might slip on it."""
    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps)
    for token in doc:
        token.lemma_ = "avoir" if token.text == "a" else token.lower_
    return doc


def relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_participle_read_as_an_adjective_after_a_t_il_heads_its_tag() -> None:
    # "Kiev tiendra, a-t-il martelé."
    doc = built(
        ["Kiev", "tiendra", ",", "a", "-t", "-il", "martelé", "."],
        ["PROPN", "VERB", "PUNCT", "AUX", "PRON", "PRON", "ADJ", "PUNCT"],
        [1, 1, 6, 6, 3, 3, 1, 1],
        ["nsubj", "ROOT", "punct", "aux:tense", "dep", "dep", "advcl", "punct"],
    )
    mend_inverted_past(doc)
    assert doc[6].pos_ == "VERB" and doc[6].morph.get("VerbForm") == ["Part"]
    assert relations(doc)[3:7] == [
        ("a", "aux:tense", "martelé"),
        ("-t", "dep", "martelé"),
        ("-il", "nsubj", "martelé"),
        ("martelé", "advcl", "tiendra"),
    ]


def test_a_clitic_made_the_head_of_its_tag_hangs_on_the_participle() -> None:
    # "Kiev tiendra, a-t-elle ajouté devant la presse."
    doc = built(
        ["Kiev", "tiendra", ",", "a", "-t", "-elle", "ajouté", "devant", "la", "presse", "."],
        ["PROPN", "VERB", "PUNCT", "AUX", "PRON", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        [1, 1, 1, 5, 5, 1, 5, 9, 9, 6, 1],
        [
            "nsubj",
            "ROOT",
            "punct",
            "aux:tense",
            "expl:subj",
            "advcl",
            "acl",
            "case",
            "det",
            "obl:arg",
            "punct",
        ],
    )
    mend_inverted_past(doc)
    assert relations(doc)[3:7] == [
        ("a", "aux:tense", "ajouté"),
        ("-t", "dep", "ajouté"),
        ("-elle", "nsubj", "ajouté"),
        ("ajouté", "parataxis", "tiendra"),
    ]
    assert doc[9].head.text == "ajouté"  # what hung on it stays


def test_an_adjective_after_a_form_of_etre_is_left_alone() -> None:
    # "Est-il vrai que Kiev tiendra ?": a copula, no participle.
    doc = built(
        ["Est", "-il", "vrai", "que", "Kiev", "tiendra", "?"],
        ["AUX", "PRON", "ADJ", "SCONJ", "PROPN", "VERB", "PUNCT"],
        [2, 2, 2, 5, 5, 2, 2],
        ["cop", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
    )
    before = relations(doc)
    mend_inverted_past(doc)
    assert relations(doc) == before and doc[2].pos_ == "ADJ"


def test_an_adverb_after_the_clitic_is_no_participle() -> None:
    # "Kiev tiendra, a-t-il ainsi déclaré."
    doc = built(
        ["Kiev", "tiendra", ",", "a", "-t", "-il", "ainsi", "déclaré", "."],
        ["PROPN", "VERB", "PUNCT", "AUX", "PRON", "PRON", "ADV", "VERB", "PUNCT"],
        [1, 1, 7, 7, 5, 3, 7, 1, 1],
        ["nsubj", "ROOT", "punct", "aux:tense", "dep", "dep", "advmod", "advcl", "punct"],
    )
    mend_inverted_past(doc)
    assert doc[6].pos_ == "ADV" and doc[5].head.text == "a"
