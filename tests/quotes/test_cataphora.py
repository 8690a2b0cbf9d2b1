"""A quotation that opens a paragraph, its speaker named only after it
(:mod:`newsgraph.quotes.cataphora`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang", "cast", "speakers"),
    [
        (
            "« Nous ne reculerons pas. » Léa Fontaine, porte-parole du collectif des riverains, "
            "a répondu lundi au préfet.",
            "fr",
            {"Léa Fontaine": ("person", ["Léa Fontaine"])},
            ["Léa Fontaine"],
        ),
        (
            "« Ce budget n'est pas sincère, a-t-elle prévenu, et nous le dirons. » La maire de "
            "Lille Léa Fontaine s'exprimait devant le conseil municipal.",
            "fr",
            {"Léa Fontaine": ("person", ["Léa Fontaine"])},
            ["Léa Fontaine"],
        ),
        (
            "\u201cWe will not give up.\u201d That was the message from Mayor Tom Ellis on "
            "Monday after the vote.",
            "en",
            {"Tom Ellis": ("person", ["Tom Ellis"])},
            ["Tom Ellis"],
        ),
        (
            "\u201cThe truce is holding.\u201d\n\nGeneral Tom Ellis spoke on Monday as the "
            "troops moved north.",
            "en",
            {"Tom Ellis": ("person", ["Tom Ellis"])},
            ["Tom Ellis"],
        ),
    ],
)
def test_the_person_named_after_an_opening_quote_says_it(
    build: Build, text: str, lang: str, cast: Cast, speakers: list[str]
) -> None:
    assert [name for _, name, _ in quotes_of(build(text, lang, cast))] == speakers


def test_a_quote_inside_a_paragraph_keeps_no_one_named_after(build: Build) -> None:
    text = (
        "Le conseil s'est réuni lundi soir. « Ce budget n'est pas sincère. » Marc Dubois a "
        "ensuite pris la parole."
    )
    cast: Cast = {"Marc Dubois": ("person", ["Marc Dubois"])}
    assert [name for _, name, _ in quotes_of(build(text, "fr", cast))] == [None]
