"""Offsets inside quoted passages, which keep quoted speech apart from the narrator's."""

from __future__ import annotations

import pytest

from newsgraph.actors.pronouns import in_quotation

TEXT = 'Il a dit « Nous frapperons » puis “Never” et "stop".\n« Non'


@pytest.mark.parametrize(
    ("word", "inside"),
    [
        ("Il", False),
        ("«", True),  # the opening mark belongs to the passage
        ("Nous", True),
        ("»", True),
        ("puis", False),
        ("Never", True),
        ("stop", True),
        ("Non", False),  # a passage left open at the end of its line
    ],
)
def test_an_offset_in_a_quoted_passage(word: str, inside: bool) -> None:
    assert in_quotation(TEXT, TEXT.index(word)) is inside


def test_the_offset_right_after_a_passage_is_outside() -> None:
    assert not in_quotation(TEXT, TEXT.index("»") + 1)
    assert not in_quotation("no quotes here", 3)
