"""The press as a source (:mod:`newsgraph.quotes.press`): what newspapers, channels or "the
media" report is no actor's statement, even when an adjective names their country; a medium
that speaks for its state stays a source."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Israel": ("country", ["Israël", "israélienne"]),
    "United States": ("country", ["Washington", "américains"]),
    "Iran": ("country", ["Téhéran", "iranienne"]),
    "Paul Garnier": ("person", ["Paul Garnier", "Garnier"]),
}


def _said(text: str, lang: str, build: Build, word: str, cast: Cast = CAST) -> list[str | None]:
    return [speaker for quote, speaker, _ in quotes_of(build(text, lang, cast)) if word in quote]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Israël a rappelé ses réservistes. Selon la presse israélienne, la marine "
            "aurait mis plusieurs frégates en état d'alerte.",
            "frégates",
        ),
        (
            "Washington a confirmé la vente. Selon plusieurs médias américains, Washington "
            "pourrait notifier le Congrès dans les prochains jours.",
            "Congrès",
        ),
        (
            "Israël a promis de riposter. D'après la chaîne publique Reshet, le cabinet aurait "
            "approuvé des plans de frappes.",
            "cabinet",
        ),
    ],
)
def test_the_press_of_a_country_speaks_for_no_one(build: Build, text: str, word: str) -> None:
    """The press, a country's media or a channel report no statement, even where an
    adjective names their country."""
    assert not _said(text, "fr", build, word)


def test_state_media_still_speak_for_their_state(build: Build) -> None:
    text = (
        "Téhéran a convoqué l'ambassadeur. Selon la télévision d'État iranienne, le Parlement "
        "doit examiner dimanche un projet de loi."
    )
    assert _said(text, "fr", build, "Parlement") == ["Iran"]


def test_a_speaker_named_before_an_attribution_to_the_press_keeps_the_statement(
    build: Build,
) -> None:
    text = "Paul Garnier a affirmé que la frontière resterait ouverte, selon la radio publique."
    assert _said(text, "fr", build, "frontière") == ["Paul Garnier"]


EN_CAST: Cast = {
    "Israel": ("country", ["Israel", "Israeli"]),
    "China": ("country", ["Beijing", "Chinese"]),
}


def test_english_media_of_a_country_do_not_speak_for_it(build: Build) -> None:
    text = (
        "Israel recalled its reservists. According to Israeli media, the air force has "
        "placed several squadrons on alert."
    )
    assert not _said(text, "en", build, "squadrons", EN_CAST)


def test_english_state_media_speak_for_their_state(build: Build) -> None:
    text = (
        "Beijing summoned the ambassador. Beijing will impose new export controls next "
        "month, according to Chinese state media."
    )
    assert _said(text, "en", build, "export", EN_CAST) == ["China"]
