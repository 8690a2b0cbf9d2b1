"""The cues one word gives a trigger's modality: the conditional of news copy, intentions."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Selon Kiev, la Russie aurait tiré des missiles sur l'Ukraine.",
        "L'Iran aurait livré des missiles à la Russie, selon Washington.",
        "Le ministre a affirmé que l'Iran aurait livré des missiles à la Russie.",
    ],
)
def test_an_act_told_in_the_past_conditional_is_asserted(
    coders: dict[str, Coder], text: str
) -> None:
    # the conditional of news copy tells an act on its source's word, not a supposition,
    # and not an act to come under a verb of saying either
    found = coded(coders["fr"], text, "fr")
    assert found and all(e[3] == "asserted" for e in found), found


def test_a_past_conditional_under_a_hypothesis_stays_hypothetical(
    coders: dict[str, Coder],
) -> None:
    text = "Si Kiev avait rejoint l'Otan, la Russie aurait attaqué l'Ukraine."
    check(coders["fr"], "fr", text, ("ASSAULT", {"RUS"}, {"UKR"}, "hypothetical"))


def test_a_past_conditional_of_could_stays_hypothetical(coders: dict[str, Coder]) -> None:
    text = "La Chine aurait pu attaquer les Philippines."
    check(coders["fr"], "fr", text, ("ASSAULT", {"CHN"}, {"PHL"}, "hypothetical"))


def test_a_negated_act_in_the_past_conditional_is_negated(coders: dict[str, Coder]) -> None:
    text = "L'Iran n'aurait pas livré de missiles à la Russie, selon Téhéran."
    check(coders["fr"], "fr", text, ("AID", {"IRN"}, {"RUS"}, "negated"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Allemagne a annoncé son intention de livrer des chars à l'Ukraine."),
        ("fr", "L'Allemagne a l'intention de livrer des chars à l'Ukraine."),
        ("en", "Germany announced its intention to send tanks to Ukraine."),
    ],
)
def test_an_act_of_a_stated_intention_is_to_come(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    check(coders[lang], lang, text, ("AID", {"DEU"}, {"UKR"}, "future"))
