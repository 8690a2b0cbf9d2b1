"""Speakers a colon introduces (:mod:`newsgraph.quotes.colon`): the subject of the clause it
closes, a name or a label before it, after a dash or a source phrase."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .build import Cast, quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_name_after_a_dash_signs_the_quote_before_it(build: Build) -> None:
    text = (
        "Readers answered.\n\n"
        "“The most unqualified child to ever run for president.” ― Francisco Herrero\n"
        "“I just hope that this campaign gives the community the anger to vote.” ― Jorge Falcon."
    )
    found = {q[0]: q[1] for q in quotes_of(build(text, "en", PEOPLE)) if q[2]}
    assert found == {
        "The most unqualified child to ever run for president.": "Francisco Herrero",
        "I just hope that this campaign gives the community the anger to vote.": "Jorge Falcon",
    }


def test_a_name_and_affiliation_before_a_colon_label_the_quote(build: Build) -> None:
    text = (
        "Who won the debate?\n\n"
        'Jake Sullivan, The Washington Post: "This was the best debate performance."'
    )
    _, found = find(build(text, "en", PEOPLE), load("en"))
    speakers = [text[f.speaker.start : f.speaker.end] for f in found if f.direct and f.speaker]
    assert speakers == ["Jake Sullivan, The Washington Post"]


def test_a_verb_first_tag_before_a_colon_is_said_by_the_name_after_it(build: Build) -> None:
    text = "Stone lost the case.\n\nContinued Stone: “We will win this fight in the courts.”"
    cast: Cast = {"Roger Stone": ("person", ["Stone"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Stone"]


def test_a_tag_whose_subject_the_parser_lost_speaks_for_the_clause_before_its_colon(
    build: Build,
) -> None:
    text = (
        "Trump gestured as if to stop the ruckus, then leaned in and boomed: "
        "“Let’s defeat her in November.”"
    )
    cast: Cast = {"Donald Trump": ("person", ["Trump"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Trump"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a label after a dash, the heading before it a clause of its own
        (
            'Polls were not wrong, just too early - Jake Sullivan: "The polls ended too early '
            'and missed the late shift."',
            "en",
            "Jake Sullivan",
        ),
        (
            "Les sondages se sont trompés - Jean Dupont : « Les sondages ont fini trop tôt et "
            "ont manqué le dernier virage. »",
            "fr",
            "Jean Dupont",
        ),
        # the label speaks, whatever verb of the heading the parse hangs the quote on
        (
            "But polls did predict the Democratic caucus - Jake Sullivan: “While the caucuses "
            "provided an upset, most pollsters fared much better.”",
            "en",
            "Jake Sullivan",
        ),
        # a phrase that gives the source opens the label
        (
            'What that means for the election - More from Jake Sullivan: "The partisanship of '
            'the state is a starting point."',
            "en",
            "Jake Sullivan",
        ),
        (
            'Not all panels are equal. From the report: "Samples with longer field periods '
            'produced more accurate results."',
            "en",
            "the report",
        ),
    ],
)
def test_a_label_after_a_dash_or_a_source_phrase_before_a_colon_speaks(
    build: Build, text: str, lang: str, speaker: str
) -> None:
    _, found = find(build(text, lang, PEOPLE), load(lang))
    speakers = [text[f.speaker.start : f.speaker.end] for f in found if f.direct and f.speaker]
    assert speakers == [speaker]


def test_a_time_after_a_source_phrase_is_no_speaker(build: Build) -> None:
    text = 'The vote was close. From Monday: "Samples with longer field periods did better."'
    _, found = find(build(text, "en", PEOPLE), load("en"))
    assert [text[f.speaker.start : f.speaker.end] for f in found if f.speaker] == []
