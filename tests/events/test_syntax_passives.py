"""Passives on parses written by hand: the agent as subject, passives the tags misread, the
subject of a passive as the doer of the act it is asked or allowed to do."""

from __future__ import annotations

import pytest

from newsgraph.events.syntax import Tree

from .trees import parse

# "Des sanctions ont été imposées par l'UE contre la Biélorussie ."
PASSIVE = [
    ("Des", "un", "DET", "", 1, "det"),
    ("sanctions", "sanction", "NOUN", "", 4, "nsubj:pass"),
    ("ont", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("imposées", "imposer", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("par", "par", "ADP", "", 7, "case"),
    ("l'", "le", "DET", "", 7, "det"),
    ("UE", "UE", "PROPN", "", 4, "obl:agent"),
    ("contre", "contre", "ADP", "", 10, "case"),
    ("la", "le", "DET", "", 10, "det"),
    ("Biélorussie", "Biélorussie", "PROPN", "", 4, "obl:arg"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


def test_the_agent_of_a_passive_is_its_subject(fr: Tree) -> None:
    doc = parse(PASSIVE)
    verb = doc[4]
    assert fr.passive(verb)
    assert fr.subject(verb).text == "UE"
    assert {prep: [n.text for n in nominals] for prep, nominals in fr.preps(verb).items()} == {
        "par": ["UE"],
        "contre": ["Biélorussie"],
    }


# "Tokyo a protesté par les canaux diplomatiques ." as the parser reads it: a passive subject,
# an agent, but the auxiliary of a compound tense and no passive one.
MISREAD_ACTIVE = [
    ("Tokyo", "Tokyo", "PROPN", "", 2, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 2, "aux:tense"),
    ("protesté", "protester", "VERB", "VerbForm=Part|Tense=Past", 2, "ROOT"),
    ("par", "par", "ADP", "", 5, "case"),
    ("les", "le", "DET", "", 5, "det"),
    ("canaux", "canal", "NOUN", "", 2, "obl:agent"),
    ("diplomatiques", "diplomatique", "ADJ", "", 5, "amod"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_passive_subject_without_a_passive_auxiliary_is_no_passive(fr: Tree) -> None:
    doc = parse(MISREAD_ACTIVE)
    verb = doc[2]
    assert not fr.passive(verb)
    assert fr.subject(verb) is None  # not the "agent": the subject is looked for on the left
    assert fr.passive(parse(PASSIVE)[4])


# "Le Bénin l' a démentie ." with the participle agreeing with the object before it, tagged
# passive: a compound past with "avoir", no passive auxiliary, so an active verb.
AGREEING_PARTICIPLE = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Bénin", "Bénin", "PROPN", "", 4, "nsubj"),
    ("l'", "le", "PRON", "", 4, "obj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("démentie", "démentir", "VERB", "Gender=Fem|Tense=Past|VerbForm=Part|Voice=Pass", 4, "ROOT"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


# "Ils se sont entretenus ." : a pronominal verb keeps the parser's reading.
PRONOMINAL = [
    ("Ils", "il", "PRON", "", 3, "nsubj:pass"),
    ("se", "se", "PRON", "Person=3|Reflex=Yes", 3, "expl:pass"),
    ("sont", "être", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("entretenus", "entretenir", "VERB", "Tense=Past|VerbForm=Part|Voice=Pass", 3, "ROOT"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_participle_tagged_passive_with_only_a_tense_auxiliary_is_active(fr: Tree) -> None:
    doc = parse(AGREEING_PARTICIPLE)
    verb = doc[4]
    assert not fr.passive(verb)
    subject = fr.subject(verb)
    assert subject is not None and subject.text == "Bénin"
    assert fr.passive(parse(PASSIVE)[4])  # "ont été imposées" has its passive auxiliary
    assert fr.passive(parse(PRONOMINAL)[3])


# "Russia is expected to block the measures ."
RAISED = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubjpass"),
    ("is", "be", "AUX", "", 2, "auxpass"),
    ("expected", "expect", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("to", "to", "PART", "", 4, "aux"),
    ("block", "block", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("the", "the", "DET", "", 6, "det"),
    ("measures", "measure", "NOUN", "", 4, "dobj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


# "Russia was urged by Washington to withdraw ."
URGED = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubjpass"),
    ("was", "be", "AUX", "", 2, "auxpass"),
    ("urged", "urge", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("by", "by", "ADP", "", 2, "agent"),
    ("Washington", "Washington", "PROPN", "", 3, "pobj"),
    ("to", "to", "PART", "", 6, "aux"),
    ("withdraw", "withdraw", "VERB", "VerbForm=Inf", 2, "xcomp"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


# "La Russie a été autorisée à livrer des armes ."
AUTHORISED = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 4, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("autorisée", "autoriser", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("à", "à", "ADP", "", 6, "mark"),
    ("livrer", "livrer", "VERB", "VerbForm=Inf", 4, "xcomp"),
    ("des", "un", "DET", "", 8, "det"),
    ("armes", "arme", "NOUN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


@pytest.mark.parametrize(("rows", "verb"), [(RAISED, 4), (URGED, 6)])
def test_the_subject_of_a_passive_does_the_act_it_is_expected_or_asked_to(
    en: Tree, rows: list[tuple[str, str, str, str, int, str]], verb: int
) -> None:
    # not the agent of the passive: Washington urges, Russia withdraws
    subject = en.subject(parse(rows)[verb])
    assert subject is not None and subject.text == "Russia"


def test_the_subject_of_a_french_passive_does_the_act_it_is_allowed_to(fr: Tree) -> None:
    subject = fr.subject(parse(AUTHORISED)[6])
    assert subject is not None and subject.text == "Russie"
