"""Slots filled through prepositions, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder("fr")


@pytest.mark.parametrize(
    "text",
    [
        "La France continuera d'honorer ses engagements envers Israël.",
        "Washington a réaffirmé son engagement envers Israël.",
    ],
)
def test_envers_taken_for_a_verb_still_names_the_target(coder: Coder, text: str) -> None:
    article = make_article(text, "fr")
    found = [described(article, e) for e in coder.code_article(article)]
    assert any(e[0] == "AGREE" and e[2] == {"ISR"} for e in found), found
