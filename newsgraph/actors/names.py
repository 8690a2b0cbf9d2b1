"""The article's names: the knowledge base's name hits and the entity model's people, filtered.

The passes run in order over the hits the name gazetteer finds: names that may be actors
(:func:`.hits.usable`), regional adjectives, states named in the names of waters, blocs,
organisations and kingdoms referred back to ("l'Alliance", "the kingdom"), generic bodies at
home and abroad, and names shortened after their first mention."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..article import Article
from .anaphors import organisation_anaphors
from .blocs import bloc_hits
from .gazetteer import Hit, Token
from .hits import foreign_generic_bodies, generic_bodies_at_home, home_country, refer_back, usable
from .index import ActorIndex, Known, LanguageCues
from .loose import read_loose
from .regions import regional_adjectives
from .spans import extend, trim
from .statenouns import state_anaphors
from .waters import water_names


@dataclass
class ArticleNames:
    """The names of one article that may be actors, and the dateline's country.

    ``home`` is the state of officials named by their title alone ("BERLIN, May 3 -" → DEU).
    """

    names: list[Hit[Known]]
    home: str | None


def person_spans(article: Article, cues: LanguageCues) -> list[tuple[int, int]]:
    """The entity model's people, widened to the whole name and trimmed of titles.

    "le président Emmanuel Macron" with the model's "président Emmanuel Macron" → the span of
    "Emmanuel Macron"; a span trimmed to nothing is left out.
    """
    text = article.text
    starts = sorted(e.start for e in article.entities if e.label in _TIMES)
    people = [trim(text, *extend(text, e.start, e.end, _next_start(starts, e.end)), cues)[:2]
              for e in article.entities if e.label == "PERSON"]  # fmt: skip
    return [(s, e) for s, e in people if e > s]


#: Labels of the entity model's dates: a name does not run on into one ("Zelensky Wednesday").
_TIMES = frozenset({"DATE", "TIME"})


def _next_start(starts: list[int], end: int) -> int | None:
    """Where the first date at or after ``end`` starts, if any."""
    at = bisect_left(starts, end)
    return starts[at] if at < len(starts) else None


def article_names(
    article: Article, index: ActorIndex, toks: list[Token], people: list[tuple[int, int]]
) -> ArticleNames:
    """The name hits that may be actors, each with the one value it stands for here.

    "RIYADH — Saudi Arabia's foreign minister …" keeps Saudi Arabia, drops the dateline and
    makes SAU the article's home.
    """
    assert article.language is not None
    lang, text = article.language, article.text
    cues = index.cues[lang]
    found = index.names[lang].find(text, toks)
    found = read_loose(article, found, index.loose, index.kb)
    starts = [p.start for p in article.paragraphs] or [0]
    heads = cues.hyphen_heads | cues.namesake_nouns
    names = usable(text, found, people, starts, index.common_names, heads)
    names = regional_adjectives(text, names, cues.regional_prefixes)
    names = water_names(text, names, cues.water_nouns, cues.water_links)
    names = bloc_hits(text, toks, index.blocs[lang], index.kb, names)
    names = organisation_anaphors(text, index.anaphors[lang], names, article.story)
    names = state_anaphors(text, index.state_nouns[lang], names, article.story)
    home = home_country(text, found, starts)
    words = index.body_words[lang]
    names = foreign_generic_bodies(names, words.heads, home)
    names = generic_bodies_at_home(names, words.heads.keys() | words.generic, home)
    return ArticleNames(refer_back(names, cues.articles), home)
