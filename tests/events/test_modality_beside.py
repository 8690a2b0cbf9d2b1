"""What a condition or a verb of wish reaches, on invented sentences: a condition on a verb of
going on (ModalityReader._continued) and a clause of time or an agent beside a verb of wish,
proposal or attempt (ModalityReader._beside)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str, lang: str, kind: str) -> list[str]:
    return [modality for found, _, _, modality in coded(coder, text, lang) if found == kind]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "L'Union européenne réexaminera son aide à Minsk si la répression contre les "
            "opposants biélorusses se poursuit.",
            "COERCE",
        ),
        (
            "en",
            "Beijing warned that a broader conflict would be inevitable if Russia continued "
            "its offensive against Ukraine.",
            "ASSAULT",
        ),
    ],
)
def test_a_condition_on_going_on_leaves_the_act_under_way(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    # the condition is on the act going on: the repression, the offensive are under way
    assert _modalities(coders[lang], text, lang, kind) == ["asserted"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Tehran warned it would strike if Israel launched an offensive in Lebanon.",
            "ASSAULT",
        ),
        (
            "fr",
            "L'Union européenne réexaminera son aide à Minsk si la répression contre les "
            "opposants biélorusses reprend.",
            "COERCE",
        ),
    ],
)
def test_a_plain_condition_still_supposes_the_act(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert "asserted" not in _modalities(coders[lang], text, lang, kind)


def test_a_condition_on_keeping_a_promise_supposes_the_act(coders: dict[str, Coder]) -> None:
    # "keep" heads the promise, not the release: the release is a condition, not under way
    text = (
        "If Iran keeps its promise to release the German hostages, Germany will lift the sanctions."
    )
    found = [
        (kind, modality)
        for kind, source, _, modality in coded(coders["en"], text, "en")
        if "IRN" in source
    ]
    assert found == [("CONCEDE", "hypothetical")], found


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "En 2019, Joe Biden avait déjà proposé d'acheter l'île, avant d'annuler une "
            "visite d'État en Géorgie.",
            "SANCTION",
        ),
        (
            "fr",
            "Le sommet avait été préparé par un entretien téléphonique entre Paris et Berlin.",
            "CONSULT",
        ),
        (
            "en",
            "The deal had been prepared by a phone call between Paris and Berlin.",
            "CONSULT",
        ),
    ],
)
def test_a_clause_of_time_or_an_agent_beside_a_wish_is_told_as_done(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert _modalities(coders[lang], text, lang, kind) == ["asserted"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "Paris a proposé de rencontrer Berlin la semaine prochaine.", "CONSULT"),
        ("en", "France proposed talks with Germany.", "CONSULT"),
    ],
)
def test_what_a_proposal_governs_stays_supposed(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert _modalities(coders[lang], text, lang, kind) == ["hypothetical"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "France remains available to resume talks with Germany.", ["hypothetical"]),
        (
            "fr",
            "La France reste disponible pour reprendre le dialogue avec l'Allemagne.",
            ["hypothetical"],
        ),
        (
            "fr",
            "La Chine se dit disponible pour une médiation entre la Russie et l'Ukraine.",
            ["hypothetical"],
        ),
    ],
)
def test_an_act_one_is_available_for_is_possible(
    coders: dict[str, Coder], lang: str, text: str, expected: list[str]
) -> None:
    # "available", « disponible »: ready for the act, which is not done
    assert _modalities(coders[lang], text, lang, "CONSULT") == expected
