"""The year a paragraph tells (:mod:`newsgraph.events.yeared`): a day or month named without
its year after a date written out in full takes that date's year when it falls near it."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsgraph.events import Coder
from newsgraph.events.discourse import load_time_words
from newsgraph.events.timing import moments
from newsgraph.events.yeared import in_year_told

from .helpers import dates_of

FR, EN = load_time_words("fr"), load_time_words("en")
PUBLISHED = dt.date(2026, 11, 26)


def told(text: str, lang: str) -> list[tuple[str, str]]:
    """The words and values of the time expressions of ``text``, sentence by sentence."""
    times = FR if lang == "fr" else EN
    found: list[tuple[str, str]] = []
    starts = [0, *(m.end() for m in re.finditer(r"[.]\s+", text))]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        sentence = moments(text[start:end], start, PUBLISHED, times, False)
        found += [(m.text, m.value) for m in in_year_told(sentence, text, start, PUBLISHED, times)]
    return found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En avril 2025, Vilnius a fermé sa frontière. Dès le 23 avril, il a expulsé un "
            "diplomate.",
            "fr",
            [("En avril 2025", "2025-04"), ("Dès le 23 avril", "2025-04-23")],
        ),
        (
            "Le 7 mai 2025, l'armée a frappé. Une trêve, annoncée le 10 mai, a suivi.",
            "fr",
            [("Le 7 mai 2025", "2025-05-07"), ("le 10 mai", "2025-05-10")],
        ),
        (
            "In April 2025, Vilnius closed its border. On April 23, it expelled a diplomat.",
            "en",
            [("In April 2025", "2025-04"), ("On April 23", "2025-04-23")],
        ),
    ],
)
def test_a_day_without_its_year_takes_the_year_written_just_before(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert told(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season away: the report has come back to its own year
        (
            "En janvier 2025, Vilnius a signé. Le 14 novembre, Minsk a protesté.",
            [("En janvier 2025", "2025-01"), ("Le 14 novembre", "2026-11-14")],
        ),
        # words that fix the year from the publication
        (
            "En mai 2025, Vilnius a signé. En avril dernier, Minsk a protesté.",
            [("En mai 2025", "2025-05"), ("En avril dernier", "2026-04")],
        ),
        # before the date in full: the narrative has moved on a year
        (
            "Minsk a fermé un poste le 8 octobre 2025. Le 27 septembre, Vilnius a protesté.",
            [("le 8 octobre 2025", "2025-10-08"), ("Le 27 septembre", "2026-09-27")],
        ),
        # an expression of another year in between ends the narrative's year
        (
            "En janvier 2025, Vilnius a signé. En août dernier, Minsk a menacé. Le 24 février, "
            "Riga a levé ses sanctions.",
            [
                ("En janvier 2025", "2025-01"),
                ("En août dernier", "2026-08"),
                ("Le 24 février", "2026-02-24"),
            ],
        ),
        # another paragraph
        (
            "En avril 2025, Vilnius a signé.\n\nLe 23 avril, Minsk a protesté.",
            [("En avril 2025", "2025-04"), ("Le 23 avril", "2026-04-23")],
        ),
    ],
)
def test_a_day_far_from_the_year_written_or_fixed_by_its_words_keeps_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert told(text, "fr") == expected


@pytest.mark.model
def test_an_event_told_after_a_past_date_in_full_takes_its_year(
    coders: dict[str, Coder],
) -> None:
    text = (
        "La Russie a bombardé Kiev. Le 7 mai 2025, la Chine a accusé le Japon. "
        "Le 10 mai, le Japon a rejeté ces accusations."
    )
    dates = dict(dates_of(coders["fr"], text, "fr", PUBLISHED))
    assert dates["REJECT"] == "2025-05-10"
