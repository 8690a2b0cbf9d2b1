"""An allegation its alleged author denies in the next sentence is denied
(``newsgraph.events.disclaimed``), on sentences parsed by the model."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model

FR_ALLEGED = "La Corée du Nord a livré des obus à la Russie, a affirmé Séoul. "
EN_ALLEGED = "North Korea supplied missiles to Russia, Seoul said. "


def _aid(coder: Coder, text: str, lang: str) -> list[str]:
    """The modalities of the North Korean aid to Russia found in ``text``."""
    return [
        modality
        for kind, source, target, modality in coded(coder, text, lang)
        if kind == "AID" and source == {"PRK"} and target == {"RUS"}
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", FR_ALLEGED + "Pyongyang a démenti ces accusations."),
        ("en", EN_ALLEGED + "Pyongyang denied the claim."),
    ],
)
def test_an_allegation_its_author_then_denies_is_denied(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert _aid(coders[lang], text, lang) == ["denied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", FR_ALLEGED + "Pyongyang n'a pas démenti."),  # a negated denial
        ("en", EN_ALLEGED + "Pyongyang did not deny it."),
        ("fr", FR_ALLEGED + "Pékin a démenti toute implication."),  # another side's
        ("en", EN_ALLEGED + "Beijing denied any involvement."),
        # told by the story itself, not reported by another side
        (
            "fr",
            "La Corée du Nord a livré des obus à la Russie. Pyongyang a démenti toute implication.",
        ),
        ("en", "North Korea supplied missiles to Russia. Pyongyang denied any involvement."),
    ],
)
def test_other_acts_before_a_denial_stay_asserted(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert _aid(coders[lang], text, lang) == ["asserted"]


def _rejections(coder: Coder, text: str, lang: str) -> list[tuple[str, str]]:
    """The REJECT events of ``text`` as (modality, source) pairs."""
    return [
        (modality, "/".join(sorted(source)))
        for kind, source, _, modality in coded(coder, text, lang)
        if kind == "REJECT"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Manille accuse la Chine d'avoir bombardé des villages philippins, ce que Pékin"
            " dément.",
        ),
        ("en", "Manila says China shelled Philippine villages, which Beijing denies."),
    ],
)
def test_a_denial_that_takes_up_a_denied_act_is_no_refusal(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    events = coded(coders[lang], text, lang)
    assert ("ASSAULT", {"CHN"}, {"PHL"}, "denied") in events
    assert _rejections(coders[lang], text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Manille accuse la Chine de mensonges, ce que Pékin dément."),
        ("en", "Manila accuses China of lying, which Beijing denies."),
    ],
)
def test_a_denial_of_no_coded_act_stays_a_refusal(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert _rejections(coders[lang], text, lang) == [("asserted", "CHN")]
