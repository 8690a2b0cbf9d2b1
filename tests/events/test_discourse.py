"""What the discourse of an article remembers from sentence to sentence."""

from __future__ import annotations

from newsgraph import Actor
from newsgraph.events.discourse import Discourse


def test_the_last_doer_of_an_act_type_other_than_the_excluded() -> None:
    iran = Actor("ir", "Iran", "country", "IRN", mentions=[])
    israel = Actor("il", "Israel", "country", "ISR", mentions=[])
    discourse = Discourse()
    discourse.did("ASSAULT", [iran])
    discourse.did("ASSAULT", [israel])
    assert discourse.last_doer("ASSAULT", frozenset()) == [israel]
    assert discourse.last_doer("ASSAULT", frozenset({"ISR"})) == [iran]
    assert discourse.last_doer("ACCUSE", frozenset()) == []
