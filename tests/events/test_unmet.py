"""A negated act in a clause of condition is no refusal (``newsgraph.events.unmet``): the
threat of the main clause is coded, the condition is not. A negated act to come outside a
condition stays a refusal."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre israélien a averti qu'Israël agirait avec toute la force nécessaire "
            "si le Liban ne retirait pas ses combattants de la frontière.",
        ),
        (
            "en",
            "Tehran warned that Iran could expel the American inspectors if Washington did "
            "not withdraw its troops from Iraq.",
        ),
    ],
)
def test_a_negated_condition_is_no_refusal(coders: dict[str, Coder], lang: str, text: str) -> None:
    types = [found[0] for found in coded(coders[lang], text, lang)]
    assert "THREATEN" in types
    assert "REJECT" not in types


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Russie ne retirera pas ses troupes d'Ukraine, a déclaré Poutine."),
        ("en", "Russia will not withdraw its troops from Ukraine, Putin said."),
    ],
)
def test_a_negated_act_to_come_outside_a_condition_stays_a_refusal(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("REJECT", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in coded(
        coders[lang], text, lang
    )
