"""Deciding what a trigger is coded as (:mod:`newsgraph.events.decide`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {"en": Coder("en")}


def test_a_noun_a_one_sided_verb_states_through_a_preposition_is_that_verb_s_act(
    coders: dict[str, Coder],
) -> None:
    text = "Iran hosted Russia and China for talks in Tehran."
    article = make_article(text, "en")
    found = [described(article, e) for e in coders["en"].code_article(article)]
    assert [e[0] for e in found].count("CONSULT") == 1, found
