"""The subject of the verb of an incise, on parses written by hand (no model needed)."""

from __future__ import annotations

from newsgraph.events.incise import incise_subject
from newsgraph.events.syntax import Tree

from .trees import parse

# "« Nous sommes prêts » , s' est félicité le ministre ." with the subject after the verb of
# the incise taken for its object.
INCISE = [
    ("«", "«", "PUNCT", "", 3, "punct"),
    ("Nous", "nous", "PRON", "", 3, "nsubj"),
    ("sommes", "être", "AUX", "VerbForm=Fin|Mood=Ind", 3, "cop"),
    ("prêts", "prêt", "ADJ", "", 8, "advcl"),
    ("»", "»", "PUNCT", "", 3, "punct"),
    (",", ",", "PUNCT", "", 8, "punct"),
    ("s'", "se", "PRON", "Reflex=Yes", 8, "expl:comp"),
    ("est", "être", "AUX", "VerbForm=Fin|Mood=Ind", 8, "aux:tense"),
    ("félicité", "féliciter", "VERB", "VerbForm=Part", 8, "ROOT"),
    ("le", "le", "DET", "", 10, "det"),
    ("ministre", "ministre", "NOUN", "", 8, "obj"),
    (".", ".", "PUNCT", "", 8, "punct"),
]


def test_the_verb_of_an_incise_has_its_subject_after_it(fr: Tree) -> None:
    doc = parse(INCISE)
    assert fr.subject(doc[8]).text == "ministre"


def test_a_verb_after_a_quoted_word_keeps_its_object(fr: Tree) -> None:
    # "« Prêts » , a félicité le ministre ." quotes no statement: the minister is congratulated
    rows = [
        ("«", "«", "PUNCT", "", 2, "punct"),
        ("Prêts", "prêt", "ADJ", "", 5, "advcl"),
        ("»", "»", "PUNCT", "", 1, "punct"),
        (",", ",", "PUNCT", "", 5, "punct"),
        ("a", "avoir", "AUX", "VerbForm=Fin|Mood=Ind", 5, "aux:tense"),
        ("félicité", "féliciter", "VERB", "VerbForm=Part", 5, "ROOT"),
        ("le", "le", "DET", "", 7, "det"),
        ("ministre", "ministre", "NOUN", "", 5, "obj"),
        (".", ".", "PUNCT", "", 5, "punct"),
    ]
    assert incise_subject(fr, parse(rows)[5]) is None


def test_the_verb_of_an_english_incise_has_its_subject_after_it(en: Tree) -> None:
    # '" We are ready , " said the minister .' with "minister" taken for the object
    rows = [
        ('"', '"', "PUNCT", "", 3, "punct"),
        ("We", "we", "PRON", "", 3, "nsubj"),
        ("are", "be", "AUX", "VerbForm=Fin|Mood=Ind", 3, "cop"),
        ("ready", "ready", "ADJ", "", 6, "ccomp"),
        ('"', '"', "PUNCT", "", 3, "punct"),
        (",", ",", "PUNCT", "", 6, "punct"),
        ("said", "say", "VERB", "VerbForm=Fin|Tense=Past", 6, "ROOT"),
        ("the", "the", "DET", "", 8, "det"),
        ("minister", "minister", "NOUN", "", 6, "dobj"),
        (".", ".", "PUNCT", "", 6, "punct"),
    ]
    assert en.subject(parse(rows)[6]).text == "minister"
    gerund = [*rows[:6], ("saying", "say", "VERB", "VerbForm=Ger", 6, "ROOT"), *rows[7:]]
    assert incise_subject(en, parse(gerund)[6]) is None


# "Macron a dit « nous refusons » , a critiqué la Russie ." where a verb before the quote
# introduces it: the verb after the comma goes on with Macron, its object no subject.
INTRODUCED = [
    ("Macron", "Macron", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Mood=Ind", 2, "aux:tense"),
    ("dit", "dire", "VERB", "VerbForm=Part", 2, "ROOT"),
    ("«", "«", "PUNCT", "", 5, "punct"),
    ("nous", "nous", "PRON", "", 5, "nsubj"),
    ("refusons", "refuser", "VERB", "VerbForm=Fin|Mood=Ind", 2, "ccomp"),
    ("»", "»", "PUNCT", "", 5, "punct"),
    (",", ",", "PUNCT", "", 9, "punct"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Mood=Ind", 9, "aux:tense"),
    ("critiqué", "critiquer", "VERB", "VerbForm=Part", 2, "conj"),
    ("la", "le", "DET", "", 11, "det"),
    ("Russie", "Russie", "PROPN", "", 9, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_quote_a_verb_before_it_introduces_is_followed_by_no_incise(fr: Tree) -> None:
    doc = parse(INTRODUCED)
    assert incise_subject(fr, doc[9]) is None
    assert fr.subject(doc[9]).text == "Macron"


def test_an_english_quote_a_verb_before_it_introduces_is_followed_by_no_incise(
    en: Tree,
) -> None:
    # 'He said " we refuse " , criticized Russia .'
    rows = [
        ("He", "he", "PRON", "", 1, "nsubj"),
        ("said", "say", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
        ('"', '"', "PUNCT", "", 4, "punct"),
        ("we", "we", "PRON", "", 4, "nsubj"),
        ("refuse", "refuse", "VERB", "VerbForm=Fin|Tense=Pres", 1, "ccomp"),
        ('"', '"', "PUNCT", "", 4, "punct"),
        (",", ",", "PUNCT", "", 7, "punct"),
        ("criticized", "criticize", "VERB", "VerbForm=Fin|Tense=Past", 1, "conj"),
        ("Russia", "Russia", "PROPN", "", 7, "dobj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    assert incise_subject(en, parse(rows)[7]) is None
