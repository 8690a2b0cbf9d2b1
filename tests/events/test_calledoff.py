"""Acts called off or ruled out (:mod:`newsgraph.events.calledoff`: CalledOffReader._cancels,
_called_off and _ruled_out), on invented sentences."""

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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Kremlin a écarté toute négociation avec Kiev.", "fr"),
        ("Russia ruled out talks with Ukraine.", "en"),
    ],
)
def test_an_act_ruled_out_is_negated(coders: dict[str, Coder], text: str, lang: str) -> None:
    # affirmed, a verb of ruling out leaves the act it governs undone, a noun as a verb
    found = coded(coders[lang], text, lang)
    talks = [modality for kind, _, _, modality in found if kind == "CONSULT"]
    assert talks == ["negated"]


@pytest.mark.model
def test_an_act_not_ruled_out_stays_possible(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "The United States has not ruled out strikes on Iran.", "en")
    assert ("ASSAULT", frozenset({"USA"}), frozenset({"IRN"}), "hypothetical") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia was excluded from talks between Ukraine and the United States.", "en"),
        ("La Russie a été exclue des pourparlers entre l'Ukraine et les États-Unis.", "fr"),
    ],
)
def test_an_act_beside_a_verb_of_ruling_out_is_not_ruled_out(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    # only what the verb governs (object, complement, clause) is ruled out, not a phrase
    found = coded(coders[lang], text, lang)
    assert not [e for e in found if e[3] == "negated" or e[0] == "REJECT"], found
    assert [e[:3] for e in found] == [
        ("CONSULT", frozenset({"UKR", "USA"}), frozenset({"UKR", "USA"}))
    ]
