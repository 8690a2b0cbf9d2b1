"""A known person named by surname alone in an article that has no date.

The knowledge base resolves a bare surname to the one person of that name in office on the
article's day (:meth:`KnowledgeBase.by_surname`). Text written by hand often has no date: there a
surname resolves when it names exactly one person of the whole knowledge base and is no
country, capital or organisation name ("Netanyahu said …" → Benjamin Netanyahu; "Khan" names
three people, "Georgia" is a country, "Mark" some people's given name, and "May" a word the
article also writes in lower case, so none of them resolves)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..article import Article
from ..knowledge import KnowledgeBase, Person
from ..knowledge.base import normalize
from ..quotes.lexicon import load as load_quotes

#: Dependents that make a proper noun part of a longer name ("Mette Frederiksen").
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "appos"})


@cache
def _given_names(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the knowledge base's full names ("David", "Mark", "Martin"), which
    a bare word may be as well as a surname."""
    return frozenset(
        normalize(name.split()[0], False)
        for person in kb.people
        for name in person.names
        if len(name.split()) >= 2
    )


def common_word(surname: str, text: str) -> bool:
    """Whether ``text`` also writes ``surname`` in lower case, as a word of the language ("May"
    beside "may", "Young" beside "young")."""
    return re.search(rf"\b{re.escape(surname.lower())}\b", text) is not None


def sole_bearer(kb: KnowledgeBase, surname: str) -> Person | None:
    """The one person of the knowledge base whose surname is ``surname``, unless the word also
    names a country, a capital or an organisation ("Maduro" → Nicolás Maduro; "Khan" → None)."""
    if kb.country(surname) is not None or kb.organization(surname) is not None:
        return None
    if normalize(surname, False) in _given_names(kb):
        return None
    people = kb.bearers(surname)
    return people[0] if len(people) == 1 else None


def by_surname(kb: KnowledgeBase, surname: str, on: dt.date | None, text: str) -> Person | None:
    """The person a bare surname names: the one in office on ``on``; in an article ``text``
    without a date, the knowledge base's only bearer of that surname, unless the article uses
    the surname as a common word."""
    if on is not None:
        return kb.by_surname(surname, on)
    return None if common_word(surname, text) else sole_bearer(kb, surname)


def reported_subjects(article: Article) -> list[tuple[int, int]]:
    """Single proper nouns the parser makes the subject of a reporting verb, which the entity
    model may not tag as people ("Frederiksen said …", "Maduro a déclaré …"): the words a
    bare surname can be, whatever their tag."""
    if article.doc is None or article.language is None:
        return []
    verbs = load_quotes(article.language).verbs
    found = []
    for token in article.doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if token.head.lemma_ in verbs and not any(c.dep_ in _NAME_PARTS for c in token.children):
            found.append((token.idx, token.idx + len(token.text)))
    return found
