"""A mutual act told in an adverbial phrase takes its sides from the clause's subject."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _talks(coder: Coder, text: str, lang: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The source and target of each CONSULT event of ``text``."""
    return [(s, t) for kind, s, t, _ in coded(coder, text, lang) if kind == "CONSULT"]


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        (
            "fr",
            "Après vingt-cinq ans de négociations, l'Union européenne et le Japon ont conclu hier "
            "un accord commercial.",
            {"European Union", "JPN"},
        ),
        (
            "en",
            "After three years of negotiations, France and Japan signed a trade agreement on "
            "Friday.",
            {"FRA", "JPN"},
        ),
    ],
)
def test_talks_in_an_adverbial_phrase_are_the_subjects(
    coders: dict[str, Coder], lang: str, text: str, sides: set[str]
) -> None:
    assert (frozenset(sides), frozenset(sides)) in _talks(coders[lang], text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Après des mois de négociations, la France a signé l'accord vendredi."),
        ("en", "After months of negotiations, France signed the agreement on Friday."),
    ],
)
def test_one_party_is_no_pair_of_talks(coders: dict[str, Coder], lang: str, text: str) -> None:
    assert _talks(coders[lang], text, lang) == []
