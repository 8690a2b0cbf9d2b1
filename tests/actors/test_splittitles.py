"""Titles a country adjective splits in two (:mod:`newsgraph.actors.splittitles`)."""

from __future__ import annotations

from newsgraph.actors.gazetteer import Gazetteer, Hit, tokens
from newsgraph.actors.splittitles import joined_titles
from newsgraph.knowledge import CountryMatch


def _lexicon() -> Gazetteer[str]:
    lexicon: Gazetteer[str] = Gazetteer()
    lexicon.add("ministre", "minister")
    lexicon.add("ministre des Affaires étrangères", "foreign minister")
    lexicon.add("Affaires étrangères", "foreign affairs")
    return lexicon


def _adjective(text: str, word: str) -> Hit[CountryMatch]:
    start = text.index(word)
    match = CountryMatch(None, "adjective")  # type: ignore[arg-type]  # no country needed
    return Hit(start, start + len(word), word, (match,))


def _joined(text: str, word: str | None) -> list[tuple[str, tuple[str, ...]]]:
    toks = tokens(text)
    lexicon = _lexicon()
    names = [_adjective(text, word)] if word else []
    hits = joined_titles(text, toks, lexicon.find(text, toks), lexicon, names)
    return [(h.text, h.values) for h in hits]


def test_the_adjective_inside_a_title_joins_its_two_parts() -> None:
    text = "le ministre vellanien des Affaires étrangères a parlé"
    assert _joined(text, "vellanien") == [
        ("ministre vellanien des Affaires étrangères", ("foreign minister",))
    ]


def test_no_adjective_or_no_longer_title_leaves_the_title_as_found() -> None:
    text = "le ministre vellanien a parlé des Affaires étrangères"
    assert _joined(text, "vellanien") == [
        ("ministre", ("minister",)),
        ("Affaires étrangères", ("foreign affairs",)),
    ]
    text = "le ministre des Affaires étrangères a parlé"
    assert _joined(text, None) == [("ministre des Affaires étrangères", ("foreign minister",))]
    text = "le ministre, vellanien des Affaires étrangères"
    assert _joined(text, "vellanien") == [
        ("ministre", ("minister",)),
        ("Affaires étrangères", ("foreign affairs",)),
    ]
