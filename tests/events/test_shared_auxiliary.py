"""A past participle coordinated after the object of a verb in a compound tense, hung by the
parser on that object, shares the verb's auxiliary and subject (:meth:`.Tree.subject`).
Parses written by hand, no model."""

from __future__ import annotations

from newsgraph.events.syntax import Tree

from .trees import parse

PART = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
FIN = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

# "Le Norland a dénoncé des manœuvres et averti Velsk ." with "averti" hung on "manœuvres"
ON_OBJECT = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Norland", "Norland", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", FIN, 3, "aux:tense"),
    ("dénoncé", "dénoncer", "VERB", PART, 3, "ROOT"),
    ("des", "un", "DET", "", 5, "det"),
    ("manœuvres", "manœuvre", "NOUN", "", 3, "obj"),
    ("et", "et", "CCONJ", "", 7, "cc"),
    ("averti", "avertir", "VERB", PART, 5, "conj"),
    ("Velsk", "Velsk", "PROPN", "", 7, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]

# "Le Norland a d'ores et déjà sommé Velsk ." with "a" read as the verb, "ores" its object
IDIOM = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Norland", "Norland", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "VERB", FIN, 2, "ROOT"),
    ("d'", "un", "DET", "", 4, "det"),
    ("ores", "ores", "PRON", "", 2, "obj"),
    ("et", "et", "CCONJ", "", 7, "cc"),
    ("déjà", "déjà", "ADV", "", 7, "advmod"),
    ("sommé", "sommer", "VERB", PART, 4, "conj"),
    ("Velsk", "Velsk", "PROPN", "", 7, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "des manœuvres et répétées ." : no verb in a compound tense governs the noun
NO_VERB = [
    ("des", "un", "DET", "", 1, "det"),
    ("manœuvres", "manœuvre", "NOUN", "", 1, "ROOT"),
    ("et", "et", "CCONJ", "", 3, "cc"),
    ("répétées", "répéter", "VERB", PART, 1, "conj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_participle_on_the_object_shares_the_verbs_subject(fr: Tree) -> None:
    """ "a dénoncé des manœuvres et averti Velsk": the Norland warned."""
    doc = parse(ON_OBJECT)
    subject = fr.subject(doc[7])
    assert subject is not None and subject.text == "Norland"


def test_a_participle_on_a_misread_idiom_shares_the_verbs_subject(fr: Tree) -> None:
    """ "a d'ores et déjà sommé Velsk", "ores" read as the object of "a": the Norland
    summoned Velsk."""
    doc = parse(IDIOM)
    subject = fr.subject(doc[7])
    assert subject is not None and subject.text == "Norland"


def test_a_participle_on_a_noun_no_verb_governs_has_no_subject(fr: Tree) -> None:
    """A participle coordinated on a noun of no clause is no one's act."""
    doc = parse(NO_VERB)
    assert fr.subject(doc[3]) is None
