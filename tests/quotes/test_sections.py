"""On a page of several stories, a speaker named by a title or a pronoun is looked for in the
quote's own story only (:meth:`newsgraph.article.Article.story`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Span

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

STORIES = {
    "fr": (
        "Kenya : couvre-feu à Mombasa\n\nLe ministre kényan de l'Intérieur, Paul Otieno, a "
        "annoncé mardi un couvre-feu à Mombasa après des heurts dans le port.\n\n",
        "Ouganda : la frontière fermée\n\nL'Ouganda a fermé jeudi sa frontière avec le Soudan "
        "du Sud. « Nous ne laisserons passer personne », a déclaré le ministre.\n",
    ),
    "en": (
        "Kenya: Curfew in Mombasa\n\nKenya's interior minister, Paul Otieno, announced a "
        "curfew in Mombasa on Tuesday after clashes in the port.\n\n",
        "Uganda: Border closed\n\nUganda closed its border with South Sudan on Thursday. "
        '"We will let no one through," the minister said.\n',
    ),
}
CAST: Cast = {
    "Paul Otieno": ("person", ["Paul Otieno"]),
    "Uganda": ("country", ["Ouganda", "Uganda"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_does_not_take_up_a_person_of_the_story_before(build: Build, lang: str) -> None:
    first, second = STORIES[lang]
    article = build(first + second, lang, CAST)
    assert [name for _, name, _ in quotes_of(article)] == ["Paul Otieno"]  # one story
    article.sections = [
        Span(0, len(first), first),
        Span(len(first), len(article.text), second),
    ]
    assert "Paul Otieno" not in [name for _, name, _ in quotes_of(article)]
