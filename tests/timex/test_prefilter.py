"""A prefilter finds a required piece of its pattern, so it never turns away a text it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph import lang
from newsgraph.timex.grammar import grammar
from newsgraph.timex.prefilter import prefilter

LANGUAGES = lang.available("timex")


def _needed(regex: str) -> re.Pattern[str]:
    found = prefilter(re.compile(regex, re.IGNORECASE))
    assert found is not None
    return found


def test_a_literal_run_is_required_in_both_languages() -> None:
    assert _needed(r"hier(?:\s+(?:soir|matin))?").search("HIER soir")
    assert not _needed(r"hier(?:\s+(?:soir|matin))?").search("demain matin")
    assert _needed(r"yesterday(?:\s+morning)?").search("Yesterday")
    assert not _needed(r"yesterday(?:\s+morning)?").search("tomorrow morning")


def test_the_longest_required_run_is_chosen() -> None:
    assert _needed(r"la\s+semaine\s+prochaine").pattern == "prochaine"


def test_an_alternation_requires_one_of_its_branches() -> None:
    needed = _needed(r"(?:mai|juin)\s+\d+")
    assert needed.search("en juin 3") and not needed.search("en avril 3")


def test_a_digit_class_is_required_when_no_word_is() -> None:
    needed = _needed(r"(?<!\w)(?:le\s+)?[0-3]?\d(?!\d)")
    assert needed.search("12") and not needed.search("le douze")


def test_an_optional_part_requires_nothing() -> None:
    assert prefilter(re.compile(r"(?:hier)?\s*")) is None
    assert prefilter(re.compile(r"hier|\s*")) is None


sentences = st.text(alphabet="0123456789 aeilmnrstuvwyADJMS'-éû", max_size=40)


@pytest.mark.parametrize("code", LANGUAGES)
@given(st.data())
def test_no_pattern_matches_a_text_its_prefilter_turns_away(code: str, data: st.DataObject) -> None:
    for _, _, needed, pattern in grammar(code).forms:
        text = data.draw(sentences | st.sampled_from(["le 3 mai 2023", "3 days ago", "hier"]))
        if needed is not None and pattern.search(text):
            assert needed.search(text), (pattern.pattern, text)
