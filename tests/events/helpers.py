"""Articles built by hand for the events tests: a text, its parse, and actors found by name."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from newsgraph.article import Actor, ActorKind, Article, Event, Quote, Span
from newsgraph.events.coder import Coder
from newsgraph.mend import mend
from newsgraph.nlp import entities, load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view
from newsgraph.textutil import nlp_view

#: name -> (country, kind, the forms that mention it). Enough for every test sentence.
ACTORS: Mapping[str, tuple[str | None, ActorKind, tuple[str, ...]]] = {
    "United States": (
        "USA",
        "country",
        (
            "États-Unis",
            "américain",
            "américaine",
            "Washington",
            "United States",
            "U.S.",
            "American",
        ),
    ),
    "Russia": (
        "RUS",
        "country",
        ("Russie", "russe", "russes", "Moscou", "Russia", "Russian", "Moscow", "Kremlin"),
    ),
    "North Korea": (
        "PRK",
        "country",
        ("Corée du Nord", "nord-coréen", "Pyongyang", "North Korea", "North Korean"),
    ),
    "South Korea": (
        "KOR",
        "country",
        ("Corée du Sud", "sud-coréen", "Séoul", "South Korea", "Seoul"),
    ),
    "Ukraine": (
        "UKR",
        "country",
        ("Ukraine", "ukrainien", "ukrainiens", "Kiev", "Kyiv", "Ukrainian"),
    ),
    "China": (
        "CHN",
        "country",
        ("Chine", "chinois", "chinoise", "Pékin", "China", "Chinese", "Beijing"),
    ),
    "Philippines": (
        "PHL",
        "country",
        ("Philippines", "philippin", "Manille", "Manila", "Philippine"),
    ),
    "Belarus": ("BLR", "country", ("Biélorussie", "biélorusse", "biélorusses", "Minsk", "Belarus")),
    "Iran": ("IRN", "country", ("Iran", "iranien", "iraniennes", "Téhéran", "Tehran", "Iranian")),
    "Israel": (
        "ISR",
        "country",
        ("Israël", "israélien", "israélienne", "israéliennes", "Israel", "Israeli"),
    ),
    "Georgia": (
        "GEO",
        "country",
        (
            "Géorgie",
            "géorgien",
            "Géorgiens",
            "Tbilissi",
            "Georgia",
            "Georgian",
            "Georgians",
            "Tbilisi",
        ),
    ),
    "Lebanon": ("LBN", "country", ("Liban", "libanais", "Beyrouth", "Lebanon", "Lebanese")),
    "France": ("FRA", "country", ("France", "Paris", "français", "French")),
    "Germany": ("DEU", "country", ("Allemagne", "Berlin", "allemand", "Germany", "German")),
    "Japan": ("JPN", "country", ("Japon", "Tokyo", "japonais", "Japan", "Japanese")),
    "Kim Jong-un": ("PRK", "person", ("Kim Jong-un", "Kim Jong Un", "Kim")),
    "Vladimir Putin": ("RUS", "person", ("Vladimir Poutine", "Poutine", "Vladimir Putin", "Putin")),
    "Joe Biden": ("USA", "person", ("Joe Biden", "Biden")),
    "Yoon Suk-yeol": ("KOR", "person", ("Yoon Suk-yeol", "Yoon")),
    "Jake Sullivan": ("USA", "person", ("Jake Sullivan", "Sullivan")),
    # a person whose country is not known
    "Evan Gershkovich": (None, "person", ("Evan Gershkovich", "Gershkovich")),
    "European Union": (
        None,
        "organization",
        ("Union européenne", "UE", "European Union", "EU", "les Vingt-Sept"),
    ),
    "International Court of Justice": (
        None,
        "organization",
        ("Cour internationale de justice", "CIJ", "International Court of Justice", "ICJ"),
    ),
}


def make_article(
    text: str,
    lang: str,
    published: dt.date | None = dt.date(2024, 6, 20),
    names: Sequence[str] | None = None,
) -> Article:
    """``text`` parsed with the language's model, with the :data:`ACTORS` it names."""
    article = Article(raw=text, text=text, language=lang, published=published)
    article.doc = mend(load_model(DEFAULT_MODELS[lang])(parse_view(text, lang)))  # as Parse does
    article.entities = entities(article.doc, text, lang)
    article.actors = actors_in_text(text, names or list(ACTORS))
    return article


def actors_in_text(text: str, names: Sequence[str]) -> list[Actor]:
    found = []
    for name in names:
        country, kind, forms = ACTORS[name]
        mentions: list[Span] = []
        for form in sorted(forms, key=len, reverse=True):
            pattern = r"(?<![\w-])" + re.escape(nlp_view(form)) + r"(?![\w-])"
            for match in re.finditer(pattern, nlp_view(text)):
                if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                    mentions.append(Span(match.start(), match.end(), match.group()))
        if mentions:
            sector = "IGO" if country is None else "GOV"
            found.append(Actor(name, name, kind, country, sector, mentions=mentions))
    return found


def countries(article: Article, ids: Sequence[str]) -> set[str]:
    """The countries (or names, for organisations) of actor ids."""
    by_id = {a.id: a for a in article.actors}
    return {by_id[i].country or by_id[i].name for i in ids}


#: An event as its type, source and target countries, and modality.
Described = tuple[str, frozenset[str], frozenset[str], str]


def row(kind: str, source: str, target: str, modality: str = "asserted") -> Described:
    """An event of one source country on one target country."""
    return kind, frozenset({source}), frozenset({target}), modality


def both(kind: str, one: str, other: str, modality: str = "asserted") -> Described:
    """A reciprocal event: both sides in source and in target."""
    pair = frozenset({one, other})
    return kind, pair, pair, modality


def described(article: Article, event: Event) -> Described:
    """``event`` as its type, source and target countries (see :func:`countries`), modality."""
    return (
        event.type,
        frozenset(countries(article, event.source)),
        frozenset(countries(article, event.target)),
        event.modality,
    )


def coded(
    coder: Coder, text: str, lang: str
) -> list[tuple[str, frozenset[str], frozenset[str], str]]:
    """The events ``coder`` finds in ``text``, each as :func:`described` gives it."""
    article = make_article(text, lang)
    return [described(article, e) for e in coder.code_article(article)]


def types_coded(coder: Coder, text: str, lang: str) -> list[str]:
    """The types of the events ``coder`` finds in ``text``, in order."""
    return [found[0] for found in coded(coder, text, lang)]


def dates_of(
    coder: Coder, text: str, lang: str, published: dt.date = dt.date(2024, 6, 20)
) -> list[tuple[str, str | None]]:
    """The type and date of each event ``coder`` finds in ``text`` published that day:
    ``("ACCUSE", "2024-06-17")`` for "Washington accused Beijing on Monday" by default."""
    article = make_article(text, lang, published)
    return [(e.type, e.date) for e in coder.code_article(article)]


def check(
    coder: Coder, lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    """Assert that ``coder`` finds the ``expected`` event (type, sides as sets, modality)."""
    found = coded(coder, text, lang)
    kind, source, target, modality = expected
    assert (kind, frozenset(source), frozenset(target), modality) in found, found


def quoted(article: Article, words: str, speaker: str) -> Article:
    """``article`` with the words in quotation marks said by ``speaker`` (an actor id)."""
    start = article.text.index(words)
    article.quotes.append(Quote(words, start, start + len(words), speaker, True))
    return article
