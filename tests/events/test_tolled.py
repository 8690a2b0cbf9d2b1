"""The toll of an attack told by a participle is the same attack (events/tolled.py)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import make_article

pytestmark = pytest.mark.model


def _triggers(coders: dict[str, Coder], lang: str, text: str) -> list[tuple[str, str]]:
    """The type and trigger word of each event of ``text``."""
    events = coders[lang].code_article(make_article(text, lang))
    return [(e.type, e.trigger.text) for e in events if e.trigger is not None]


@pytest.mark.parametrize(
    ("lang", "text", "attack", "toll"),
    [
        (
            "en",
            "Russian forces shelled Ukrainian positions overnight, killing two people.",
            "shelled",
            "killing",
        ),
        (
            "fr",
            "La Russie a bombardé l'Ukraine, tuant deux soldats.",
            "bombardé",
            "tuant",
        ),
    ],
)
def test_a_participle_of_the_toll_is_the_attack_itself(
    coders: dict[str, Coder], lang: str, text: str, attack: str, toll: str
) -> None:
    found = _triggers(coders, lang, text)
    assert ("ASSAULT", attack) in found
    assert ("ASSAULT", toll) not in found


def test_a_clause_of_its_own_stays_an_event(coders: dict[str, Coder]) -> None:
    text = "Ukrainian troops attacked a Russian position near Bakhmut and killed three soldiers."
    found = _triggers(coders, "en", text)
    assert ("ASSAULT", "attacked") in found
    assert ("ASSAULT", "killed") in found
