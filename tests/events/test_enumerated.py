"""A counted group of states takes up the last list of that many states
(:mod:`newsgraph.events.enumerated`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France, l'Allemagne et le Japon ont critiqué l'Iran lundi. Les trois pays ont "
            "également averti l'Iran qu'ils pourraient déclencher le mécanisme.",
            ("THREATEN", frozenset({"FRA", "DEU", "JPN"}), frozenset({"IRN"})),
        ),
        (
            "en",
            "The United States, Japan and South Korea criticised North Korea on Monday. The "
            "three countries also warned North Korea that they could impose sanctions.",
            ("THREATEN", frozenset({"USA", "JPN", "KOR"}), frozenset({"PRK"})),
        ),
    ],
)
def test_a_counted_group_is_the_last_list_of_as_many_states(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, ...]
) -> None:
    assert expected in [found[:3] for found in coded(coders[lang], text, lang)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La France, l'Allemagne et l'Union européenne ont critiqué l'Iran lundi. Les trois "
            "pays ont également averti l'Iran qu'ils pourraient déclencher le mécanisme.",
        ),
        (
            "en",
            "France, Germany and the European Union criticised Iran on Monday. The three "
            "countries also warned Iran that they could impose sanctions.",
        ),
    ],
)
def test_a_list_with_a_body_is_no_group_of_states(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """The list names an organisation: "les trois pays" are not its three items."""
    sources = [found[1] for found in coded(coders[lang], text, lang) if found[0] == "THREATEN"]
    assert frozenset({"FRA", "DEU", "European Union"}) not in sources
