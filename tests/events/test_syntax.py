"""Syntax on parses written by hand (no model needed): subjects, control, objects, prepositions,
prospective forms."""

from __future__ import annotations

from newsgraph.events.syntax import Tree, dependent_words

from .syntax_rows import CONDITIONAL
from .trees import parse


def test_coordinated_subjects_and_control(fr: Tree) -> None:
    doc = parse(CONDITIONAL)
    subject = fr.subject(doc[6])
    assert subject.text == "Corée"
    assert [t.text for t in fr.conjuncts(subject)] == ["Corée", "Russie"]
    assert [t.text for t in fr.chain(doc[6])] == ["signer", "pourraient"]
    start, end = fr.phrase(subject)
    assert doc.text[start:end] == "La Corée"


# "La Russie prendra des mesures ." / "La Russie pourrait prendre des mesures ." /
# "La Russie a pris des mesures ."
FUTURE = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("prendra", "prendre", "VERB", "Mood=Ind|Tense=Fut|VerbForm=Fin", 2, "ROOT"),
    ("des", "un", "DET", "", 4, "det"),
    ("mesures", "mesure", "NOUN", "", 2, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


MODAL = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("pourrait", "pouvoir", "VERB", "Mood=Cnd|Tense=Pres|VerbForm=Fin", 2, "ROOT"),
    ("prendre", "prendre", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("des", "un", "DET", "", 5, "det"),
    ("mesures", "mesure", "NOUN", "", 3, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


PAST = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin", 3, "aux:tense"),
    ("pris", "prendre", "VERB", "Tense=Past|VerbForm=Part", 3, "ROOT"),
    ("des", "un", "DET", "", 5, "det"),
    ("mesures", "mesure", "NOUN", "", 3, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_an_act_to_come_is_prospective_and_one_done_is_not(fr: Tree) -> None:
    assert fr.prospective(parse(FUTURE)[2])
    assert fr.prospective(parse(MODAL)[3])  # the complement of "pourrait"
    assert not fr.prospective(parse(PAST)[3])


def test_a_form_the_parser_misses_may_be_told_prospective(fr: Tree) -> None:
    past = parse(PAST)[3]
    assert fr.prospective(past, lambda word: word.lower_ == "pris")


# "Téhéran a convoqué dimanche les ambassadeurs du Royaume-Uni ." as misparsed: the object
# hangs on "dimanche"
OBJECT_ON_DAY = [
    ("Téhéran", "Téhéran", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin", 2, "aux:tense"),
    ("convoqué", "convoquer", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("dimanche", "dimanche", "NOUN", "", 2, "obl:mod"),
    ("les", "le", "DET", "", 5, "det"),
    ("ambassadeurs", "ambassadeur", "NOUN", "", 3, "nmod"),
    ("du", "de", "ADP", "", 7, "case"),
    ("Royaume-Uni", "Royaume-Uni", "PROPN", "", 5, "nmod"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_object_hung_on_a_bare_adverbial_is_the_verb_s(fr: Tree) -> None:
    doc = parse(OBJECT_ON_DAY)
    assert [t.text for t in fr.patients(doc[2])] == ["ambassadeurs"]
    assert fr.patients(parse(PAST)[3])[0].text == "mesures"


# "Turkey suspended exports to and imports from Israel ." as the English parser reads it
SHARED_OBJECT = [
    ("Turkey", "Turkey", "PROPN", "", 1, "nsubj"),
    ("suspended", "suspend", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
    ("exports", "export", "NOUN", "", 1, "dobj"),
    ("to", "to", "ADP", "", 1, "prep"),
    ("and", "and", "CCONJ", "", 3, "cc"),
    ("imports", "import", "NOUN", "", 3, "conj"),
    ("from", "from", "ADP", "", 5, "prep"),
    ("Israel", "Israel", "PROPN", "", 6, "pobj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_bare_preposition_shares_the_object_of_its_conjunct(en: Tree) -> None:
    doc = parse(SHARED_OBJECT)
    assert [n.text for n in en.preps(doc[1])["to"]] == ["Israel"]
    assert en.preps(doc[5])["from"][0].text == "Israel"


def test_a_sense_s_words_are_read_through_a_preposition_to_its_object() -> None:
    # "Russia declared a state of emergency": state → of → emergency, as "l'état d'urgence"
    rows = [
        ("Russia", "Russia", "PROPN", "", 1, "nsubj"),
        ("declared", "declare", "VERB", "VerbForm=Fin", 1, "ROOT"),
        ("a", "a", "DET", "", 3, "det"),
        ("state", "state", "NOUN", "", 1, "dobj"),
        ("of", "of", "ADP", "", 3, "prep"),
        ("emergency", "emergency", "NOUN", "", 4, "pobj"),
    ]
    assert {"state", "of", "emergency"} <= dependent_words(parse(rows)[1])


# "L' Algérie honorera ses engagements envers Madrid ." with "envers" taken for an adjective
# hung on the verb, "Madrid" its object.
STRAY = [
    ("L'", "le", "DET", "", 1, "det"),
    ("Algérie", "Algérie", "PROPN", "", 2, "nsubj"),
    ("honorera", "honorer", "VERB", "VerbForm=Fin|Tense=Fut", 2, "ROOT"),
    ("ses", "son", "DET", "", 4, "det"),
    ("engagements", "engagement", "NOUN", "", 2, "obj"),
    ("envers", "envers", "ADJ", "", 2, "advmod"),
    ("Madrid", "Madrid", "PROPN", "", 5, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_preposition_taken_for_another_word_after_a_phrase_gives_its_object(fr: Tree) -> None:
    doc = parse(STRAY)
    assert [o.text for o in fr.stray_objects(doc[4], "envers")] == ["Madrid"]
    assert fr.stray_objects(doc[4], "contre") == []  # another preposition
    assert fr.stray_objects(doc[1], "envers") == []  # not right after that phrase


def test_a_preposition_the_parser_reads_as_one_is_no_stray(fr: Tree) -> None:
    rows = [*STRAY[:5], ("envers", "envers", "ADP", "", 6, "case"), *STRAY[6:]]
    rows[6] = ("Madrid", "Madrid", "PROPN", "", 4, "nmod")
    doc = parse(rows)
    assert fr.stray_objects(doc[4], "envers") == []
    assert [n.text for n in fr.preps(doc[4])["envers"]] == ["Madrid"]


def test_the_first_conjunct_is_reached_through_conj_heads(fr: Tree) -> None:
    doc = parse(CONDITIONAL)
    assert fr.first_conjunct(doc[4]).text == "Corée"  # « la Russie » after « La Corée et »
    assert fr.first_conjunct(doc[1]).text == "Corée"
