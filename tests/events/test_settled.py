"""Noun events given as done before their clause (:mod:`newsgraph.events.settled`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "La Russie et l'Ukraine doivent se rencontrer à la demande de la Chine.", "REQUEST"),
        ("en", "Russia could retaliate after Ukraine's attack on Russia's Kursk.", "ASSAULT"),
    ],
)
def test_an_event_given_as_done_before_its_clause_is_asserted(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [m for k, _, _, m in found if k == kind] == ["asserted"], found
