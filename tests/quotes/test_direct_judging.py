"""Partial quotations under verbs of judging and thanking (``judging_verbs`` of the quotes
lexicon): the quoted words their object holds are the subject's words, in French and English;
such a verb reports no clause of its own, and in the passive it cues nothing."""

from __future__ import annotations

import pytest

from newsgraph.quotes import load

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Joe Biden": ("person", ["Biden"]),
    "Jane Moore": ("person", ["Moore"]),
    "Emmanuel Macron": ("person", ["Macron"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            'Biden praised the agreement as "a historic step toward peace in the region."',
            "en",
            "a historic step toward peace",
        ),
        (
            "Senator Moore thanked the governor for “stepping up and taking action when it "
            "mattered most.”",
            "en",
            "stepping up and taking action",
        ),
        (
            "Moore slammed the plan as “a reckless giveaway to the biggest polluters.”",
            "en",
            "a reckless giveaway",
        ),
        (
            "Macron a remercié le gouverneur d'avoir « pris ses responsabilités au bon moment ».",
            "fr",
            "pris ses responsabilités",
        ),
    ],
)
def test_the_quoted_object_of_a_verb_of_judging_is_its_subjects_words(
    build: Build, text: str, lang: str, words: str
) -> None:
    found = [(speaker, direct) for quoted, speaker, direct in quotes_of(build(text, lang, CAST))]
    speakers = {"en": {"Joe Biden", "Jane Moore"}, "fr": {"Emmanuel Macron"}}[lang]
    assert len(found) == 1 and found[0][1] and found[0][0] in speakers, (words, found)


def test_a_verb_of_judging_in_the_passive_cues_no_quotation(build: Build) -> None:
    text = "Moore was widely mocked for her “reckless giveaway to the biggest polluters.”"
    assert quotes_of(build(text, "en", CAST)) == []


def test_a_verb_of_judging_reports_no_clause(build: Build) -> None:
    # the claim is someone else's: mocking it states nothing in Moore's name
    text = "Moore mocked the claim that the bridge would reopen in May."
    assert quotes_of(build(text, "en", CAST)) == []


@pytest.mark.parametrize(("lang", "verb"), [("en", "thank"), ("fr", "remercier")])
def test_the_verbs_of_judging_are_cues(lang: str, verb: str) -> None:
    lexicon = load(lang)
    assert verb in lexicon.judging_verbs and verb in lexicon.verbs
