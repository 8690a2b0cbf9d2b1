"""French calls to restraint on a group of parties (``lang/fr/events.json``, « appeler »):
the parser hangs « à la retenue » on the group (« les deux parties à la retenue ») rather than
on the verb, so the call is read by the noun of what is called for, a grandchild of the verb."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "La Russie et l'Ukraine s'affrontent. La Chine a appelé les deux parties à la retenue.",
        "La Russie et l'Ukraine s'affrontent. La Chine a appelé les deux pays à la désescalade.",
        "La Russie et l'Ukraine s'affrontent. La Chine a appelé les deux camps au calme.",
    ],
)
def test_a_call_to_restraint_on_both_sides_is_a_request_to_each(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["fr"], text, "fr")
    assert ("REQUEST", frozenset({"CHN"}), frozenset({"RUS", "UKR"}), "asserted") in found, found


def test_a_phone_call_about_dialogue_is_no_request(coders: dict[str, Coder]) -> None:
    text = "Le président chinois a appelé Vladimir Poutine samedi pour évoquer le dialogue."
    assert "REQUEST" not in [e[0] for e in coded(coders["fr"], text, "fr")]
