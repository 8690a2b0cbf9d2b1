"""Verb forms the lemmatiser leaves as they are, taken back to their infinitive."""

from __future__ import annotations

import pytest

from newsgraph import inflection


@pytest.mark.parametrize(
    ("form", "known", "expected"),
    [
        ("demande", {"demander"}, "demander"),
        ("dément", {"démentir"}, "démentir"),
        ("reconnaît", {"reconnaître"}, "reconnaître"),
        ("répète", {"répéter"}, "répéter"),  # a grave accent of the stem may be acute
        ("cherche", {"demander"}, None),  # only an infinitive the lexicon knows
        ("a", {"aer"}, None),  # an ending alone is no form
    ],
)
def test_forms_lead_to_a_known_infinitive(form: str, known: set[str], expected: str | None) -> None:
    assert inflection.infinitive(form, inflection.endings("fr"), frozenset(known)) == expected


def test_a_language_without_endings_has_no_fallback() -> None:
    assert inflection.endings("en") == ()
    assert inflection.version("en") is None
    assert inflection.version("fr") == "inflections-fr.v1"
    endings = inflection.endings("fr")
    assert [len(a) for a, _ in endings] == sorted((len(a) for a, _ in endings), reverse=True)
