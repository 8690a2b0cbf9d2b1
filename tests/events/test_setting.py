"""Dates of events: which time expression of the sentence dates an event."""

from __future__ import annotations

import datetime as dt

from newsgraph.events.setting import Moment, counted_from, event_date, moments


def test_the_expression_inside_the_clause_wins() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (30, 60), 50) == found[1]


def test_else_the_expression_nearest_to_the_trigger() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (10, 20), 15) == found[0]
    assert event_date([], (10, 20), 15) is None


def test_the_end_of_a_span_is_not_the_date_of_the_event() -> None:
    text = "Le gouvernement a suspendu jusqu'en 2028 les négociations, lundi."
    values = [m.value for m in moments(text, 0, dt.date(2024, 12, 2), "fr", False)]
    assert "2028" not in values
    assert "2024-12-02" in values
    english = "Georgia suspended the talks until 2028."
    assert moments(english, 0, dt.date(2024, 12, 2), "en", False) == []


def test_an_anaphoric_expression_counts_from_the_day_given_before() -> None:
    text = "Le lendemain, l'Inde a suspendu le traité."
    (moment,) = moments(text, 0, dt.date(2025, 5, 12), "fr", False)
    assert moment.anaphoric and moment.value == "2025-05-13"  # from the publication date
    assert counted_from(moment, "2025-04-22", "fr", False) == "2025-04-23"
    assert counted_from(moment, "2025-04", "fr", False) == "2025-05-13"  # no day to count from
    assert counted_from(moment, None, "fr", False) == "2025-05-13"
    (plain,) = moments("Mardi, l'Inde a suspendu le traité.", 0, dt.date(2025, 5, 12), "fr", False)
    assert counted_from(plain, "2025-04-22", "fr", False) == plain.value  # not anaphoric
