"""Quoted words of two words under a cue: the speaker's own words that characterise
something (a noun phrase, an adjective, a gerund in lower case in the middle of the
sentence) are a quotation, whatever their relation to the clause; adverbial set phrases of
manner or time (« sans délai », "very soon") and words under no cue are not."""

from __future__ import annotations

import re

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Jane Moore": ("person", ["Jane Moore"]),
    "Paul Verlaine": ("person", ["Paul Verlaine"]),
}


@pytest.mark.parametrize(
    ("text", "lang", "words", "speaker"),
    [
        (
            "Jane Moore accused Tom Smith of “inventing pretexts” to delay the vote.",
            "en",
            "inventing pretexts",
            "Jane Moore",
        ),
        (
            "Jane Moore thanked Korsa for its “humanitarian mediation”.",
            "en",
            "humanitarian mediation",
            "Jane Moore",
        ),
        (
            "Paul Verlaine a dénoncé une réforme « profondément injuste » pour les retraités.",
            "fr",
            "profondément injuste",
            "Paul Verlaine",
        ),
    ],
)
def test_two_quoted_words_under_a_cue_are_a_quotation(
    build: Build, text: str, lang: str, words: str, speaker: str
) -> None:
    found = [q for q in quotes_of(build(text, lang, CAST)) if q[2]]
    assert [q[1] for q in found if words in q[0]] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jane Moore said she expects to meet Tom Smith “very soon”.", "en"),
        ("Jane Moore visited the “grey zone” on Friday.", "en"),
        ("Paul Verlaine a appelé Korsa à rétablir « sans délai » le courant à Velmar.", "fr"),
        ("Paul Verlaine a assuré que la réponse viendrait « très vite ».", "fr"),
        ("Jane Moore promised to act “without delay” against the smugglers.", "en"),
    ],
)
def test_adverbial_set_phrases_and_words_under_no_cue_are_not(
    build: Build, text: str, lang: str
) -> None:
    quoted = re.search(r"[«“]\s*(.+?)\s*[»”]", text)
    assert quoted is not None
    # inside a reported statement they make the statement a partial quotation (see
    # test_scare.py), but are no quotation of their own
    found = [q for q in quotes_of(build(text, lang, CAST)) if q[2]]
    assert not any(q[0].strip(" «»“”\u00a0") == quoted[1] for q in found)
