"""Senses of the events lexicon narrowed by their words (invented sentences)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia mobilised a million reservists against Ukraine."),
        ("fr", "La Russie a mobilisé un million de réservistes contre l'Ukraine."),
    ],
)
def test_a_number_of_troops_mobilised_is_a_mobilisation(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("MOBILIZE", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "The United States said it would defend the president of the country against Russia.",
            "USA",
        ),
    ],
)
def test_defending_a_person_of_a_country_is_support(
    coders: dict[str, Coder], lang: str, text: str, source: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert [e[1] for e in found if e[0] == "SUPPORT"] == [frozenset({source})], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian army targeted the Ukrainian village with its cannon.", "ASSAULT"),
        ("Ukrainian police targeted Russian protesters with a water cannon.", "COERCE"),
        ("Russian police hit Ukrainian protesters with a water cannon.", "COERCE"),
    ],
)
def test_a_cannon_coerces_only_with_water(
    coders: dict[str, Coder], text: str, expected: str
) -> None:
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found] == [expected], found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Japan will send an envoy to Beijing.", ("CONSULT", "JPN", "CHN", "future")),
        ("en", "France sent mediators to Tbilisi.", ("CONSULT", "FRA", "GEO", "asserted")),
        ("en", "Japan sent humanitarian aid to Ukraine.", ("AID", "JPN", "UKR", "asserted")),
        ("en", "Russia sent two frigates to Georgia.", ("MOBILIZE", "RUS", "GEO", "asserted")),
        (
            "fr",
            "La France va envoyer une délégation à Tbilissi.",
            ("CONSULT", "FRA", "GEO", "future"),
        ),
        ("fr", "Le Japon a envoyé un émissaire à Pékin.", ("CONSULT", "JPN", "CHN", "asserted")),
        (
            "fr",
            "La France a envoyé du matériel médical au Liban.",
            ("AID", "FRA", "LBN", "asserted"),
        ),
        (
            "fr",
            "La Russie a envoyé des soldats en Géorgie.",
            ("MOBILIZE", "RUS", "GEO", "asserted"),
        ),
    ],
)
def test_sending_an_envoy_is_a_visit(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A delegation, an envoy or a mediator sent to a capital visits it (CONSULT), where goods
    sent are aid and troops sent a mobilisation."""
    kind, source, target, modality = expected
    found = coded(coders[lang], text, lang)
    assert (kind, frozenset({source}), frozenset({target}), modality) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "China blocked the Philippine resupply boat.", ("COERCE", "CHN", "PHL", "asserted")),
        (
            "en",
            "China tried to block supplies to the Philippines.",
            ("COERCE", "CHN", "PHL", "asserted"),
        ),
        ("en", "Russia blocked a Ukrainian grain ship.", ("COERCE", "RUS", "UKR", "asserted")),
        (
            "en",
            "Russia blocked a resolution of the United States.",
            ("REJECT", "RUS", "USA", "asserted"),
        ),
        ("fr", "La Chine a bloqué un navire philippin.", ("COERCE", "CHN", "PHL", "asserted")),
        ("fr", "La Russie a bloqué le convoi ukrainien.", ("COERCE", "RUS", "UKR", "asserted")),
        (
            "fr",
            "La Russie a bloqué la proposition de la France.",
            ("REJECT", "RUS", "FRA", "asserted"),
        ),
    ],
)
def test_blocking_a_ship_or_a_convoy_coerces(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A ship, a convoy or supplies blocked are held by force (COERCE, a blockade), where a text
    or a measure blocked is rejected (REJECT)."""
    kind, source, target, modality = expected
    found = coded(coders[lang], text, lang)
    assert (kind, frozenset({source}), frozenset({target}), modality) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia closed its ports to Ukrainian ships."),
        ("en", "Russia announced the closure of its checkpoints with Ukraine."),
        ("fr", "La Russie a fermé ses points de passage avec l'Ukraine."),
        ("fr", "La Russie a annoncé la fermeture de ses postes de contrôle avec l'Ukraine."),
    ],
)
def test_closing_crossings_or_ports_to_a_state_is_a_sanction(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Crossings, checkpoints, ports or airports closed to a state restrict it (SANCTION), as
    a border closed does, and reopened they are a concession."""
    found = coded(coders[lang], text, lang)
    assert ("SANCTION", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "La Russie a fermé son point de vue aux critiques de l'Ukraine.",
        "La Russie a fermé le poste de police du quartier avec l'accord de l'Ukraine.",
    ],
)
def test_a_point_or_a_post_closed_is_no_crossing(coders: dict[str, Coder], text: str) -> None:
    """« point » and « poste » alone name no crossing: only « point de passage », « poste de
    contrôle » or « poste-frontière » closed to a state restrict it."""
    found = coded(coders["fr"], text, "fr")
    assert not [event for event in found if event[0] == "SANCTION"], found
