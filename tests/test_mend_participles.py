"""Mending a past participle the tagger reads as an adverb after a lone auxiliary."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.mend_participles import mend_participles


def built(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A French doc with the given tags and tree, as the tagger slips on it."""
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps)


def relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_participle_read_as_an_adverb_takes_back_its_clause() -> None:
    # « Il a nié que ses navires aient délibérément violé les eaux. », as the tagger reads it
    doc = built(
        ["Il", "a", "nié", "que", "ses", "navires", "aient", "délibérément", "violé", "les",
         "eaux", "."],
        ["PRON", "AUX", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADV", "ADV", "DET", "NOUN",
         "PUNCT"],
        [2, 2, 2, 6, 5, 6, 2, 8, 2, 10, 2, 2],
        ["nsubj", "aux:tense", "ROOT", "mark", "det", "nsubj", "ccomp", "advmod", "advmod", "det",
         "obj", "punct"],
    )  # fmt: skip
    mend_participles(doc)
    assert (doc[8].pos_, doc[8].lemma_) == ("VERB", "violé")
    assert "Part" in doc[8].morph.get("VerbForm")
    assert relations(doc)[3:11] == [
        ("que", "mark", "violé"),
        ("ses", "det", "navires"),
        ("navires", "nsubj", "violé"),
        ("aient", "aux:tense", "violé"),
        ("délibérément", "advmod", "violé"),
        ("violé", "ccomp", "nié"),
        ("les", "det", "eaux"),
        ("eaux", "obj", "violé"),
    ]


def test_no_mend_where_the_auxiliary_has_its_verb_or_the_word_is_no_participle() -> None:
    # « Ils ont délibérément violé la trêve. »: the auxiliary already has its participle
    doc = built(
        ["Ils", "ont", "délibérément", "violé", "la", "trêve", "."],
        ["PRON", "AUX", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
        [3, 3, 3, 3, 5, 3, 3],
        ["nsubj", "aux:tense", "advmod", "ROOT", "det", "obj", "punct"],
    )
    before = relations(doc)
    mend_participles(doc)
    assert relations(doc) == before
    # « il n'y aura plus d'accord »: « plus » ends no participle
    doc = built(
        ["il", "n'", "y", "aura", "plus", "d'", "accord"],
        ["PRON", "ADV", "PRON", "VERB", "ADV", "ADP", "NOUN"],
        [3, 3, 3, 3, 3, 6, 3],
        ["expl", "advmod", "expl", "ROOT", "advmod", "case", "obj"],
    )
    before = relations(doc)
    mend_participles(doc)
    assert relations(doc) == before


def test_an_adverb_after_avoir_as_a_main_verb_stays_an_adverb() -> None:
    # « La France a aussi des intérêts au Sahel. »: « a » is the verb, « aussi » its adverb
    doc = built(
        ["La", "France", "a", "aussi", "des", "intérêts", "au", "Sahel", "."],
        ["DET", "PROPN", "VERB", "ADV", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        [1, 2, 2, 2, 5, 2, 7, 5, 2],
        ["det", "nsubj", "ROOT", "advmod", "det", "obj", "case", "nmod", "punct"],
    )
    before = relations(doc)
    mend_participles(doc)
    assert relations(doc) == before and doc[3].pos_ == "ADV"


def test_a_participle_tagged_an_adjective_under_its_auxiliary_is_a_verb() -> None:
    # « Les Douze avaient gelé les comptes. »: the tree is right, the tag is not
    doc = built(
        ["Les", "Douze", "avaient", "gelé", "les", "comptes", "."],
        ["DET", "PROPN", "AUX", "ADJ", "DET", "NOUN", "PUNCT"],
        [1, 3, 3, 3, 5, 3, 3],
        ["det", "nsubj", "aux:tense", "ROOT", "det", "obj", "punct"],
    )
    before = relations(doc)
    mend_participles(doc)
    assert (doc[3].pos_, doc[3].lemma_) == ("VERB", "gelé")
    assert relations(doc) == before


def test_a_noun_with_its_determiner_under_avoir_stays_a_noun() -> None:
    # « L'espoir aura été de courte durée. »: « durée » has its preposition and adjective
    doc = built(
        ["L'", "espoir", "aura", "été", "de", "courte", "durée", "."],
        ["DET", "NOUN", "AUX", "AUX", "ADP", "ADJ", "NOUN", "PUNCT"],
        [1, 6, 6, 6, 6, 6, 6, 6],
        ["det", "nsubj", "aux:tense", "cop", "case", "amod", "ROOT", "punct"],
    )
    mend_participles(doc)
    assert doc[6].pos_ == "NOUN"


def test_an_adjective_under_ete_and_avoir_stays_an_adjective() -> None:
    # « Le ministre avait été désolé. »: « être » links the adjective, no participle
    doc = built(
        ["Le", "ministre", "avait", "été", "désolé", "."],
        ["DET", "NOUN", "AUX", "AUX", "ADJ", "PUNCT"],
        [1, 4, 4, 4, 4, 4],
        ["det", "nsubj", "aux:tense", "cop", "ROOT", "punct"],
    )
    mend_participles(doc)
    assert doc[4].pos_ == "ADJ"
