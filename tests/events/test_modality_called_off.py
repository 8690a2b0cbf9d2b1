"""Acts called off (modality cancelling; ModalityReader._cancels and _called_off), on invented
sentences."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La France a reporté sa visite en Géorgie.",
            ("CONSULT", {"FRA"}, {"GEO"}, "negated"),
        ),
        (
            "en",
            "France postponed a planned visit to Georgia.",
            ("CONSULT", {"FRA"}, {"GEO"}, "negated"),
        ),
        (
            "fr",
            "La rencontre, qui devait réunir la Russie et l'Ukraine à Minsk, a été annulée.",
            ("CONSULT", {"RUS", "UKR"}, {"RUS", "UKR"}, "negated"),
        ),
    ],
)
def test_an_act_called_off_is_not_done(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.model
def test_an_act_beside_a_postponement_stands(coders: dict[str, Coder]) -> None:
    text = (
        "Suite au rappel de son ambassadeur en poste à Kiev, Moscou a reporté l'arrivée "
        "de son successeur."
    )
    assert ("SANCTION", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in coded(
        coders["fr"], text, "fr"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Russia cancelled the agreement that it signed with Ukraine in 2019.",
            ("AGREE", "asserted"),
        ),
        (
            "fr",
            "La Russie a annulé l'accord qu'elle avait signé avec l'Ukraine en 2019.",
            ("AGREE", "asserted"),
        ),
        ("en", "Ukraine postponed the vote that Russia had criticised.", ("ACCUSE", "asserted")),
        (
            "en",
            "Russia postponed the visit that was to seal the agreement with Ukraine.",
            ("AGREE", "negated"),
        ),
    ],
)
def test_a_relative_is_called_off_only_when_still_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = coded(coders[lang], text, lang)
    kind, modality = expected
    assert [e[3] for e in found if e[0] == kind] == [modality], found
