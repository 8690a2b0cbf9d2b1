"""A time that hangs on a verb told in a past tense is past, even in a sentence of what is to
come (:mod:`newsgraph.events.pastverbs`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import dates_of


@pytest.mark.model
def test_the_day_a_promise_was_made_is_the_past_one(coders: dict[str, Coder]) -> None:
    text = "La France a promis mercredi à l'Allemagne de lui livrer des obus."
    assert dates_of(coders["fr"], text, "fr") == [("AGREE", "2024-06-19"), ("AID", "2024-06-19")]
    text = "France and Germany agreed on Wednesday to meet in Berlin."
    # the meeting agreed is dated as its agreement was, not next Wednesday
    assert dates_of(coders["en"], text, "en") == [
        ("AGREE", "2024-06-19"),
        ("CONSULT", "2024-06-19"),
    ]


@pytest.mark.model
def test_a_time_of_a_present_passive_or_a_future_stays_ahead(coders: dict[str, Coder]) -> None:
    text = "La rencontre entre la France et l'Allemagne est prévue vendredi à Berlin."
    assert dates_of(coders["fr"], text, "fr") == [("CONSULT", "2024-06-21")]
    text = "The meeting between France and Germany is scheduled for Friday in Berlin."
    assert dates_of(coders["en"], text, "en") == [("CONSULT", "2024-06-21")]
    text = "The meeting between France and Germany was scheduled for Friday in Berlin."
    assert dates_of(coders["en"], text, "en") == [("CONSULT", "2024-06-21")]  # a plan's time
    text = "La rencontre entre la France et l'Allemagne était prévue vendredi à Berlin."
    assert dates_of(coders["fr"], text, "fr") == [("CONSULT", "2024-06-21")]
    text = "La France et l'Allemagne se rencontreront vendredi, a annoncé mardi Paris."
    assert dates_of(coders["fr"], text, "fr") == [("CONSULT", "2024-06-21")]
