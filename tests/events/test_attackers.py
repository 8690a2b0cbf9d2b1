"""The doer of an attack told by its blow ("a missile struck …", « des frappes ont visé … »):
the party the story already told attacking the same side, when it is the only one."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor
from newsgraph.events import Coder
from newsgraph.events.attackers import story_attacker
from newsgraph.events.discourse import Discourse

from .helpers import coded


def _state(code: str) -> Actor:
    return Actor(id=code, name=code, kind="country", country=code)


def _discourse(*acts: tuple[str, str]) -> Discourse:
    """A discourse that told an attack of each (doer, target) pair, in order."""
    discourse = Discourse()
    for doer, target in acts:
        discourse.did("ASSAULT", [_state(doer)], [_state(target)])
    return discourse


def test_the_one_attacker_of_the_side_struck() -> None:
    discourse = _discourse(("ISR", "LBN"), ("ISR", "LBN"))
    assert [a.id for a in story_attacker(discourse, "ASSAULT", [_state("LBN")], True)] == ["ISR"]


@pytest.mark.parametrize(
    ("acts", "kind", "asserted"),
    [
        ((("ISR", "LBN"), ("SYR", "LBN")), "ASSAULT", True),  # two attackers: which one?
        ((("ISR", "LBN"), ("LBN", "ISR")), "ASSAULT", True),  # the target strikes back
        ((("ISR", "IRN"),), "ASSAULT", True),  # no attack on this side yet
        ((("ISR", "LBN"),), "ASSAULT", False),  # not told as done
        ((("ISR", "LBN"),), "ACCUSE", True),  # not an attack
    ],
)
def test_no_attacker_guessed(acts: tuple[tuple[str, str], ...], kind: str, asserted: bool) -> None:
    assert story_attacker(_discourse(*acts), kind, [_state("LBN")], asserted) == []


def _assaults(coders: dict[str, Coder], lang: str, text: str) -> list[tuple[str, str]]:
    return [
        ("/".join(sorted(e[1])), "/".join(sorted(e[2])))
        for e in coded(coders[lang], text, lang)
        if e[0] == "ASSAULT"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Israël a bombardé dimanche le sud du Liban. Plusieurs frappes ont aussi visé "
            "Beyrouth dans la nuit.",
        ),
        (
            "en",
            "Russia launched a wave of strikes on Ukraine overnight. A missile struck a "
            "residential block in Kyiv, the mayor said.",
        ),
    ],
)
def test_a_blow_is_the_story_attacker_s(coders: dict[str, Coder], lang: str, text: str) -> None:
    """The second sentence names the weapon and the place hit, not who struck: the state the
    lead told attacking that side."""
    found = _assaults(coders, lang, text)
    assert len(found) == 2 and found[0] == found[1], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Israël a bombardé dimanche le sud du Liban. Un drone pourrait viser Beyrouth, "
            "selon des experts.",
        ),
        (
            "en",
            "Russia shelled Ukraine on Monday and Ukraine struck Russia overnight. A missile "
            "struck a market in Kyiv.",
        ),
        (
            "en",
            "Russia launched a wave of strikes on Ukraine overnight. Two soldiers were killed "
            "near Kyiv.",
        ),
        (
            "en",
            "Russia launched a wave of strikes on Ukraine overnight. The emergency service said "
            "a storm hit Odesa and floods struck Kherson.",
        ),
    ],
)
def test_no_doer_guessed_for_the_blow(coders: dict[str, Coder], lang: str, text: str) -> None:
    """A blow not told as done, in a war whose sides strike each other, a passive whose
    victims may be either side's, or a storm that hit a town takes no doer from the story."""
    found = _assaults(coders, lang, text)
    assert len(found) == (2 if "Ukraine struck" in text else 1), found
