"""On a page of several stories, the context readers stay inside the story of the sentence
(:meth:`newsgraph.article.Article.story`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Span
from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model

BRIEFS = {
    "en": (
        "Russia: Moscow accuses Kyiv\n\nRussia accused Ukraine on Monday. Russia said Russia "
        "would answer. Russia also rejected the report.\n\n",
        "Japan: Vote held\n\nJapan held elections on Saturday. The European Union voiced deep "
        "concern.",
    ),
    "fr": (
        "Russie : Moscou accuse Kiev\n\nLa Russie a accusé l'Ukraine lundi. La Russie a dit que "
        "la Russie répondrait. La Russie a aussi rejeté le rapport.\n\n",
        "Japon : un scrutin\n\nLe Japon a organisé des élections samedi. L'Union européenne a "
        "vivement protesté.",
    ),
}


def _eu_targets(coder: Coder, lang: str, stories: bool) -> set[frozenset[str]]:
    first, second = BRIEFS[lang]
    article = make_article(first + second, lang)
    if stories:
        end = len(first)
        article.sections = [Span(0, end, first), Span(end, len(article.text), second)]
    found = [described(article, e) for e in coder.code_article(article)]
    return {target for _, source, target, _ in found if source == {"European Union"}}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_aimed_at_no_one_named_stay_in_their_story(
    coders: dict[str, Coder], lang: str
) -> None:
    """The most named state of the page (Russia, in the brief before) is no target for words
    of the next brief: its own state is."""
    assert _eu_targets(coders[lang], lang, stories=True) == {frozenset({"JPN"})}
    assert _eu_targets(coders[lang], lang, stories=False) == {frozenset({"RUS"})}


LEADS = {
    "fr": (
        "Russie : Moscou accuse Kiev\n\nLa Russie a accusé l'Ukraine lundi d'avoir frappé "
        "Belgorod. La Russie a aussi rejeté le rapport.\n\n",
        "Japon : deux diplomates expulsés\n\nLe Japon a expulsé deux diplomates chinois. Tokyo "
        "a convoqué l'ambassadeur de Chine.",
    ),
    "en": (
        "Russia: Moscow accuses Kyiv\n\nRussia accused Ukraine on Monday of striking Belgorod. "
        "Russia also rejected the report.\n\n",
        "Japan: Two diplomats expelled\n\nJapan expelled two Chinese diplomats. Tokyo summoned "
        "the Chinese ambassador.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_story_has_a_lead_of_its_own(coders: dict[str, Coder], lang: str) -> None:
    """The first sentence after a brief's title is its lead: an act told with no time there
    is the news of the day (published 2024-06-20), not an act of no known date."""
    first, second = LEADS[lang]
    article = make_article(first + second, lang)
    end = len(first)
    article.sections = [Span(0, end, first), Span(end, len(article.text), second)]
    events = coders[lang].code_article(article)
    dates = {e.type: e.date for e in events if e.evidence.start >= end}
    assert dates.get("SANCTION") == "2024-06-20", dates
