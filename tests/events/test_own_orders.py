"""A command to the doer's own forces or firms is no request between parties: the sense
condition ``without_objects`` (``lang/<code>/events.json``, verbs "order", « ordonner »)
looks only at the verb's own objects, and only at those that name no other party."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [
        ("en", 'Vladimir Putin ordered the army to strike Ukraine "with full force".', "ASSAULT"),
        ("en", "Vladimir Putin ordered the state gas company to halt deliveries to Ukraine.", None),
        ("en", "Vladimir Putin ordered units to advance toward the frontier with Ukraine.", None),
        ("fr", "Vladimir Poutine a ordonné à l'armée de frapper l'Ukraine.", "ASSAULT"),
        (
            "fr",
            "Vladimir Poutine a ordonné à la compagnie gazière de cesser ses livraisons "
            "à l'Ukraine.",
            None,
        ),
        (
            "fr",
            "Vladimir Poutine a ordonné à ses entreprises de cesser leurs ventes à l'Ukraine.",
            None,
        ),
    ],
)
def test_an_order_to_ones_own_forces_is_no_request(
    coders: dict[str, Coder], lang: str, text: str, act: str | None
) -> None:
    """The army, units or a state company a leader commands are his own: no REQUEST of
    Ukraine, named only in what is ordered; the act ordered stays."""
    kinds = [kind for kind, *_ in coded(coders[lang], text, lang)]
    assert "REQUEST" not in kinds, kinds
    assert act is None or act in kinds, kinds


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("en", "Vladimir Putin ordered Ukraine to withdraw its forces from the border.", "UKR"),
        ("en", "The International Court of Justice ordered Russia to pull back its troops.", "RUS"),
        (
            "fr",
            "La Cour internationale de justice a ordonné à la Russie de retirer ses troupes.",
            "RUS",
        ),
    ],
)
def test_an_order_to_a_state_stays_a_request(
    coders: dict[str, Coder], lang: str, text: str, target: str
) -> None:
    """Troops named in what is ordered hang on the infinitive, not on the verb: REQUEST."""
    found = coded(coders[lang], text, lang)
    assert any(kind == "REQUEST" and target in aimed for kind, _, aimed, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("en", "Vladimir Putin ordered the Ukrainian army to surrender.", "UKR"),
        ("en", "Russia ordered Ukraine's army back to its barracks.", "UKR"),
        (
            "en",
            "The United States ordered the Russian company to halt sales to North Korea.",
            "RUS",
        ),
        (
            "fr",
            "Les États-Unis ont ordonné à l'entreprise russe de cesser ses ventes "
            "à la Corée du Nord.",
            "RUS",
        ),
    ],
)
def test_an_order_to_another_partys_forces_stays_a_request(
    coders: dict[str, Coder], lang: str, text: str, target: str
) -> None:
    """An army or a firm named as another party's (a demonym, a possessor) is no force of
    the doer's own: REQUEST of that party."""
    found = coded(coders[lang], text, lang)
    assert any(kind == "REQUEST" and target in aimed for kind, _, aimed, _ in found), found
