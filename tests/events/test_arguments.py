"""Sides of events found through the verb's arguments, on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


def test_a_promise_bears_on_the_side_of_the_act_its_infinitive_names() -> None:
    # "agreed to supply Ukraine with radars": the promise is made to the one to be supplied
    article = make_article("France agreed last October to supply Ukraine with radars.", "en")
    found = [described(article, e) for e in Coder("en").code_article(article)]
    assert any(kind == "AGREE" and "UKR" in target for kind, _, target, _ in found)


def test_a_noun_event_takes_the_phrase_its_governing_event_verb_has_no_use_for() -> None:
    # the parser hangs "contre l'Ukraine" on "démenti", whose denial takes no "contre": the
    # denied strike is the one against Ukraine
    article = make_article("Moscou a démenti toute frappe contre l'Ukraine.", "fr")
    found = [described(article, e) for e in Coder("fr").code_article(article)]
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), "denied") in found
