"""Group phrases: the West as a bloc ("les Occidentaux", "Western capitals") is the Western
parties the article names."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded

pytestmark = pytest.mark.model

BACKERS = {
    "en": "The United States and France back Ukraine. ",
    "fr": "Les États-Unis et la France soutiennent l'Ukraine. ",
}
WEST = {"USA", "FRA"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The West condemned Iran.", ("ACCUSE", WEST, {"IRN"}, "asserted")),
        ("fr", "Les Occidentaux ont condamné l'Iran.", ("ACCUSE", WEST, {"IRN"}, "asserted")),
        (
            "en",
            "Russia accused the West of provoking the war.",
            ("ACCUSE", {"RUS"}, WEST, "asserted"),
        ),
        (
            "fr",
            "Téhéran a accusé les Occidentaux de mener une campagne de pressions.",
            ("ACCUSE", {"IRN"}, WEST, "asserted"),
        ),
    ],
)
def test_the_west_is_the_western_parties_named(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    """The bloc noun alone, as subject or object, stands for the Western states named."""
    check(coders[lang], lang, BACKERS[lang] + text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Western capitals pressed Tehran to stop its drone deliveries.",
            ("REQUEST", WEST, {"IRN"}, "asserted"),
        ),
        (
            "fr",
            "Les partenaires occidentaux de Kiev ont condamné l'Iran.",
            ("ACCUSE", WEST, {"IRN"}, "asserted"),
        ),
    ],
)
def test_a_western_adjective_on_parties_is_the_bloc(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    """A bloc adjective on a plural noun for parties names the bloc, before a name in the
    noun's complement ("de Kiev")."""
    check(coders[lang], lang, BACKERS[lang] + text, expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia bombed the western regions of the country."),
        ("fr", "Les régions occidentales du pays ont été bombardées par la Russie."),
    ],
)
def test_a_direction_is_no_bloc(coders: dict[str, Coder], lang: str, text: str) -> None:
    """ "Western regions" are a part of a country, not the West: no Western target."""
    found = coded(coders[lang], BACKERS[lang] + text, lang)
    assert not any(e[0] == "ASSAULT" and e[2] & WEST for e in found), found
