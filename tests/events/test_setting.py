"""Dates of events: which time expression of the sentence dates an event."""

from __future__ import annotations

import datetime as dt

from newsgraph.events.setting import Moment, event_date, moments


def test_the_expression_inside_the_clause_wins() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (30, 60), 50) == "2024-06-14"


def test_else_the_expression_nearest_to_the_trigger() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (10, 20), 15) == "2024-06-17"
    assert event_date([], (10, 20), 15) is None


def test_the_end_of_a_span_is_not_the_date_of_the_event() -> None:
    text = "Le gouvernement a suspendu jusqu'en 2028 les négociations, lundi."
    values = [m.value for m in moments(text, 0, dt.date(2024, 12, 2), "fr", False)]
    assert "2028" not in values
    assert "2024-12-02" in values
    english = "Georgia suspended the talks until 2028."
    assert moments(english, 0, dt.date(2024, 12, 2), "en", False) == []
