"""An event noun that points back to an act already told and dated takes that act's day
(:mod:`newsgraph.events.dating_back`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Pipeline
from newsgraph.article import Article
from newsgraph.events import Coder

from .helpers import make_article

pytestmark = pytest.mark.model

#: Paragraphs between the act and the noun, beyond the reach of the lead's day and of the
#: occasion of a paragraph.
_FILLER = {
    "en": "The weather in the north has been mild this autumn, and farmers expect a good "
    "harvest.\n\nWheat prices fell by three percent.",
    "fr": "Le temps est resté doux dans le nord cet automne, et les récoltes sont bonnes."
    "\n\nLes prix du blé ont baissé de trois pour cent.",
}


def _talks(coder: Coder, lang: str, lead: str, act: str, noun: str) -> list[str | None]:
    """The dates of the CONSULT events between France and Germany told in ``noun``."""
    text = f"{lead}\n\n{act}\n\n{_FILLER[lang]}\n\n{noun}"
    article = make_article(text, lang, published=dt.date(2024, 6, 20))
    start = text.index(noun)
    return [
        e.date
        for e in coder.code_article(article)
        if e.type == "CONSULT" and e.trigger is not None and e.trigger.start >= start
    ]


@pytest.mark.parametrize(
    ("lang", "lead", "act", "noun"),
    [
        (
            "en",
            "France accused Russia of spying.",
            "France and Japan held talks with Germany on Monday.",
            "The talks between France and Germany ended without a deal.",
        ),
        (
            "fr",
            "La France a accusé la Russie d'espionnage.",
            "La France et le Japon ont rencontré l'Allemagne lundi.",
            "Les discussions entre la France et l'Allemagne se sont achevées sans accord.",
        ),
    ],
)
def test_a_definite_noun_takes_the_day_of_the_act_it_points_back_to(
    coders: dict[str, Coder], lang: str, lead: str, act: str, noun: str
) -> None:
    assert _talks(coders[lang], lang, lead, act, noun) == ["2024-06-17"]


@pytest.mark.parametrize(
    ("lang", "lead", "act", "noun"),
    [
        (
            "en",
            "France accused Russia of spying.",
            "France and Japan held talks with Germany on Monday.",
            "The new talks between France and Germany ended without a deal.",
        ),
        (
            "fr",
            "La France a accusé la Russie d'espionnage.",
            "La France et le Japon ont rencontré l'Allemagne lundi.",
            "La nouvelle rencontre entre la France et l'Allemagne s'est achevée sans accord.",
        ),
    ],
)
def test_one_more_of_the_kind_is_a_new_act_with_no_day(
    coders: dict[str, Coder], lang: str, lead: str, act: str, noun: str
) -> None:
    assert _talks(coders[lang], lang, lead, act, noun) == [None]


@pytest.mark.parametrize(
    ("lang", "lead", "act", "noun"),
    [
        (
            "en",
            "France accused Russia of spying.",
            "France and Japan held talks with Germany on Monday.",
            "The previous talks between France and Germany ended without a deal.",
        ),
        (
            "fr",
            "La France a accusé la Russie d'espionnage.",
            "La France et le Japon ont rencontré l'Allemagne lundi.",
            "La rencontre précédente entre la France et l'Allemagne s'est achevée sans accord.",
        ),
        (
            "fr",
            "La France a accusé la Russie d'espionnage.",
            "La France et le Japon ont rencontré l'Allemagne lundi.",
            "Les nouvelles discussions entre la France et l'Allemagne ont échoué.",
        ),
    ],
)
def test_an_earlier_act_or_several_more_of_the_kind_take_no_day(
    coders: dict[str, Coder], lang: str, lead: str, act: str, noun: str
) -> None:
    assert _talks(coders[lang], lang, lead, act, noun) == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Russian president met the Turkish president in Ankara on 3 March. The previous "
            "meeting between the Russian president and the Turkish president had failed.",
        ),
        (
            "fr",
            "Le président russe a rencontré le président turc le 3 mars à Ankara. Leur "
            "précédente rencontre, à Sotchi, avait échoué.",
        ),
    ],
)
def test_the_meeting_before_the_one_told_does_not_take_its_day(
    pipeline: Pipeline, lang: str, text: str
) -> None:
    article = pipeline(Article(raw=text, published=dt.date(2025, 3, 5)))
    events = [e for e in article.events if e.type == "CONSULT"]
    assert [(e.modality, e.date) for e in events] == [
        ("asserted", "2025-03-03"),
        ("negated", None),
    ]
