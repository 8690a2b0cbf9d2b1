"""The headline as an article of its own, for the coder: its parse, its entities, and the
body's actors wherever the headline names them.

A headline names the actors its body introduces ("Manille convoque l'ambassadeur chinois",
"Kinshasa accuse Kigali"), so its actors are found by the words the body's mentions of them
use, longest first, at word boundaries; an actor the body never names is not looked for, nor
are pronouns and bare titles ("il", "le président"), which only their sentence resolved. The
view's offsets index the headline, and the events coded from it say so (``part="title"``).

A subheading inside the body (:func:`subheading`: "Moscou rejette la faute", "12h20 – Beyrouth
entérine l'accord") announces the paragraph below it, which tells its news in full: like the
headline, it states none of the body's events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Actor, Article, Span
from ..knowledge import shipped
from ..nlp import entities

#: The longest a subheading is, in characters: a title, not a paragraph of news.
SUBHEADING_LENGTH = 110
#: What ends a sentence of news; a subheading ends without it (a closing quote aside).
_STOPS = ".!?…:;"
_CLOSING = "»”\"' \u00a0\u202f"


def headline_view(article: Article) -> Article | None:
    """The headline as a parsed article with the body's actors it names; None without a
    parsed headline."""
    title, doc = article.title, article.title_doc
    if not title or doc is None or article.language is None:
        return None
    view = Article(
        raw=title,
        id=article.id,
        title=title,
        published=article.published,
        published_estimated=article.published_estimated,
        language=article.language,
        text=title,
        paragraphs=[Span(0, len(title), title)],
    )
    view.doc = doc
    view.entities = entities(doc, title, article.language)
    view.actors = named_in(title, article.actors, article.language)
    return view


def named_in(title: str, actors: list[Actor], code: str) -> list[Actor]:
    """Copies of the actors whose body mentions (or names) occur in ``title``, each with
    its mentions there; a longer form wins over one it contains."""
    forms: dict[str, Actor] = {}
    for actor in actors:
        for text in (actor.name, *(m.text for m in actor.mentions)):
            if _standalone(text, actor, code):
                forms.setdefault(text, actor)
    taken: list[tuple[int, int]] = []
    found: dict[str, list[Span]] = {}
    for text in sorted(forms, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", title):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.setdefault(forms[text].id, []).append(Span(start, end, text))
    return [
        replace(actor, mentions=sorted(found[actor.id], key=lambda m: m.start))
        for actor in actors
        if actor.id in found
    ]


def _standalone(text: str, actor: Actor, code: str) -> bool:
    """Whether a mention names its actor out of context: a name, a phrase ("ministère russe
    de la Défense"), or a state's adjective ("chinois"); not a pronoun or a bare title
    ("il", "président"), which the body resolved from the sentences around it."""
    if len(text) < 2:
        return False
    if text[0].isupper() or " " in text:
        return True
    return actor.kind == "country" and shipped().country(text, code) is not None


def subheading(article: Article, at: int) -> bool:
    """Whether the character ``at`` lies in a subheading of the body: a paragraph of one short
    line, neither the first nor the last, that ends with no stop ("Moscou rejette la faute",
    "17h10 – Nétanyahou promet de frapper « avec force »"), where a sentence would end with
    one ("Les Houthis promettent des représailles.")."""
    paragraphs = article.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.start <= at < paragraph.end:
            inner = 0 < number < len(paragraphs) - 1
            return inner and _title_like(paragraph.text)
    return False


def _title_like(text: str) -> bool:
    """A line short enough for a title that ends with no stop."""
    line = text.strip()
    if not line or "\n" in line or len(line) > SUBHEADING_LENGTH:
        return False
    return line.rstrip(_CLOSING)[-1:] not in _STOPS
