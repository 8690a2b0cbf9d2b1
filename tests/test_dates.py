from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph import lang
from newsgraph.dates import grammar


def month_names(code: str) -> dict[int, str]:
    """The full name of each month: the longest of its names."""
    names: dict[int, str] = {}
    for name, number in lang.load(code, "dates")["months"].items():
        if len(name) > len(names.get(number, "")):
            names[number] = name
    return names


FR_MONTHS, EN_MONTHS = month_names("fr"), month_names("en")

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates)
def test_french_written_dates(date: dt.date) -> None:
    day = "1er" if date.day == 1 else str(date.day)
    text = f"Le sommet s’est tenu le {day} {FR_MONTHS[date.month]} {date.year} à Paris."
    assert list(grammar("fr").find(text)) == [date]


@given(dates)
def test_english_written_dates(date: dt.date) -> None:
    text = f"The summit was held on {EN_MONTHS[date.month].title()} {date.day}, {date.year}."
    assert list(grammar("en").find(text)) == [date]


@given(dates)
def test_iso_and_numeric_dates_follow_the_language_order(date: dt.date) -> None:
    numeric_fr = f"{date.day:02d}/{date.month:02d}/{date.year}"
    numeric_en = f"{date.month}/{date.day}/{date.year}"
    assert list(grammar("fr").find(numeric_fr)) == [date]
    assert list(grammar("en").find(numeric_en)) == [date]
    assert list(grammar("en").find(date.isoformat())) == [date]


@pytest.mark.parametrize("text", ["le 31 février 2024", "le 3 août", "en 2023", "32/01/2024"])
def test_incomplete_or_impossible_dates_are_ignored(text: str) -> None:
    assert list(grammar("fr").find(text)) == []


def test_non_breaking_spaces() -> None:
    assert list(grammar("fr").find("le 3\u00a0août\u00a02023")) == [dt.date(2023, 8, 3)]
