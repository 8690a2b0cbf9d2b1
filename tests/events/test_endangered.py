"""A threat told as a danger is no event (:mod:`newsgraph.events.endangered`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import make_article

pytestmark = pytest.mark.model


def _threats(coders: dict[str, Coder], text: str, code: str) -> list[str]:
    """The trigger words of the THREATEN events coded in ``text``."""
    events = coders[code].code_article(make_article(text, code))
    return [e.trigger.text for e in events if e.type == "THREATEN" and e.trigger is not None]


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        (
            "fr",
            "Israël a prévenu qu'il interviendrait si les Libanais du sud étaient menacés.",
            "menacés",
        ),
        (
            "en",
            "Israel warned that its aid to Lebanon would be threatened by the escalation.",
            "threatened",
        ),
    ],
)
def test_a_passive_threat_with_no_actor_as_doer_is_a_danger(
    coders: dict[str, Coder], code: str, text: str, word: str
) -> None:
    assert word not in _threats(coders, text, code)


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        ("fr", "L'Ukraine a été menacée par la Russie.", "menacée"),
        ("en", "Ukraine was threatened by Russia.", "threatened"),
    ],
)
def test_a_passive_threat_by_an_actor_stays_a_threat(
    coders: dict[str, Coder], code: str, text: str, word: str
) -> None:
    assert _threats(coders, text, code) == [word]
