"""An attempt told in a past tense was made: the act tried is asserted."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Joe Biden tried to raise the issue with Vladimir Putin at a summit in Geneva.",
            "en",
            "CONSULT",
        ),
        ("Des soldats russes ont tenté d'attaquer l'Ukraine.", "fr", "ASSAULT"),
    ],
)
def test_an_attempt_made_asserts_the_act(
    coders: dict[str, Coder], text: str, lang: str, kind: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == kind] == ["asserted"], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia will try to attack Ukraine.", "en"),
        ("La Russie tentera d'attaquer l'Ukraine.", "fr"),
    ],
)
def test_an_attempt_to_come_leaves_the_act_possible(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"], found
