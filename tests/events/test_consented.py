"""A consent that a condition waits for: an offer's terms, no event (events/consented.py)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article

pytestmark = pytest.mark.model


def _types(coders: dict[str, Coder], lang: str, text: str) -> list[tuple[str, str]]:
    """The type and modality of each event of ``text``."""
    return [(kind, modality) for kind, _, _, modality in coded(coders[lang], text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "The truce could take effect on Friday if Russia and Ukraine agree.", "AGREE"),
        ("en", "Russia will free the prisoners provided that Ukraine accepts the terms.", "AGREE"),
        ("en", "Russia will strike if Ukraine refuses the offer.", "REJECT"),
        ("fr", "La trêve entrera en vigueur si la Russie et l'Ukraine l'acceptent.", "AGREE"),
        (
            "fr",
            "Moscou rendra les prisonniers ukrainiens à condition que Kiev accepte de rouvrir "
            "la frontière.",
            "AGREE",
        ),
        ("fr", "La Russie frappera si l'Ukraine refuse ces conditions.", "REJECT"),
    ],
)
def test_a_consent_in_a_condition_is_no_event(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert kind not in [found for found, _ in _types(coders, lang, text)]


@pytest.mark.parametrize(
    ("lang", "text", "offer"),
    [
        (
            "en",
            "Russia will free the prisoners provided that Ukraine accepts the terms.",
            ("CONCEDE", "future"),
        ),
        (
            "fr",
            "Moscou rendra les prisonniers ukrainiens à condition que Kiev accepte de rouvrir "
            "la frontière.",
            ("CONCEDE", "future"),
        ),
        ("fr", "La Russie frappera si l'Ukraine refuse ces conditions.", ("ASSAULT", "future")),
    ],
)
def test_the_offer_itself_stays_an_event(
    coders: dict[str, Coder], lang: str, text: str, offer: tuple[str, str]
) -> None:
    assert offer in _types(coders, lang, text)


def test_what_the_consent_governs_goes_with_it(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie libérera les prisonniers ukrainiens à condition que l'Ukraine accepte "
        "de rouvrir la frontière."
    )
    article = make_article(text, "fr")
    events = coders["fr"].code_article(article)
    triggers = [event.trigger.text for event in events if event.trigger is not None]
    assert "rouvrir" not in triggers


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Ukraine accepted Russia's offer on Monday.", "AGREE"),
        ("en", "Russia refused Ukraine's offer on Monday.", "REJECT"),
        ("fr", "L'Ukraine a accepté lundi l'offre de la Russie.", "AGREE"),
    ],
)
def test_a_consent_given_stays_an_event(
    coders: dict[str, Coder], lang: str, text: str, kind: str
) -> None:
    assert kind in [found for found, _ in _types(coders, lang, text)]


def test_another_act_in_a_condition_stays_hypothetical(coders: dict[str, Coder]) -> None:
    found = _types(coders, "en", "Poland would cut ties with Russia if Moscow attacked Ukraine.")
    assert ("ASSAULT", "hypothetical") in found


def test_a_consent_conceded_as_done_stays_an_event(coders: dict[str, Coder]) -> None:
    text = "Si la Russie a accepté l'adhésion de l'Ukraine, elle a longtemps bloqué le dossier."
    assert ("AGREE", "asserted") in _types(coders, "fr", text)
