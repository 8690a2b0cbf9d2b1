"""Noun events given as done before their clause (:mod:`newsgraph.events.settled`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "La Russie et l'Ukraine doivent se rencontrer à la demande de la Chine.", "REQUEST"),
        ("en", "Russia could retaliate after Ukraine's attack on Russia's Kursk.", "ASSAULT"),
    ],
)
def test_an_event_given_as_done_before_its_clause_is_asserted(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [m for k, _, _, m in found if k == kind] == ["asserted"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Georgia refused to sign the text after weeks of Russian strikes on Ukraine."),
        (
            "fr",
            "La Géorgie a refusé de signer le texte malgré des semaines de frappes russes "
            "contre l'Ukraine.",
        ),
    ],
)
def test_an_event_under_a_measure_of_time_in_a_settled_phrase_is_asserted(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    strikes = [(s, m) for k, s, _, m in found if k == "ASSAULT"]
    assert strikes == [(frozenset({"RUS"}), "asserted")], found


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "Après le projet d'attaque contre le Liban, l'Iran pourrait négocier.", "ASSAULT"),
        ("fr", "Après l'annonce d'un sommet avec le Japon, la Chine pourrait signer.", "CONSULT"),
        ("en", "After the announcement of a summit with Japan, China could sign.", "CONSULT"),
        (
            "fr",
            "Depuis l'annonce de sanctions contre la Russie, l'Allemagne pourrait négocier.",
            "SANCTION",
        ),
    ],
)
def test_an_event_under_a_plan_or_an_announcement_in_a_settled_phrase_is_not_done(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    found = coded(coders[lang], text, lang)
    modalities = [m for k, _, _, m in found if k == kind]
    assert modalities and "asserted" not in modalities, found


def test_an_event_at_the_start_of_a_settled_phrase_is_still_done(
    coders: dict[str, Coder],
) -> None:
    text = "Depuis le début des frappes russes contre l'Ukraine, la France pourrait négocier."
    found = coded(coders["fr"], text, "fr")
    assert [m for k, _, _, m in found if k == "ASSAULT"] == ["asserted"], found
