"""A place's country standing in as the target of an attack (:mod:`newsgraph.events.standin`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel bombed Gaza on Monday.", "en"),
        ("Israel continued its offensive in Gaza on Monday.", "en"),
        ("Israel ended its assault on Gaza last year.", "en"),
        ("Israël a bombardé Gaza lundi.", "fr"),
        ("Israël a poursuivi son offensive à Gaza.", "fr"),
    ],
)
def test_an_attacked_place_stands_in_for_its_country(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ASSAULT", frozenset({"ISR"}), frozenset({"PSE"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel bombed Gaza on Monday.", "en"),
        ("Israël a bombardé Gaza lundi.", "fr"),
    ],
)
def test_the_stand_in_is_a_country_actor_mentioned_at_the_place(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    article = make_article(text, lang, names=["Israel"])
    coders[lang].code_article(article)
    added = [a for a in article.actors if a.id == "PSE"]
    assert len(added) == 1, article.actors
    assert added[0].kind == "country"
    assert [m.text for m in added[0].mentions] == ["Gaza"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukraine's president postponed a visit to Riyadh.", "en"),
        ("Le président ukrainien a reporté sa visite à Riyad.", "fr"),
        ("Iran vowed to respond to the strike on its embassy in Damascus.", "en"),
        ("L'Iran a promis de riposter à la frappe contre son ambassade à Damas.", "fr"),
    ],
)
def test_a_place_of_no_attack_adds_no_country(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    article = make_article(text, lang)
    coders[lang].code_article(article)
    assert not {a.id for a in article.actors} & {"SAU", "SYR"}, article.actors
