from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsgraph.timex import Granularity, TimeValue

granularities: st.SearchStrategy[Granularity] = st.sampled_from(["day", "month", "year"])


@given(st.dates(), granularities)
def test_a_value_starts_on_the_first_day_it_covers(date: dt.date, granularity: Granularity) -> None:
    value = TimeValue.of(date, granularity)
    assert value.start <= date
    assert value.start.isoformat().startswith(value.value)
    assert len(value.value) == {"year": 4, "month": 7, "day": 10}[granularity]


def test_the_string_of_a_value_is_its_value() -> None:
    assert str(TimeValue("2024-06", "month")) == "2024-06"
