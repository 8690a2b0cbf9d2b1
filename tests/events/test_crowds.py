"""Who demonstrated when no phrase names them (:mod:`newsgraph.events.crowds`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan criticised South Korea. Thousands of people rallied in Seoul on Saturday."),
        (
            "fr",
            "Le Japon a critiqué la Corée du Sud. Des milliers de personnes ont manifesté à Séoul.",
        ),
    ],
)
def test_protesters_no_phrase_names_are_the_people_of_the_place(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "PROTEST"]
    assert found and all(e[1] == {"KOR"} for e in found), found
