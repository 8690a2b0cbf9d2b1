"""Verb forms on parses written by hand (no model needed)."""

from __future__ import annotations

from newsgraph.events.parse import finite_auxiliary
from newsgraph.events.syntax import Tree
from newsgraph.events.verbforms import (
    auxiliary_partner,
    bare_coordinated_participle,
    clause_subjects,
    detached_participle,
    infinitive,
    prospective_form,
)

from .trees import parse

# "avoir détruit" / "signera"
FORMS = [
    ("avoir", "avoir", "AUX", "VerbForm=Inf", 1, "aux:tense"),
    ("détruit", "détruire", "VERB", "VerbForm=Part|Tense=Past", 1, "ROOT"),
    ("signera", "signer", "VERB", "VerbForm=Fin|Tense=Fut", 1, "conj"),
    ("pourrait", "pouvoir", "VERB", "VerbForm=Fin|Mood=Cnd", 1, "conj"),
]

PARTICIPLE = "VerbForm=Part|Tense=Past"

# "Reçu par le ministre , l' ambassadeur a affirmé ."
RECEIVED = [
    ("Reçu", "recevoir", "VERB", PARTICIPLE, 8, "advcl"),
    ("par", "par", "ADP", "", 3, "case"),
    ("le", "le", "DET", "", 3, "det"),
    ("ministre", "ministre", "NOUN", "", 0, "obl:agent"),
    (",", ",", "PUNCT", "", 0, "punct"),
    ("l'", "le", "DET", "", 6, "det"),
    ("ambassadeur", "ambassadeur", "NOUN", "", 8, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin", 8, "aux:tense"),
    ("affirmé", "affirmer", "VERB", PARTICIPLE, 8, "ROOT"),
    (".", ".", "PUNCT", "", 8, "punct"),
]

# "le commerce , affecté par la fermeture , souffrirait ."
AFTER_SUBJECT = [
    ("le", "le", "DET", "", 1, "det"),
    ("commerce", "commerce", "NOUN", "", 7, "nsubj"),
    (",", ",", "PUNCT", "", 3, "punct"),
    ("affecté", "affecter", "VERB", PARTICIPLE, 7, "advcl"),
    ("par", "par", "ADP", "", 6, "case"),
    ("la", "le", "DET", "", 6, "det"),
    ("fermeture", "fermeture", "NOUN", "", 3, "obl:agent"),
    ("souffrirait", "souffrir", "VERB", "VerbForm=Fin|Mood=Cnd", 7, "ROOT"),
    (".", ".", "PUNCT", "", 7, "punct"),
]

# "Ayant négocié le texte , Paris a signé ."
COMPOUND = [
    ("Ayant", "avoir", "AUX", "VerbForm=Part|Tense=Pres", 1, "aux:tense"),
    ("négocié", "négocier", "VERB", PARTICIPLE, 7, "advcl"),
    ("le", "le", "DET", "", 3, "det"),
    ("texte", "texte", "NOUN", "", 1, "obj"),
    (",", ",", "PUNCT", "", 1, "punct"),
    ("Paris", "Paris", "PROPN", "", 7, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin", 7, "aux:tense"),
    ("signé", "signer", "VERB", PARTICIPLE, 7, "ROOT"),
    (".", ".", "PUNCT", "", 7, "punct"),
]

# "Negotiated by the envoy , the text provides a truce ."
NEGOTIATED = [
    ("Negotiated", "negotiate", "VERB", PARTICIPLE, 7, "advcl"),
    ("by", "by", "ADP", "", 0, "agent"),
    ("the", "the", "DET", "", 3, "det"),
    ("envoy", "envoy", "NOUN", "", 1, "pobj"),
    (",", ",", "PUNCT", "", 7, "punct"),
    ("the", "the", "DET", "", 6, "det"),
    ("text", "text", "NOUN", "", 7, "nsubj"),
    ("provides", "provide", "VERB", "VerbForm=Fin|Tense=Pres", 7, "ROOT"),
    ("a", "a", "DET", "", 9, "det"),
    ("truce", "truce", "NOUN", "", 7, "dobj"),
    (".", ".", "PUNCT", "", 7, "punct"),
]


def test_a_participle_with_an_infinitive_auxiliary_is_a_past_infinitive() -> None:
    doc = parse(FORMS)
    assert infinitive(doc[1])
    assert not infinitive(doc[2])


def test_future_and_conditional_forms_are_prospective() -> None:
    doc = parse(FORMS)
    assert prospective_form(doc[2]) and prospective_form(doc[3])
    assert not prospective_form(doc[1])


def test_a_participle_set_off_before_its_clause_is_done_by_its_agent(fr: Tree) -> None:
    doc = parse(RECEIVED)
    assert detached_participle(doc[0], fr.syntax)
    assert fr.passive(doc[0])
    assert fr.subject(doc[0]).text == "ministre"
    assert [t.text for t in fr.patients(doc[0])] == ["ambassadeur"]
    assert not fr.passive(doc[8])


def test_a_participle_after_the_subject_or_with_an_auxiliary_is_not_detached(fr: Tree) -> None:
    after, compound = parse(AFTER_SUBJECT), parse(COMPOUND)
    assert not detached_participle(after[3], fr.syntax)
    assert clause_subjects(after[3], fr.syntax) == []
    assert not detached_participle(compound[1], fr.syntax)
    assert not fr.passive(compound[1])


def test_an_english_participle_set_off_before_its_clause_is_passive(en: Tree) -> None:
    doc = parse(NEGOTIATED)
    assert detached_participle(doc[0], en.syntax)
    assert en.subject(doc[0]).text == "envoy"
    assert [t.text for t in en.patients(doc[0])] == ["text"]


FINITE = "VerbForm=Fin|Mood=Ind"

# "L' Otan a condamné des activités et averti Moscou ." with "averti" hung on the object
# "activités", as the parser does.
CONDEMNED_AND_WARNED = [
    ("L'", "le", "DET", "", 1, "det"),
    ("Otan", "Otan", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", FINITE, 3, "aux:tense"),
    ("condamné", "condamner", "VERB", PARTICIPLE, 3, "ROOT"),
    ("des", "un", "DET", "", 5, "det"),
    ("activités", "activité", "NOUN", "", 3, "obj"),
    ("et", "et", "CCONJ", "", 7, "cc"),
    ("averti", "avertir", "VERB", PARTICIPLE, 5, "conj"),
    ("Moscou", "Moscou", "PROPN", "", 7, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_bare_participle_after_an_object_shares_the_compound_verb_s_subject(fr: Tree) -> None:
    doc = parse(CONDEMNED_AND_WARNED)
    assert bare_coordinated_participle(doc[7], fr.syntax)
    assert fr.subject(doc[7]).text == "Otan"


def test_a_participle_with_a_passive_subject_of_its_own_is_not_bare(fr: Tree) -> None:
    # "Moscou" in "… et averti Moscou ." misread as the participle's passive subject: it has
    # a subject of its own, so it borrows neither the auxiliary nor NATO as its subject.
    rows = list(CONDEMNED_AND_WARNED)
    rows[8] = ("Moscou", "Moscou", "PROPN", "", 7, "nsubj:pass")
    doc = parse(rows)
    assert not bare_coordinated_participle(doc[7], fr.syntax)
    assert fr.subject(doc[7]) is None or fr.subject(doc[7]).text != "Otan"


def test_a_participle_with_an_auxiliary_or_no_conjunction_is_not_bare(fr: Tree) -> None:
    with_auxiliary = list(CONDEMNED_AND_WARNED)
    with_auxiliary[6] = ("a", "avoir", "AUX", FINITE, 7, "aux:tense")  # "… activités a averti"
    assert not bare_coordinated_participle(parse(with_auxiliary)[7], fr.syntax)
    without_conjunction = list(CONDEMNED_AND_WARNED)
    without_conjunction[6] = (",", ",", "PUNCT", "", 7, "punct")
    assert not bare_coordinated_participle(parse(without_conjunction)[7], fr.syntax)
    assert auxiliary_partner(parse(CONDEMNED_AND_WARNED)[7], fr.syntax) is None  # no infinitive


def test_a_finite_auxiliary_makes_a_compound_tense_and_an_infinite_one_does_not(fr: Tree) -> None:
    doc = parse(CONDEMNED_AND_WARNED)
    assert finite_auxiliary(doc[3], fr.syntax)  # "a condamné"
    assert fr.finite(doc[3])
    assert not finite_auxiliary(parse(FORMS)[1], fr.syntax)  # "avoir détruit"
    assert not fr.finite(parse(FORMS)[1])


# "Le Ghana accuse le Togo de vouloir la guerre et averti le Bénin ." with "averti" hung on
# the infinitive: "accuse" is finite but has no auxiliary for the participle to share.
ACCUSES_AND_WARNED = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Ghana", "Ghana", "PROPN", "", 2, "nsubj"),
    ("accuse", "accuser", "VERB", FINITE, 2, "ROOT"),
    ("le", "le", "DET", "", 4, "det"),
    ("Togo", "Togo", "PROPN", "", 2, "obj"),
    ("de", "de", "ADP", "", 6, "mark"),
    ("vouloir", "vouloir", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("la", "le", "DET", "", 8, "det"),
    ("guerre", "guerre", "NOUN", "", 6, "obj"),
    ("et", "et", "CCONJ", "", 10, "cc"),
    ("averti", "avertir", "VERB", PARTICIPLE, 6, "conj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_finite_verb_without_an_auxiliary_lends_none(fr: Tree) -> None:
    doc = parse(ACCUSES_AND_WARNED)
    assert fr.finite(doc[2]) and not finite_auxiliary(doc[2], fr.syntax)
    assert auxiliary_partner(doc[10], fr.syntax) is None
