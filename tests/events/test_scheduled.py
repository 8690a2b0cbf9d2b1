"""Noun events that carry their own schedule (:mod:`newsgraph.events.scheduled`), on invented
sentences: a meeting described by a participle of plan is to come though a modal of its clause
is about another act; a condition on it keeps it hypothetical, a cancellation negates it, and a
meeting told done is asserted."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


def _modalities(coder: Coder, text: str, lang: str) -> list[str]:
    return [modality for found, _, _, modality in coded(coder, text, lang) if found == "CONSULT"]


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        (
            "fr",
            "Le Japon pourrait évoquer la question lors du sommet entre la Chine et la Russie "
            "prévu le 3 juillet.",
            "future",
        ),
        (
            "fr",
            "Le Japon pourrait évoquer la question lors d'une rencontre avec le président "
            "iranien prévue le 3 juillet.",
            "future",
        ),
        (
            "en",
            "The ministers could discuss the issue at a meeting between Russia and Ukraine "
            "scheduled for July 10 in Ankara.",
            "future",
        ),
        (
            "fr",
            "Si le sommet entre la Chine et la Russie prévu mardi a lieu, le Japon pourrait "
            "évoquer la question.",
            "hypothetical",
        ),
        ("fr", "Le sommet entre la France et l'Iran prévu mardi a été annulé.", "negated"),
        (
            "fr",
            "Le sommet entre la Chine et la Russie prévu de longue date s'est tenu mardi à Pékin.",
            "asserted",
        ),
        (
            "fr",
            "Le Japon pourrait évoquer la question lors de la visite du président iranien.",
            "hypothetical",
        ),
        (
            "fr",
            "Le Japon pourrait évoquer la question lors du sommet entre la Chine et la Russie "
            "entendu comme décisif.",
            "hypothetical",
        ),
        (
            "en",
            "The ministers could discuss the issue at a meeting between Russia and Ukraine "
            "expected by few observers.",
            "hypothetical",
        ),
    ],
)
def test_a_scheduled_meeting_keeps_its_own_time(
    coders: dict[str, Coder], lang: str, text: str, modality: str
) -> None:
    assert _modalities(coders[lang], text, lang) == [modality]


@pytest.mark.parametrize(
    ("lang", "text", "modality"),
    [
        (
            "en",
            "Talks between Russia and Ukraine that will open on Monday in Istanbul could bring "
            "a ceasefire.",
            "future",
        ),
    ],
)
def test_a_meeting_a_relative_clause_tells_to_come_keeps_its_own_time(
    coders: dict[str, Coder], lang: str, text: str, modality: str
) -> None:
    assert _modalities(coders[lang], text, lang) == [modality]
