"""An act told as done and, with the same type and sides, as planned in one sentence: two
events (``newsgraph.events.plans``)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model

BOTH = frozenset({"RUS", "CHN"})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia and China, which met on Monday, are due to meet again in March."),
        (
            "fr",
            "La Chine et la Russie, qui se sont rencontrées lundi, doivent se retrouver en mars.",
        ),
    ],
)
def test_a_meeting_held_and_one_to_come_are_two_events(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("CONSULT", BOTH, BOTH, "asserted") in found, found
    assert ("CONSULT", BOTH, BOTH, "future") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia has promised to approve the accession of Ukraine."),
        ("fr", "La Russie a promis d'approuver l'adhésion de l'Ukraine."),
    ],
)
def test_the_act_a_promise_names_is_not_a_second_event(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [f for f in found if f[0] == "AGREE"] == [found[0]], found
