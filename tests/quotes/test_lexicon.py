"""The language data of the quotation finder (no model)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph.quotes import load
from newsgraph.quotes.lexicon import clitic


@pytest.mark.parametrize("code", ["fr", "en"])
def test_data_is_versioned_with_its_sources_and_licence(code: str) -> None:
    path = resources.files("newsgraph.lang").joinpath(code, "quotes.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"].startswith(f"quotes-{code}.")
    assert any("GenderGapTracker" in source and "MIT" in source for source in data["sources"])
    assert data["licenses"]["reporting_verbs.public"] == "MIT"
    assert "scripts/build_reporting_verbs.py" in data["reporting_verbs"]["public_source"]
    assert set(data["reporting_verbs"]["excluded"]) <= set(data["reporting_verbs"]["public"])


@pytest.mark.parametrize(
    ("code", "present", "absent"),
    [
        ("fr", {"déclarer", "affirmer", "dire", "avertir", "dénoncer", "qualifier"}, {"trouver"}),
        ("en", {"say", "tell", "warn", "deny", "call", "accuse"}, {"continue", "ensure"}),
    ],
)
def test_reporting_verbs(code: str, present: set[str], absent: set[str]) -> None:
    verbs = load(code).verbs
    assert present <= verbs
    assert not absent & verbs


def test_version_includes_the_titles_used_as_speaker_nouns() -> None:
    lexicon = load("fr")
    assert lexicon.version.startswith("quotes-fr.")
    assert "+titles-fr." in lexicon.version
    assert {"ministre", "porte-parole", "diplomate"} <= lexicon.speaker_nouns


@pytest.mark.parametrize(
    ("word", "kind"),
    [("il", "person"), ("-t-il", "person"), ("-elle", "person"), ("Ils", "group"), ("x", None)],
)
def test_pronouns(word: str, kind: str | None) -> None:
    assert load("fr").pronoun_kind(word) == kind


def test_pronoun_kinds_in_english() -> None:
    english = load("en")
    assert [english.pronoun_kind(w) for w in ("She", "they", "it")] == ["person", "group", "thing"]
    assert clitic("-t-elle") == "elle"


def test_attribution_phrases_match_on_words() -> None:
    pattern = load("fr").according_pattern
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("selon lui, d'après elle, selonx")] == [
        "selon",
        "d'après",
    ]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("estime", "estimer"),
        ("juge", "juger"),
        ("dément", "démentir"),
        ("reconnaît", "reconnaître"),
        ("répète", "répéter"),
        ("rappelle", "rappeler"),
        ("prévient", "prévenir"),
        ("dit", "dire"),
        ("cherche", "cherche"),  # no reporting verb: left as it is
    ],
)
def test_inflected_forms_lead_to_their_reporting_verb(form: str, lemma: str) -> None:
    assert load("fr").verb_lemma(form, form) == lemma


def test_compound_cues_and_what_only_they_make_a_cue() -> None:
    lexicon = load("fr")
    assert lexicon.compound_cues["valoir"] == {"faire"}
    assert "savoir" not in lexicon.verbs
