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


def test_an_event_under_a_word_of_another_act_in_a_settled_phrase_is_not(
    coders: dict[str, Coder],
) -> None:
    text = "Georgia refused to sign the text after weeks of threats of Russian strikes on Ukraine."
    found = coded(coders["en"], text, "en")
    assert ("ASSAULT", "asserted") not in [(k, m) for k, _, _, m in found], found
