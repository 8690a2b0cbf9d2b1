"""« Si » that concedes a fact (:mod:`newsgraph.events.concessive`), on invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def test_a_fact_conceded_with_si_is_done(coders: dict[str, Coder]) -> None:
    text = "Si Paris a condamné l'attaque russe, il n'a pas rappelé son ambassadeur à Moscou."
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"RUS"}), "asserted") in found, found


def test_a_supposition_with_si_stays_hypothetical(coders: dict[str, Coder]) -> None:
    text = "Si la Russie a attaqué l'Ukraine, elle sera punie."
    found = coded(coders["fr"], text, "fr")
    assert [e[3] for e in found if e[0] == "ASSAULT"] == ["hypothetical"], found


def test_a_fact_conceded_before_a_causative_is_done(coders: dict[str, Coder]) -> None:
    text = (
        "Si Paris a condamné l'offensive russe, il a trop souvent fait attendre les négociateurs."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the past is the verb of saying's, not the one the clause hangs on
        "Si l'armée russe a tiré sur les manifestants ukrainiens, il faut une enquête, a "
        "déclaré mardi le ministre.",
        # « si » = whether: an indirect question
        "Le ministre a voulu savoir si la Russie avait attaqué l'Ukraine.",
    ],
)
def test_a_si_clause_that_supposes_or_asks_concedes_nothing(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["fr"], text, "fr")
    assert [e[3] for e in found if e[0] == "ASSAULT"] != ["asserted"], found
