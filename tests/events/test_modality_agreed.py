"""Acts bound to or approved (agreed.agreed_to; the ``announcing`` cues), on invented
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
            "en",
            "France and Georgia agreed to a fresh round of talks in Tbilisi.",
            ("CONSULT", {"FRA", "GEO"}, {"FRA", "GEO"}, "future"),
        ),
        (
            "en",
            "The declaration commits France and Georgia to regular consultations on security.",
            ("CONSULT", {"FRA", "GEO"}, {"FRA", "GEO"}, "future"),
        ),
        (
            "fr",
            "La France et la Géorgie sont convenus de la tenue de nouveaux pourparlers à Tbilissi.",
            ("CONSULT", {"FRA", "GEO"}, {"FRA", "GEO"}, "future"),
        ),
        (
            "fr",
            "La France et la Géorgie se sont engagés à des consultations régulières.",
            ("CONSULT", {"FRA", "GEO"}, {"FRA", "GEO"}, "future"),
        ),
    ],
)
def test_an_act_bound_to_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "France and Georgia agreed on a ceasefire after two days of talks in Geneva."),
        ("fr", "La France et la Géorgie se sont engagés lors du sommet d'Addis-Abeba."),
        (
            "fr",
            "La France et la Géorgie sont convenus, au terme d'une rencontre à Tbilissi, "
            "de relancer leur coopération.",
        ),
        ("fr", "La France et la Géorgie ont convenu d'un cessez-le-feu lors du sommet de Genève."),
    ],
)
def test_an_act_beside_the_commitment_stands(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [c for c in coded(coders[lang], text, lang) if c[0] == "CONSULT"]
    assert found and all(c[3] == "asserted" for c in found), found


@pytest.mark.model
def test_troops_engaged_in_combat_are_not_bound_to_it(coders: dict[str, Coder]) -> None:
    text = "Des milliers de soldats russes sont engagés aux combats contre l'Ukraine."
    found = [c for c in coded(coders["fr"], text, "fr") if c[0] == "ASSAULT"]
    assert found and all(c[3] == "asserted" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The French parliament approved the deployment of 300 soldiers to Georgia.",
            ("MOBILIZE", {"FRA"}, {"GEO"}, "future"),
        ),
        (
            "fr",
            "La France a approuvé une vente de missiles à l'Ukraine.",
            ("AID", {"FRA"}, {"UKR"}, "future"),
        ),
    ],
)
def test_a_material_act_approved_is_to_come(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France et la Géorgie ont convenu d'organiser une réunion de leurs ministres."),
        (
            "fr",
            "La France et la Géorgie ont convenu mardi de relancer un dialogue annuel entre "
            "leurs ministres.",
        ),
    ],
)
def test_an_event_staged_by_an_agreed_act_is_to_come(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [c for c in coded(coders[lang], text, lang) if c[0] == "CONSULT"]
    assert found and all(c[3] == "future" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La France et la Géorgie ont organisé une réunion de leurs ministres."),
        ("fr", "La France et la Géorgie ont tenu des négociations à Tbilissi lundi."),
    ],
)
def test_an_event_staged_without_commitment_stands(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = [c for c in coded(coders[lang], text, lang) if c[0] == "CONSULT"]
    assert found and all(c[3] == "asserted" for c in found), found
