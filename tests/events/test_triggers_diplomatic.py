"""Trigger words of diplomatic and naval news in both languages (``lang/*/events.json``):
patrol boats and corvettes sent or dispatched are a deployment, not aid or a visit; "reserves
the right to respond" is a threat; ordering another state's diplomats to leave is an
expulsion; not recognising a ruling or a court's jurisdiction is a rejection."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import Described, coded, row

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # naval vessels sent are a deployment, not aid (« envoi ») or a visit (« dépêcher »)
        (
            "fr",
            "La Chine a annoncé l'envoi de trois patrouilleurs au large du Japon.",
            row("MOBILIZE", "CHN", "JPN", "future"),
        ),
        (
            "fr",
            "Tokyo a dépêché lundi deux patrouilleurs près des côtes de la Chine.",
            row("MOBILIZE", "JPN", "CHN"),
        ),
        (
            "en",
            "China sent two patrol boats to the Japanese coast on Monday.",
            row("MOBILIZE", "CHN", "JPN"),
        ),
        (
            "en",
            "China dispatched two corvettes to the Japanese coast on Monday.",
            row("MOBILIZE", "CHN", "JPN"),
        ),
        # reserving the right to respond is a threat to whoever acted
        (
            "en",
            "China expelled two Japanese diplomats. Japan said it reserved the right to respond.",
            row("THREATEN", "JPN", "CHN"),
        ),
        (
            "fr",
            "La Chine a expulsé deux diplomates japonais. "
            "Le Japon se réserve le droit de riposter.",
            row("THREATEN", "JPN", "CHN"),
        ),
        # ordering another state's diplomats to leave expels them
        (
            "en",
            "Japan ordered five Chinese diplomats to leave Tokyo.",
            row("SANCTION", "JPN", "CHN"),
        ),
        (
            "fr",
            "Le Japon a ordonné à quinze diplomates chinois de quitter le pays.",
            row("SANCTION", "JPN", "CHN"),
        ),
        # not recognising a ruling rejects it
        (
            "fr",
            "Le Japon n'a jamais reconnu la sentence rendue en faveur de la Chine.",
            row("REJECT", "JPN", "CHN"),
        ),
    ],
)
def test_diplomatic_vocabulary(
    coders: dict[str, Coder], lang: str, text: str, expected: Described
) -> None:
    found = coded(coders[lang], text, lang)
    assert expected in found, found


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # an aid shipment stays aid, an envoy sent stays a visit
        ("en", "China sent food to Japan.", "MOBILIZE"),
        ("fr", "La Chine a dépêché un émissaire à Tokyo.", "MOBILIZE"),
        # an order to one's own troops is no expulsion
        ("en", "Japan ordered its troops to leave the border.", "SANCTION"),
        # diplomats ordered to do anything but leave are not expelled
        ("en", "Japan ordered the ambassador of China to appear before parliament.", "SANCTION"),
        (
            "fr",
            "Le Japon a ordonné à l'ambassadeur chinois de se présenter au ministère.",
            "SANCTION",
        ),
        # a right reserved to do anything but answer is no threat
        (
            "en",
            "China expelled two diplomats. Japan reserved the right to fly over the strait.",
            "THREATEN",
        ),
        (
            "fr",
            "La Chine a expulsé deux diplomates. Le Japon s'est réservé le droit d'atterrir.",
            "THREATEN",
        ),
    ],
)
def test_readings_that_are_no_deployment_or_expulsion(
    coders: dict[str, Coder], lang: str, text: str, unexpected: str
) -> None:
    found = [e[0] for e in coded(coders[lang], text, lang)]
    assert unexpected not in found, found
