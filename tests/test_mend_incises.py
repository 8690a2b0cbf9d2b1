"""Mending the verb of a speech tag after a quotation that the tagger reads as a noun."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.mend_incises import mend_incises

#: The relations of « Paix », s' and the tag verb, as the tagger gives them.
TAG_START = ["punct", "ROOT", "punct", "punct", "expl:comp", "amod"]


def built(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A French doc with the given tags and tree, as a tagger might slip on it."""
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps)


def relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_tag_verb_read_as_a_noun_after_a_quote_is_a_verb_with_its_subject() -> None:
    # « Paix », note le ministre.
    doc = built(
        ["«", "Paix", "»", ",", "note", "le", "ministre", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "NOUN", "DET", "NOUN", "PUNCT"],
        [1, 1, 1, 1, 1, 6, 4, 1],
        ["punct", "ROOT", "punct", "punct", "appos", "det", "nmod", "punct"],
    )
    mend_incises(doc)
    assert doc[4].pos_ == "VERB" and doc[4].lemma_ == "noter"
    assert "Fin" in doc[4].morph.get("VerbForm")
    assert relations(doc)[4:7] == [
        ("note", "parataxis", "Paix"),
        ("le", "det", "ministre"),
        ("ministre", "nsubj", "note"),
    ]


def test_a_tag_verb_inside_quoted_words_still_open_is_mended() -> None:
    # « Paix, analyse Paul Durand, chercheur.
    doc = built(
        ["«", "Paix", ",", "analyse", "Paul", "Durand", ",", "chercheur", "."],
        ["PUNCT", "NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT"],
        [1, 1, 3, 1, 3, 4, 7, 4, 1],
        ["punct", "ROOT", "punct", "appos", "nmod", "flat:name", "punct", "appos", "punct"],
    )
    mend_incises(doc)
    assert doc[3].pos_ == "VERB" and doc[3].lemma_ == "analyser"
    assert relations(doc)[3:5] == [("analyse", "parataxis", "Paix"), ("Paul", "nsubj", "analyse")]


def test_a_noun_outside_quotes_or_before_no_noun_phrase_stays_a_noun() -> None:
    # "Paix, note le ministre." (no quote) and « Paix », note de synthèse.
    plain = built(
        ["Paix", ",", "note", "le", "ministre", "."],
        ["NOUN", "PUNCT", "NOUN", "DET", "NOUN", "PUNCT"],
        [0, 0, 0, 4, 2, 0],
        ["ROOT", "punct", "appos", "det", "nmod", "punct"],
    )
    titled = built(
        ["«", "Paix", "»", ",", "note", "de", "synthèse", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT"],
        [1, 1, 1, 1, 1, 6, 4, 1],
        ["punct", "ROOT", "punct", "punct", "appos", "case", "nmod", "punct"],
    )
    for doc in (plain, titled):
        mend_incises(doc)
    assert plain[2].pos_ == "NOUN" and titled[4].pos_ == "NOUN"


def test_a_title_before_a_name_inside_a_quote_stays_a_noun() -> None:
    # « Un magistrat, juge Martin, l'instruira »: a judge, not « juger » with Martin its subject
    doc = built(
        ["«", "magistrat", ",", "juge", "Martin", ",", "instruira"],
        ["PUNCT", "NOUN", "PUNCT", "NOUN", "PROPN", "PUNCT", "VERB"],
        [1, 6, 3, 1, 3, 6, 6],
        ["punct", "nsubj", "punct", "appos", "flat:name", "punct", "ROOT"],
    )
    mend_incises(doc)
    assert doc[3].pos_ == "NOUN"


def test_a_pronominal_tag_verb_read_as_an_adjective_after_its_reflexive_is_mended() -> None:
    # « Paix », s'indigne Marc Olivier.
    doc = built(
        ["«", "Paix", "»", ",", "s'", "indigne", "Marc", "Olivier", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "PRON", "ADJ", "PROPN", "PROPN", "PUNCT"],
        [1, 1, 1, 1, 5, 6, 1, 6, 1],
        ["punct", "ROOT", "punct", "punct", "expl:comp", "amod", "appos", "flat:name", "punct"],
    )
    mend_incises(doc)
    assert doc[5].pos_ == "VERB" and doc[5].lemma_ == "indigner"
    assert relations(doc)[5:7] == [("indigne", "parataxis", "Paix"), ("Marc", "nsubj", "indigne")]


def test_a_capitalised_name_read_as_a_noun_opens_the_subject_of_a_tag() -> None:
    # « Paix », s'inquiète Yannick Le Goff: "Yannick" read as a noun is a name.
    doc = built(
        ["«", "Paix", "»", ",", "s'", "inquiète", "Yannick", "Le", "Goff", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "PRON", "ADJ", "NOUN", "DET", "PROPN", "PUNCT"],
        [1, 1, 1, 1, 5, 6, 1, 8, 6, 1],
        [*TAG_START, "conj", "det", "flat:name", "punct"],
    )
    mend_incises(doc)
    assert doc[5].pos_ == "VERB" and doc[5].lemma_ == "inquiéter"
    assert relations(doc)[6] == ("Yannick", "nsubj", "inquiète")


def test_an_adjective_after_a_reflexive_outside_quotes_or_before_a_lower_noun_stays() -> None:
    # "Paix, s'indigne Marc." (no quote) and « Paix », s'inquiète foule entière.
    plain = built(
        ["Paix", ",", "s'", "indigne", "Marc", "."],
        ["NOUN", "PUNCT", "PRON", "ADJ", "PROPN", "PUNCT"],
        [0, 0, 3, 4, 0, 0],
        ["ROOT", "punct", "expl:comp", "amod", "appos", "punct"],
    )
    lower = built(
        ["«", "Paix", "»", ",", "s'", "inquiète", "foule", "entière", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "PRON", "ADJ", "NOUN", "ADJ", "PUNCT"],
        [1, 1, 1, 1, 5, 6, 1, 6, 1],
        ["punct", "ROOT", "punct", "punct", "expl:comp", "amod", "appos", "amod", "punct"],
    )
    for doc in (plain, lower):
        mend_incises(doc)
    assert plain[3].pos_ == "ADJ" and lower[5].pos_ == "ADJ"


def test_a_pronominal_form_without_its_reflexive_stays_a_noun() -> None:
    # « Paix », indigne Marc Olivier: transitive, Marc Olivier is its object, not a speaker.
    doc = built(
        ["«", "Paix", "»", ",", "indigne", "Marc", "Olivier", "."],
        ["PUNCT", "NOUN", "PUNCT", "PUNCT", "ADJ", "PROPN", "PROPN", "PUNCT"],
        [1, 1, 1, 1, 1, 4, 5, 1],
        ["punct", "ROOT", "punct", "punct", "amod", "appos", "flat:name", "punct"],
    )
    mend_incises(doc)
    assert doc[4].pos_ == "ADJ" and doc[5].dep_ == "appos"
