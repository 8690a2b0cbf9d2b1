"""Properties of the rules, through ``resolve`` and the words of each language's data."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsgraph import lang
from newsgraph.timex import resolve
from newsgraph.timex.calendar import GRACE, NEAR

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))
counts = st.integers(min_value=0, max_value=999)


def names(code: str, kind: str) -> list[tuple[str, int]]:
    """The full names (the longest of each number) of the weekdays or months of a language."""
    full: dict[int, str] = {}
    for name, number in lang.load(code, "dates")[kind].items():
        if len(name) > len(full.get(number, "")):
            full[number] = name
    return [(name, number) for number, name in sorted(full.items())]


FR_WEEKDAYS, EN_WEEKDAYS = names("fr", "weekdays"), names("en", "weekdays")
FR_MONTHS, EN_MONTHS = names("fr", "months"), names("en", "months")


def day(expression: str, reference: dt.date, code: str, future: bool | None = None) -> dt.date:
    value = resolve(expression, reference, code, future)
    assert value is not None and value.granularity == "day", (expression, value)
    return dt.date.fromisoformat(value.value)


@given(dates, counts)
def test_n_days_ago_plus_n_days_is_the_reference(reference: dt.date, n: int) -> None:
    back = dt.timedelta(days=n)
    assert day(f"il y a {n} jours", reference, "fr") + back == reference
    assert day(f"{n} days ago", reference, "en") + back == reference


@given(dates, counts)
def test_n_weeks_ago_is_7n_days_back(reference: dt.date, n: int) -> None:
    assert day(f"il y a {n} semaines", reference, "fr") == reference - dt.timedelta(weeks=n)
    assert day(f"{n} weeks ago", reference, "en") == reference - dt.timedelta(weeks=n)


@given(dates, st.sampled_from(FR_WEEKDAYS), st.sampled_from(EN_WEEKDAYS))
def test_a_past_weekday_is_in_the_week_up_to_the_reference(
    reference: dt.date, fr: tuple[str, int], en: tuple[str, int]
) -> None:
    week_before = reference - dt.timedelta(days=7)
    for found, number in [
        (day(fr[0], reference, "fr"), fr[1]),
        (day(en[0].title(), reference, "en"), en[1]),
    ]:
        assert week_before < found <= reference and found.weekday() == number


@given(dates, st.sampled_from(FR_WEEKDAYS))
def test_dernier_and_prochain_exclude_the_reference(
    reference: dt.date, fr: tuple[str, int]
) -> None:
    last = day(f"{fr[0]} dernier", reference, "fr")
    following = day(f"{fr[0]} prochain", reference, "fr")
    assert reference - dt.timedelta(days=7) <= last < reference < following
    assert following <= reference + dt.timedelta(days=7)


@given(dates, st.sampled_from(FR_MONTHS), st.booleans())
def test_a_month_name_leans_to_the_past_unless_future(
    reference: dt.date, month: tuple[str, int], future: bool
) -> None:
    value = resolve(f"en {month[0]}", reference, "fr", future)
    assert value is not None and value.granularity == "month"
    start = value.start
    assert start.month == month[1]
    months_after = (start.year - reference.year) * 12 + start.month - reference.month
    assert (0 <= months_after < 12) if future else (-12 < months_after <= 0)


@given(dates, st.sampled_from(EN_MONTHS), st.integers(min_value=1, max_value=28))
def test_a_day_without_a_year_told_as_past_is_the_nearest_past_one(
    reference: dt.date, month: tuple[str, int], number: int
) -> None:
    found = day(f"{month[0].title()} {number}", reference, "en", future=False)
    assert (found.month, found.day) == (month[1], number)
    grace = dt.timedelta(days=GRACE)  # a day or two after the reference is this year's
    assert reference - dt.timedelta(days=366) + grace < found <= reference + grace


@given(dates, st.sampled_from(EN_MONTHS), st.integers(min_value=1, max_value=28))
def test_a_day_without_a_year_lies_within_ten_months_back_and_near_months_ahead(
    reference: dt.date, month: tuple[str, int], number: int
) -> None:
    found = day(f"{month[0].title()} {number}", reference, "en")
    assert (found.month, found.day) == (month[1], number)
    months_after = (found.year - reference.year) * 12 + found.month - reference.month
    assert -10 < months_after <= NEAR
    if months_after < 0:
        assert day(f"{month[0].title()} {number}", reference, "en", future=False) == found


@given(dates, st.sampled_from(FR_MONTHS))
def test_a_month_name_lies_within_ten_months_back_and_near_months_ahead(
    reference: dt.date, month: tuple[str, int]
) -> None:
    value = resolve(f"en {month[0]}", reference, "fr")
    assert value is not None
    start = value.start
    months_after = (start.year - reference.year) * 12 + start.month - reference.month
    assert -10 < months_after <= NEAR
