"""An interview's labelled answers are the guest's (:mod:`newsgraph.quotes.answers`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "cast"),
    [
        (
            "Entretien avec Hélène Marchal, ministre belge du Budget.\n\n"
            "Q : La Belgique tiendra-t-elle ses objectifs ?\n\n"
            "R : « Oui, si la croissance revient avant l'été. »\n\n"
            "Q : Et la dette ?\n\n"
            "R : « Elle baissera dès l'an prochain, nous nous y engageons. »",
            "fr",
            {"Hélène Marchal": ("person", ["Hélène Marchal"])},
        ),
        (
            "Budget Minister Tom Ellis spoke to us about the spending review.\n\n"
            "Q: Will the cuts go ahead?\n\n"
            'A: "We have no plans to cut the health budget this year."\n\n'
            "Q: And what does Anna Berg think?\n\n"
            'A: "You would have to ask her, but we talk every week."',
            "en",
            {
                "Tom Ellis": ("person", ["Tom Ellis"]),
                "Anna Berg": ("person", ["Anna Berg"]),
            },
        ),
    ],
)
def test_a_labelled_answer_is_the_guest_s(build: Build, text: str, lang: str, cast: Cast) -> None:
    guest = next(iter(cast))
    found = [(words, name) for words, name, direct in quotes_of(build(text, lang, cast)) if direct]
    answers = [name for words, name in found if not words.startswith('"')]
    assert answers == [guest, guest]
