"""The issuer of a text does what a participle on the text's name says, on parses written
by hand in both languages."""

from __future__ import annotations

from newsgraph.events.issuers import issuing_verb
from newsgraph.events.syntax import Tree

from .trees import parse

PRESENT = "Aspect=Prog|Tense=Pres|VerbForm=Part"

# "The council voted for a resolution demanding a ceasefire ."
VOTED_FOR = [
    ("The", "the", "DET", "", 1, "det"),
    ("council", "council", "NOUN", "", 2, "nsubj"),
    ("voted", "vote", "VERB", "Tense=Past|VerbForm=Fin", 2, "ROOT"),
    ("for", "for", "ADP", "", 2, "prep"),
    ("a", "a", "DET", "", 5, "det"),
    ("resolution", "resolution", "NOUN", "", 3, "pobj"),
    ("demanding", "demand", "VERB", PRESENT, 5, "acl"),
    ("a", "a", "DET", "", 8, "det"),
    ("ceasefire", "ceasefire", "NOUN", "", 6, "dobj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "Le Conseil a adopté une résolution exigeant un cessez-le-feu ."
ADOPTED = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Conseil", "conseil", "NOUN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("adopté", "adopter", "VERB", "VerbForm=Part|Tense=Past", 3, "ROOT"),
    ("une", "un", "DET", "", 5, "det"),
    ("résolution", "résolution", "NOUN", "", 3, "obj"),
    ("exigeant", "exiger", "VERB", "VerbForm=Part|Tense=Pres", 5, "acl"),
    ("un", "un", "DET", "", 8, "det"),
    ("cessez-le-feu", "cessez-le-feu", "NOUN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_participle_on_a_resolution_voted_for_is_done_by_the_voter(en: Tree) -> None:
    doc = parse(VOTED_FOR)
    verb = issuing_verb(en, doc[6])
    assert verb is not None and verb.text == "voted"
    subject = en.subject(doc[6])
    assert subject is not None and subject.text == "council"


def test_a_verb_that_does_not_issue_the_text_gives_no_doer(en: Tree) -> None:
    # "The council again vetoed a resolution demanding a ceasefire": the vetoer demands
    # nothing
    rows = list(VOTED_FOR)
    rows[2] = ("vetoed", "veto", "VERB", "Tense=Past|VerbForm=Fin", 2, "ROOT")
    rows[3] = ("again", "again", "ADV", "", 2, "advmod")
    rows[5] = ("resolution", "resolution", "NOUN", "", 2, "dobj")
    doc = parse(rows)
    assert issuing_verb(en, doc[6]) is None
    assert en.subject(doc[6]) is None


def test_voting_against_a_text_does_not_issue_it(en: Tree) -> None:
    # "The council voted against a resolution demanding a ceasefire": the council demands
    # nothing
    rows = list(VOTED_FOR)
    rows[3] = ("against", "against", "ADP", "", 2, "prep")
    doc = parse(rows)
    assert issuing_verb(en, doc[6]) is None
    assert en.subject(doc[6]) is None


def test_a_participle_on_another_noun_has_no_issuer(en: Tree) -> None:
    # "The council voted for a group demanding a ceasefire": a group is no text
    rows = list(VOTED_FOR)
    rows[5] = ("group", "group", "NOUN", "", 3, "pobj")
    assert issuing_verb(en, parse(rows)[6]) is None


def test_a_participle_on_an_adopted_resolution_is_done_by_its_adopter(fr: Tree) -> None:
    doc = parse(ADOPTED)
    subject = fr.subject(doc[6])
    assert subject is not None and subject.text == "Conseil"


def test_a_past_participle_on_a_text_is_no_act_of_its_issuer(fr: Tree) -> None:
    # "Le Conseil a adopté une résolution rédigée par Paris": Paris drafted it
    rows = list(ADOPTED)
    rows[6] = ("rédigée", "rédiger", "VERB", "VerbForm=Part|Tense=Past", 5, "acl")
    assert issuing_verb(fr, parse(rows)[6]) is None
