"""An agreement a hypothetical is about is no event (:mod:`newsgraph.events.presupposed`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model

AGREEMENT = ("AGREE", frozenset({"RUS", "UKR"}), frozenset({"RUS", "UKR"}))


def _modalities(coders: dict[str, Coder], text: str, code: str) -> list[str]:
    """The modalities of the Russian-Ukrainian agreements coded in ``text``."""
    return [found[3] for found in coded(coders[code], text, code) if found[:3] == AGREEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "L'Ukraine et la Russie ont signé un accord en mars. Selon Kiev, une telle livraison "
        "constituerait une violation grave de l'accord.",
        "L'Ukraine et la Russie ont signé un traité en mars. Selon Kiev, une telle livraison "
        "pourrait déclencher l'article IV du traité.",
    ],
)
def test_ce_qu_il_adviendrait_d_un_accord_n_est_pas_un_accord(
    coders: dict[str, Coder], text: str
) -> None:
    assert _modalities(coders, text, "fr") == ["asserted"]


def test_what_would_happen_to_an_agreement_is_no_agreement(coders: dict[str, Coder]) -> None:
    text = (
        "Ukraine and Russia signed a treaty in March. Kyiv said such a delivery could "
        "trigger Article IV of the treaty."
    )
    assert _modalities(coders, text, "en") == ["asserted"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("La Russie et l'Ukraine pourraient signer l'accord la semaine prochaine.", "fr"),
        ("Russia and Ukraine could sign the agreement next week.", "en"),
        ("The treaty between Russia and Ukraine could be ratified in March.", "en"),
    ],
)
def test_an_agreement_to_make_stays_hypothetical(
    coders: dict[str, Coder], text: str, code: str
) -> None:
    assert _modalities(coders, text, code) == ["hypothetical"]
