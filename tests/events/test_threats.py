"""Which acts, said by the side that would commit them, are threats."""

from __future__ import annotations

import pytest

from newsgraph.events.threats import menaces


@pytest.mark.parametrize(
    ("kind", "modality", "threat"),
    [
        ("SANCTION", "hypothetical", True),  # "said it could impose sanctions"
        ("ASSAULT", "hypothetical", True),  # "Israël ferait payer le prix à l'Iran"
        ("COERCE", "future", False),  # "those detained would be sent to prison"
        ("SANCTION", "future", False),  # "will close its border": a measure decided
        ("ASSAULT", "asserted", False),  # a strike done
        ("AGREE", "future", False),
    ],
)
def test_a_hostile_act_its_author_says_it_could_commit_is_a_threat(
    kind: str, modality: str, threat: bool
) -> None:
    assert menaces(kind, modality) is threat
