from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.timex import calendar

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
weekdays = st.integers(min_value=0, max_value=6)
months = st.integers(min_value=1, max_value=12)


@pytest.mark.parametrize(
    ("reference", "months", "expected"),
    [
        (dt.date(2024, 1, 31), -1, dt.date(2023, 12, 1)),
        (dt.date(2024, 12, 5), 1, dt.date(2025, 1, 1)),
        (dt.date(2024, 6, 20), -18, dt.date(2022, 12, 1)),
        (dt.date(9999, 12, 1), 1, None),
    ],
)
def test_add_months(reference: dt.date, months: int, expected: dt.date | None) -> None:
    assert calendar.add_months(reference, months) == expected


@given(dates, weekdays)
def test_latest_weekday_is_within_the_week_before(reference: dt.date, day: int) -> None:
    found = calendar.weekday(reference, day, "latest", future=False)
    assert found is not None and found.weekday() == day
    assert reference - dt.timedelta(days=7) < found <= reference


@given(dates, weekdays)
def test_last_weekday_is_strictly_before(reference: dt.date, day: int) -> None:
    found = calendar.weekday(reference, day, "last", future=False)
    assert found is not None and found.weekday() == day
    assert reference - dt.timedelta(days=7) <= found < reference


@given(dates, weekdays, st.booleans())
def test_next_weekday_is_strictly_after(reference: dt.date, day: int, future: bool) -> None:
    found = calendar.weekday(reference, day, "next", future)
    assert found is not None and found.weekday() == day
    assert reference < found <= reference + dt.timedelta(days=7)


@given(dates, weekdays)
def test_a_future_weekday_is_within_the_week_after(reference: dt.date, day: int) -> None:
    found = calendar.weekday(reference, day, "latest", future=True)
    assert found is not None and reference <= found < reference + dt.timedelta(days=7)


@given(dates, months)
def test_a_month_name_is_the_latest_on_or_before(reference: dt.date, number: int) -> None:
    found = calendar.month(reference, number, "latest", future=False)
    assert found is not None and found.month == number
    assert found <= reference and (reference.year, reference.month) < (
        found.year + 1,
        found.month + 1,
    )


@given(dates, months)
def test_a_future_month_name_is_the_first_on_or_after(reference: dt.date, number: int) -> None:
    found = calendar.month(reference, number, "latest", future=True)
    assert found is not None and found.month == number
    assert (found.year, found.month) >= (reference.year, reference.month)
    assert found.year - reference.year <= 1


@given(dates, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28))
def test_a_day_of_a_month_is_within_the_year_before(
    reference: dt.date, number: int, day: int
) -> None:
    found = calendar.day_of_month(reference, number, day, "latest", future=False)
    assert found is not None and (found.month, found.day) == (number, day)
    grace = dt.timedelta(days=calendar.GRACE)  # a day or two after the reference is this year's
    assert reference - dt.timedelta(days=366) + grace < found <= reference + grace


def test_29_february_goes_back_to_a_leap_year() -> None:
    found = calendar.day_of_month(dt.date(2027, 3, 1), 2, 29, "latest", future=False)
    assert found == dt.date(2024, 2, 29)


def test_a_weekday_settles_the_year_of_a_day() -> None:
    reference = dt.date(1998, 10, 25)
    assert calendar.day_of_week_of_month(reference, 10, 26, 0) == dt.date(1998, 10, 26)
    assert calendar.day_of_week_of_month(reference, 10, 26, 1) == dt.date(1999, 10, 26)
    assert calendar.day_of_week_of_month(reference, 10, 26, 2) is None


def test_a_day_of_a_month_just_after_the_reference_is_this_years() -> None:
    """ "on March 5" in a page dated March 4 is the next day, not a year ago; further on, the
    past bias holds."""
    reference = dt.date(2024, 3, 4)
    assert calendar.day_of_month(reference, 3, 5, "latest", False) == dt.date(2024, 3, 5)
    assert calendar.day_of_month(reference, 3, 20, "latest", False) == dt.date(2023, 3, 20)
    assert calendar.day_of_month(reference, 3, 5, "last", False) == dt.date(2023, 3, 5)
