"""A quotation a verb introduces right before it (:mod:`newsgraph.quotes.introduced`)."""

from __future__ import annotations

import pytest

from newsgraph.quotes import find, load

from .build import Cast, quotes_of
from .casts import DIRECT_PEOPLE as PEOPLE
from .conftest import Build

pytestmark = pytest.mark.model


def test_she_continued_introduces_the_quote_after_it(build: Build) -> None:
    text = (
        '"The rationales do not hold weight," said 9/11 widow Terry Strada. She continued, '
        "“For us, all we are asking for is an opportunity to have our case heard.”"
    )
    found = [(q[0], q[1]) for q in quotes_of(build(text, "en", PEOPLE)) if q[2]]
    assert found[-1] == (
        "For us, all we are asking for is an opportunity to have our case heard.",
        "Terry Strada",
    )


def test_a_main_verb_right_before_a_comma_and_a_quotation_says_it(build: Build) -> None:
    text = (
        "After Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot back, "
        "“I suppose I could have chosen to bake cookies, but I chose to fulfill my profession.”"
    )
    cast: Cast = {
        "Hillary Clinton": ("person", ["Hillary Clinton"]),
        "Jerry Brown": ("person", ["Jerry Brown"]),
    }
    found = [(q[0][:9], q[1]) for q in quotes_of(build(text, "en", cast)) if q[2]]
    assert found == [("I suppose", "Hillary Clinton")]


def test_a_verb_of_voice_right_before_an_utterance_says_it(build: Build) -> None:
    text = (
        "Joe Wilson gained attention in 2009 when he yelled “You lie!” at the president.\n\n"
        "Kelsey Atkinson was the protester, wearing a shirt that read “Animal liberation now.”"
    )
    cast: Cast = {
        "Joe Wilson": ("person", ["Joe Wilson"]),
        "Kelsey Atkinson": ("person", ["Kelsey Atkinson"]),
    }
    layout, found = find(build(text, "en", cast), load("en"))
    quoted = [
        (layout.text[q.start : q.end], layout.text[q.speaker.start : q.speaker.end])
        for q in found
        if q.direct and q.speaker
    ]
    assert quoted == [("You lie!", "he")]
    assert not any("Animal" in layout.text[q.start : q.end] and q.direct for q in found)


def test_a_verb_of_voice_with_an_adverbial_before_the_comma_introduces_the_quote(
    build: Build,
) -> None:
    text = (
        "Bernie Sanders is making a stop at a high school.\n\n"
        "Sanders asks at Western High School, “Any questions I can answer?”"
    )
    cast: Cast = {"Bernie Sanders": ("person", ["Bernie Sanders", "Sanders"])}
    layout, found = find(build(text, "en", cast), load("en"))
    speakers = [layout.text[q.speaker.start : q.speaker.end] for q in found if q.speaker]
    assert speakers == ["Sanders"]
