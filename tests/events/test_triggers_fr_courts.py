"""French triggers of going to an international court and of (not) recognising its
jurisdiction (``lang/fr/events.json``): seizing a court asks it to rule, a REQUEST to the
court; not recognising its jurisdiction is a REJECT of it."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded, row

pytestmark = pytest.mark.model

ICJ = "International Court of Justice"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Ukraine a saisi la Cour internationale de justice contre la Russie.",
            row("REQUEST", "UKR", ICJ),
        ),
        (
            "L'Ukraine a annoncé qu'elle saisirait la Cour internationale de justice.",
            row("REQUEST", "UKR", ICJ, "future"),
        ),
        (
            "Saisie par l'Ukraine en 2022, la Cour internationale de justice a rendu son avis.",
            row("REQUEST", "UKR", ICJ),
        ),
        (
            "La Russie, qui ne reconnaît pas la compétence de la Cour internationale de justice, "
            "a boycotté l'audience.",
            row("REJECT", "RUS", ICJ),
        ),
        (
            "La Russie n'a jamais reconnu la compétence de la Cour internationale de justice.",
            row("REJECT", "RUS", ICJ),
        ),
        (
            "La Russie a reconnu la compétence de la Cour internationale de justice.",
            row("SUPPORT", "RUS", ICJ),
        ),
        (
            "Kiev ne reconnaît pas la légitimité de Vladimir Poutine.",
            row("REJECT", "UKR", "RUS"),
        ),
    ],
)
def test_courts_seized_and_jurisdictions_recognised(
    coders: dict[str, Coder], text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["fr"], "fr", text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Les garde-côtes chinois ont saisi un navire philippin.",
        "Saisis par la police chinoise, les documents philippins ont été détruits.",
    ],
)
def test_goods_seized_are_no_request(coders: dict[str, Coder], text: str) -> None:
    found = coded(coders["fr"], text, "fr")
    assert "REQUEST" not in [e[0] for e in found], found


def test_a_jurisdiction_not_recognised_is_a_court_s(coders: dict[str, Coder]) -> None:
    text = "La Russie ne reconnaît pas la compétence de ce tribunal ukrainien."
    assert not [e for e in coded(coders["fr"], text, "fr") if e[0] == "REJECT"]
