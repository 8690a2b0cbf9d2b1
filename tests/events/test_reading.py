"""The cues one word gives a trigger's modality: the past conditional, intentions."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check

pytestmark = pytest.mark.model


def test_a_past_conditional_under_a_hypothesis_stays_hypothetical(
    coders: dict[str, Coder],
) -> None:
    text = "Si Kiev avait rejoint l'Otan, la Russie aurait attaqué l'Ukraine."
    check(coders["fr"], "fr", text, ("ASSAULT", {"RUS"}, {"UKR"}, "hypothetical"))


def test_a_past_conditional_of_could_stays_hypothetical(coders: dict[str, Coder]) -> None:
    text = "La Chine aurait pu attaquer les Philippines."
    check(coders["fr"], "fr", text, ("ASSAULT", {"CHN"}, {"PHL"}, "hypothetical"))


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


# « aller » and « devoir » in a perfect tense plan nothing (modality future_unless_perfect).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministre russe est allé jusqu'à accuser l'Ukraine de bombarder ses villes.",
            ("ACCUSE", {"RUS"}, {"UKR"}, "asserted"),
        ),
        (
            "La Géorgie a dû fermer sa frontière avec la Russie.",
            ("SANCTION", {"GEO"}, {"RUS"}, "asserted"),
        ),
        (
            "La Géorgie va fermer sa frontière avec la Russie.",
            ("SANCTION", {"GEO"}, {"RUS"}, "future"),
        ),
    ],
)
def test_a_verb_of_plan_in_a_perfect_tense_plans_nothing(
    coders: dict[str, Coder], text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["fr"], "fr", text, expected)
