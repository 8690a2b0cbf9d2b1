"""Statements a reflexive reporting verb makes about its own subject
(:mod:`newsgraph.quotes.reflexive`)."""

from __future__ import annotations

import pytest

from .build import quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_reflexive_cue_reports_its_predicate(build: Build) -> None:
    text = "Emmanuel Macron s'est dit prêt à rencontrer le président ukrainien."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        ("s'est dit prêt à rencontrer le président ukrainien", "Emmanuel Macron", False)
    ]
