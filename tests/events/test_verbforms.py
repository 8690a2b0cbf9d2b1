"""Verb forms on parses written by hand (no model needed)."""

from __future__ import annotations

from newsgraph.events.verbforms import infinitive, prospective_form

from .trees import parse

# "avoir détruit" / "signera"
FORMS = [
    ("avoir", "avoir", "AUX", "VerbForm=Inf", 1, "aux:tense"),
    ("détruit", "détruire", "VERB", "VerbForm=Part|Tense=Past", 1, "ROOT"),
    ("signera", "signer", "VERB", "VerbForm=Fin|Tense=Fut", 1, "conj"),
    ("pourrait", "pouvoir", "VERB", "VerbForm=Fin|Mood=Cnd", 1, "conj"),
]


def test_a_participle_with_an_infinitive_auxiliary_is_a_past_infinitive() -> None:
    doc = parse(FORMS)
    assert infinitive(doc[1])
    assert not infinitive(doc[2])


def test_future_and_conditional_forms_are_prospective() -> None:
    doc = parse(FORMS)
    assert prospective_form(doc[2]) and prospective_form(doc[3])
    assert not prospective_form(doc[1])
