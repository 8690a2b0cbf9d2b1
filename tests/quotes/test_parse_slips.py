"""Readings of parses the French model gets wrong, on hand-built parses: a place set off
before a subject hung above it, a first name tagged as a plural noun."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.quotes.officials import person_name
from newsgraph.quotes.subjectless import phrase_root


def _doc(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """A parse from ``(word, pos, dep, head, morph)`` rows."""
    return Doc(
        Vocab(),
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        morphs=[r[4] for r in rows],
    )


def test_a_name_hung_on_a_place_under_a_preposition_heads_its_own_phrase() -> None:
    # "À Lagos, le président Ade Koyinde a appelé", "Koyinde" parsed as a modifier of "Lagos"
    doc = _doc(
        [
            ("À", "ADP", "case", 1, ""),
            ("Lagos", "PROPN", "nsubj", 8, ""),
            (",", "PUNCT", "punct", 1, ""),
            ("le", "DET", "det", 4, ""),
            ("président", "NOUN", "appos", 1, ""),
            ("Ade", "PROPN", "appos", 4, ""),
            ("Koyinde", "PROPN", "nmod", 1, ""),
            ("a", "AUX", "aux:tense", 8, ""),
            ("appelé", "VERB", "ROOT", 8, ""),
        ]
    )
    assert phrase_root(doc[6]).i == 6


def test_a_name_hung_on_a_name_stays_one_phrase() -> None:
    # "Tatiana Moskalkova a indiqué": the surname's head is the first name
    doc = _doc(
        [
            ("Tatiana", "PROPN", "nsubj", 3, ""),
            ("Moskalkova", "PROPN", "flat:name", 0, ""),
            ("a", "AUX", "aux:tense", 3, ""),
            ("indiqué", "VERB", "ROOT", 3, ""),
        ]
    )
    assert phrase_root(doc[1]).i == 0


def test_a_capitalised_noun_without_an_article_inside_a_sentence_is_a_name() -> None:
    # "…, a indiqué Kossi Amavi", "Kossi" tagged as a plural noun
    doc = _doc(
        [
            ("a", "AUX", "aux:tense", 1, ""),
            ("indiqué", "VERB", "ROOT", 1, ""),
            ("Kossi", "NOUN", "nsubj", 1, "Number=Plur"),
            ("Amavi", "PROPN", "nmod", 2, ""),
        ]
    )
    assert person_name(doc[2], opens_sentence=False)
    assert not person_name(doc[2], opens_sentence=True)  # "Officials said"


def test_a_capitalised_noun_with_an_article_is_no_name() -> None:
    doc = _doc(
        [
            ("les", "DET", "det", 1, ""),
            ("Responsables", "NOUN", "nsubj", 2, "Number=Plur"),
            ("ont", "VERB", "ROOT", 2, ""),
        ]
    )
    assert not person_name(doc[1], opens_sentence=False)
