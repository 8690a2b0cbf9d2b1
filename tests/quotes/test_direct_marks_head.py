"""Quoted words the parse hangs on their opening mark (:func:`~newsgraph.quotes.tags.quote_head`):
the mark stands for them, and they are the words of the cue above it."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Paul Verlaine": ("person", ["Paul Verlaine"]),
    "Marie Dubreuil": ("person", ["Marie Dubreuil"]),
    "Jean Valdor": ("person", ["Jean Valdor"]),
}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Paul Verlaine a estimé que la trêve n'était « pas un but en lui-même ».",
            "pas un but en lui-même",
            "Paul Verlaine",
        ),
        (
            "La porte-parole, Marie Dubreuil, a averti que la réponse serait "
            "« considérablement plus sévère ».",
            "considérablement plus sévère",
            "Marie Dubreuil",
        ),
        (
            "Le chef de l'État, Jean Valdor, a assuré que les coupables seraient "
            "« punis sans pitié », selon la présidence.",
            "punis sans pitié",
            "Jean Valdor",
        ),
    ],
)
def test_quoted_words_hung_on_their_mark_are_the_cue_s_words(
    build: Build, text: str, words: str, speaker: str
) -> None:
    found = [(q[0], q[1]) for q in quotes_of(build(text, "fr", CAST)) if q[2]]
    assert [s for w, s in found if words in w] == [speaker]
