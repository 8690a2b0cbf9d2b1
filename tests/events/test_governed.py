"""A truce noun under a verb that takes it up states no event of its own
(:mod:`newsgraph.events.governed`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import make_article

pytestmark = pytest.mark.model


def _types(coders: dict[str, Coder], text: str, code: str) -> list[str]:
    """The types of the events coded in ``text``."""
    return [e.type for e in coders[code].code_article(make_article(text, code))]


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        (
            "fr",
            "La Russie a rejeté mardi tout cessez-le-feu avec l'Ukraine.",
            "REJECT",
        ),
        (
            "fr",
            "Israël a accepté hier un cessez-le-feu avec le Liban.",
            "AGREE",
        ),
        ("en", "Russia rejected a truce with Ukraine on Monday.", "REJECT"),
    ],
)
def test_a_truce_accepted_or_rejected_is_that_act_alone(
    coders: dict[str, Coder], code: str, text: str, kind: str
) -> None:
    types = _types(coders, text, code)
    assert kind in types
    assert "CONCEDE" not in types


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le texte prévoit une trêve de soixante jours entre Israël et le Liban."),
        ("en", "Ukraine said it was ready for a truce with Russia."),
    ],
)
def test_a_truce_provided_for_is_no_concession(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    assert "CONCEDE" not in _types(coders, text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "fr",
            "Israël et le Liban ont conclu mercredi un cessez-le-feu, "
            "entré en vigueur à 18 heures.",
        ),
        ("fr", "Le cessez-le-feu entre Israël et le Liban est entré en vigueur samedi soir."),
        (
            "fr",
            "La France a proposé à Israël et au Liban un cessez-le-feu qui pourrait entrer en "
            "vigueur dès demain.",
        ),
        ("en", "Israel and Lebanon agreed on a truce that took effect on Sunday."),
        ("en", "The truce between Russia and Ukraine took effect on Saturday."),
    ],
)
def test_a_truce_that_takes_effect_is_a_concession(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    assert "CONCEDE" in _types(coders, text, code)


@pytest.mark.parametrize(
    "text",
    [
        "La France veut faciliter le dialogue entre la Russie et l'Ukraine.",
        "La France a appelé la Russie à la retenue et au dialogue avec l'Ukraine.",
    ],
)
def test_a_dialogue_called_for_or_facilitated_is_no_meeting(
    coders: dict[str, Coder], text: str
) -> None:
    assert "CONSULT" not in _types(coders, text, "fr")


def test_a_dialogue_resumed_is_still_a_meeting(coders: dict[str, Coder]) -> None:
    assert "CONSULT" in _types(coders, "La France a renoué le dialogue avec la Russie.", "fr")


@pytest.mark.parametrize(
    ("code", "text", "kind", "stopped"),
    [
        (
            "fr",
            "La France a suspendu lundi la coopération sécuritaire avec l'Allemagne.",
            "SANCTION",
            "COOPERATE",
        ),
        ("fr", "Le Japon a gelé sa coopération militaire avec la Chine.", "SANCTION", "COOPERATE"),
        (
            "fr",
            "L'Allemagne a levé mardi l'essentiel des sanctions contre l'Iran.",
            "CONCEDE",
            "SANCTION",
        ),
        (
            "en",
            "France suspended its security cooperation with Germany on Monday.",
            "SANCTION",
            "COOPERATE",
        ),
        (
            "en",
            "Tokyo said it had suspended further negotiations with Beijing.",
            "SANCTION",
            "CONSULT",
        ),
        (
            "en",
            "Germany lifted most of the sanctions against Iran on Tuesday.",
            "CONCEDE",
            "SANCTION",
        ),
        (
            "fr",
            "Le Japon a annoncé la levée de l'essentiel des sanctions contre l'Iran.",
            "CONCEDE",
            "SANCTION",
        ),
        (
            "en",
            "Japan ended its naval cooperation agreement with Georgia on Friday.",
            "SANCTION",
            "COOPERATE",
        ),
    ],
)
def test_a_tie_or_measure_stopped_is_the_stopping_alone(
    coders: dict[str, Coder], code: str, text: str, kind: str, stopped: str
) -> None:
    types = _types(coders, text, code)
    assert kind in types
    assert stopped not in types


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        ("fr", "Le Japon a renforcé sa coopération militaire avec la France.", "COOPERATE"),
        ("en", "France suspended flights after the talks with Germany.", "CONSULT"),
        # talks that lasted a while were held before they ended or were suspended
        ("en", "Japan and China ended three weeks of talks in Lima on Friday.", "CONSULT"),
        (
            "fr",
            "La Chine et le Japon ont suspendu trois semaines de négociations à Lima.",
            "CONSULT",
        ),
    ],
)
def test_a_tie_not_stopped_stays_an_event(
    coders: dict[str, Coder], code: str, text: str, kind: str
) -> None:
    assert kind in _types(coders, text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le Japon a obtenu la levée des sanctions imposées par la France en 2020."),
        ("en", "Japan sought the lifting of sanctions imposed by France in 2020."),
    ],
)
def test_a_measure_told_as_made_stays_an_event_when_lifted(
    coders: dict[str, Coder], code: str, text: str
) -> None:
    assert "SANCTION" in _types(coders, text, code)


def test_a_war_ended_through_a_deal_is_no_tie_ended(coders: dict[str, Coder]) -> None:
    # ending a war makes peace: the deal it is ended by is no tie withdrawn
    text = "Japan ended the war through a peace deal with Georgia."
    assert "SANCTION" not in _types(coders, text, "en")


def _sides(coders: dict[str, Coder], text: str, code: str) -> set[tuple[str, str, str]]:
    """The events coded in ``text`` as (type, source country, target country)."""
    article = make_article(text, code)
    countries = {a.id: a.country or "" for a in article.actors}
    return {
        (e.type, countries[s], countries[t])
        for e in coders[code].code_article(article)
        for s in e.source
        for t in e.target
    }


@pytest.mark.parametrize(
    ("code", "text", "doer"),
    [
        (
            "fr",
            "La levée de l'embargo américain contre la Géorgie a été saluée par Tbilissi.",
            "USA",
        ),
        (
            "fr",
            "La levée des sanctions du Japon contre la Géorgie a été saluée par Tbilissi.",
            "JPN",
        ),
        (
            "en",
            "The lifting of Japanese sanctions against Georgia was welcomed by Tbilisi.",
            "JPN",
        ),
        ("en", "The easing of Japanese sanctions against Georgia was welcomed by Tbilisi.", "JPN"),
    ],
)
def test_a_measure_lifted_is_lifted_by_whoever_imposed_it(
    coders: dict[str, Coder], code: str, text: str, doer: str
) -> None:
    # the lifting names no doer: the sanctions' owner lifts them, on whom they bore
    found = _sides(coders, text, code)
    assert ("CONCEDE", doer, "GEO") in found
    assert ("SUPPORT", "GEO", doer) in found
