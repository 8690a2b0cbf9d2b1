"""The prepositional arguments of a trigger (:mod:`newsgraph.events.predicates`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Le Japon a protesté auprès de la Chine.", ["Japan", "China"], "ACCUSE JPN CHN"),
        (
            "Le Japon a protesté mardi auprès de la Chine contre ces incursions.",
            ["Japan", "China"],
            "ACCUSE JPN CHN",
        ),
        (
            "La Chine a organisé des manœuvres militaires autour du Japon.",
            ["China", "Japan"],
            "MOBILIZE CHN JPN",
        ),
    ],
)
def test_a_compound_preposition_split_by_the_parser_names_the_target(
    coders: dict[str, Coder], text: str, names: list[str], expected: str
) -> None:
    kind, source, target = expected.split()
    article = make_article(text, "fr", names=names)
    found = [described(article, e)[:3] for e in coders["fr"].code_article(article)]
    assert (kind, frozenset({source}), frozenset({target})) in found, found
