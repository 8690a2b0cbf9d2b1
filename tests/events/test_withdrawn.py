"""A withdrawal whose genitive names forces: the forces' adjective names who withdraws, a
second genitive the place left."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _retreats(coder: Coder, text: str, lang: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The source and target of each RETREAT event of ``text``."""
    return [(s, t) for kind, s, t, _ in coded(coder, text, lang) if kind == "RETREAT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le retrait des troupes russes du sol ukrainien s'est achevé vendredi."),
        ("fr", "Ils ont adopté un plan prévoyant le retrait des troupes russes du sol ukrainien."),
        ("en", "The withdrawal of Russian troops from Ukraine ended on Friday."),
    ],
)
def test_the_forces_withdraw_from_the_place_named_after_them(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert _retreats(coders[lang], text, lang) == [(frozenset({"RUS"}), frozenset({"UKR"}))]


def test_a_withdrawal_asked_for_is_no_event(coders: dict[str, Coder]) -> None:
    text = "Kiev exige le retrait des troupes russes du sol ukrainien."
    assert _retreats(coders["fr"], text, "fr") == []
