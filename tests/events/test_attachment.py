"""How closely a time expression hangs on an event: here, whether it dates a saying the event
is not (:func:`newsgraph.events.attachment.said_when`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events.attachment import said_when
from newsgraph.events.discourse import load_time_words
from newsgraph.events.setting import moments

from .helpers import make_article

SAYING = frozenset({"annoncer", "dire", "say", "announce"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "trigger", "saying"),
    [
        (
            "Samedi soir, l'Iran a lancé des drones, mais ils ont été interceptés, a annoncé "
            "dimanche l'armée.",
            "fr",
            "interceptés",
            "dimanche",
        ),
        (
            "Iran launched drones on Saturday night, but they were intercepted, the army said "
            "on Sunday.",
            "en",
            "intercepted",
            "Sunday",
        ),
    ],
)
def test_a_time_on_a_verb_of_saying_dates_the_saying_not_the_act_reported(
    text: str, lang: str, trigger: str, saying: str
) -> None:
    article = make_article(text, lang)
    assert article.doc is not None
    token = next(t for t in article.doc if t.text == trigger)
    found = moments(text, 0, dt.date(2024, 6, 20), load_time_words(lang), False)
    said = {m.text.split()[-1]: said_when([token], SAYING)(m) for m in found}
    assert said[saying] and not said["Saturday" if lang == "en" else "Samedi"]
    verb = next(t for t in article.doc if t.lemma_.lower() in SAYING)
    assert not any(said_when([verb], SAYING)(m) for m in found)  # the saying's own time
