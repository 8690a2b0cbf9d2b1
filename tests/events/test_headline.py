"""The headline as a sentence of its own: the body's actors it names, and its events."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.article import Actor, Article, Span
from newsgraph.events import Coder
from newsgraph.events.headline import headline_view, named_in, subheading
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.textutil import nlp_view

from .helpers import described, make_article


def _actor(name: str, kind: str, country: str | None, *forms: str) -> Actor:
    mentions = [Span(i * 100, i * 100 + len(f), f) for i, f in enumerate(forms)]
    return Actor(name, name, kind, country, "GOV", mentions=mentions)  # type: ignore[arg-type]


def test_the_headline_names_the_body_actors_by_their_mentions() -> None:
    china = _actor("China", "country", "CHN", "Chine", "Pékin", "chinois")
    manila = _actor("Philippines", "country", "PHL", "Philippines", "Manille")
    found = named_in("Manille convoque l'ambassadeur chinois", [china, manila], "fr")
    assert [(a.id, [m.text for m in a.mentions]) for a in found] == [
        ("China", ["chinois"]),
        ("Philippines", ["Manille"]),
    ]
    assert found[0].mentions[0].start == len("Manille convoque l'ambassadeur ")
    assert china.mentions[0].text == "Chine"  # the body's actors are not changed


def test_pronouns_and_bare_titles_are_not_looked_for() -> None:
    person = _actor("Luiz Inácio Lula da Silva", "person", "BRA", "Lula", "il", "président")
    state = _actor("Brazil", "country", "BRA", "Brésil", "il")
    assert named_in("Le président dit qu'il ira à Pékin", [person, state], "fr") == []


def test_a_longer_form_wins_and_words_are_whole() -> None:
    korea = _actor("North Korea", "country", "PRK", "Corée du Nord")
    south = _actor("South Korea", "country", "KOR", "Corée")
    found = named_in("La Corée du Nord tire un missile, Coréens inquiets", [south, korea], "fr")
    assert [a.id for a in found] == ["North Korea"]


def _with_title(body: str, title: str) -> Article:
    article = make_article(body, "fr", published=dt.date(2024, 6, 20))
    article.title = title
    article.title_doc = load_model(DEFAULT_MODELS["fr"])(nlp_view(title))
    return article


@pytest.mark.model
def test_an_actor_the_body_never_names_is_not_found_in_the_headline(
    coders: dict[str, Coder],
) -> None:
    article = _with_title("Le ministre iranien s'est rendu à Berlin.", "L'Iran accuse Israël")
    view = headline_view(article)
    assert view is not None and [a.id for a in view.actors] == ["Iran"]
    assert [e.part for e in coders["fr"].code_article(article)] == ["body"]


@pytest.mark.model
def test_the_headline_is_coded_after_the_body(coders: dict[str, Coder]) -> None:
    article = _with_title(
        "Le ministre iranien s'est rendu mardi à Berlin. Israël a démenti toute implication.",
        "L'Iran accuse Israël",
    )
    events = coders["fr"].code_article(article)
    title = [e for e in events if e.part == "title"]
    assert [described(article, e) for e in title] == [
        ("ACCUSE", frozenset({"IRN"}), frozenset({"ISR"}), "asserted")
    ]
    assert title[0].trigger is not None and title[0].trigger.text == "accuse"
    evidence = title[0].evidence
    assert (article.title or "")[evidence.start : evidence.end] == evidence.text
    # the headline tells the lead's news: the date of the body's first dated event
    assert title[0].date == "2024-06-18"
    assert events[: len(events) - 1] == [e for e in events if e.part == "body"]


@pytest.mark.model
def test_an_event_the_body_states_is_coded_once_with_the_body_evidence(
    coders: dict[str, Coder],
) -> None:
    article = _with_title("L'Iran a accusé Israël de sabotage lundi.", "L'Iran accuse Israël")
    events = coders["fr"].code_article(article)
    assert [(e.type, e.part) for e in events] == [("ACCUSE", "body")]


def _paragraphed(text: str) -> Article:
    """An unparsed article whose paragraphs are the blocks between blank lines."""
    return _with_paragraphs(Article(raw=text, text=text, language="fr"))


def _with_paragraphs(article: Article) -> Article:
    """``article`` with the blocks of its text between blank lines as its paragraphs."""
    at = 0
    for block in article.text.split("\n\n"):
        article.paragraphs.append(Span(at, at + len(block), block))
        at += len(block) + 2
    return article


def _paragraph_starts(article: Article) -> list[bool]:
    return [subheading(article, p.start) for p in article.paragraphs]


def test_a_short_inner_line_with_no_stop_is_a_subheading() -> None:
    article = _paragraphed(
        "Les combats ont repris.\n\nMoscou rejette la faute\n\nLa Russie dément.\n\nFin"
    )
    # the last paragraph and the first are no subheadings, whatever they end with
    assert _paragraph_starts(article) == [False, True, False, False]


def test_a_line_ending_with_a_stop_or_too_long_is_news() -> None:
    long = "Le ministre a longuement détaillé " + "les mesures prises par son gouvernement " * 3
    article = _paragraphed(
        f"Début.\n\n13h05 – Les Houthis promettent des représailles.\n\n{long}\n\nFin."
    )
    assert _paragraph_starts(article) == [False, False, False, False]


def test_a_closing_quote_is_not_a_stop() -> None:
    article = _paragraphed("Début.\n\n17h10 – Nétanyahou promet de frapper « avec force »\n\nFin.")
    assert _paragraph_starts(article)[1]
    quoted = _paragraphed("Début.\n\n« Nous frapperons avec force. »\n\nFin.")
    assert not _paragraph_starts(quoted)[1]


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "kept", "subheading"),
    [
        (
            "fr",
            "Les combats ont repris mardi.\n\nL'Iran accuse Israël\n\n"
            "Téhéran a accusé Israël mercredi d'avoir frappé son consulat.",
            "accusé",
            "accuse",
        ),
        (
            "en",
            "Fighting resumed on Tuesday.\n\nIran condemns Israel\n\n"
            "Tehran condemned Israel on Wednesday for the strike on its consulate.",
            "condemned",
            "condemns",
        ),
    ],
)
def test_a_subheading_states_no_event(
    coders: dict[str, Coder], lang: str, text: str, kept: str, subheading: str
) -> None:
    article = _with_paragraphs(make_article(text, lang))
    parts = [e.trigger.text if e.trigger else "" for e in coders[lang].code_article(article)]
    assert kept in parts and subheading not in parts, parts
