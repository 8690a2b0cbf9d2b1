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

from spacy.tokens import Token

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


@cache
def given_names(kb: KnowledgeBase, language: str) -> frozenset[str]:
    """Given names in lower case: the first words of the knowledge base's full names and the
    language's ``given_name_genders`` and ``given_names`` ("david", "emily", "nicola"), less
    the language's titles and honorifics, which open some of those full names ("General",
    "Grand" of "Grand Duke …"): "Ukrainian General Staff said …" names no one."""
    lexicon = load_quotes(language)
    listed = {n.lower() for n in (*lexicon.given_name_genders, *lexicon.given_names)}
    titles = {t.lower() for t in (*lexicon.title_nouns, *lexicon.noun_genders)}
    return frozenset((listed | _given_names(kb)) - titles)


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


def reported_names(
    article: Article,
    given: frozenset[str],
    taken: list[tuple[int, int]],
    orgs: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Full names the parser makes the subject of a reporting verb, or of any verb when a noun
    in apposition describes them, which the entity model missed or took for something else
    ("Ilona Varga said …", "Detective Inspector Ilona Varga told reporters …", "Ilona Varga,
    a teacher in Pécs, joined the strike" → "Ilona Varga"): a given name of ``given`` (lower
    case) and one or two capitalised proper nouns after it, ending on the subject, none of them
    in a span of ``taken`` (the knowledge base's names and the model's people). A name the
    entity model has for an organisation (``orgs``: "Morgan Stanley said …") is a person's
    only with a title before it or a noun in apposition; none takes an article ("The
    Ukrainian General Staff denied …")."""
    if article.doc is None or article.language is None:
        return []
    verbs = load_quotes(article.language).verbs
    found = []
    for token in article.doc:
        if token.dep_ != "nsubj" or not _name_word(token):
            continue
        if any(c.dep_ in ("det", "poss") for c in token.children):
            continue  # "the Ukrainian General Staff": no one's name takes an article
        described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children)
        if token.head.lemma_ not in verbs and not described:
            continue
        parts = [token]
        for child in reversed([c for c in token.children if c.i < token.i]):
            if child.i != parts[0].i - 1 or child.dep_ not in _NAME_PARTS or not _name_word(child):
                break
            parts.insert(0, child)
        first = next((k for k, t in enumerate(parts) if t.lower_ in given), None)
        if first is None or not 2 <= len(parts) - first <= 3:
            continue
        start, end = parts[first].idx, token.idx + len(token.text)
        vouched = described or first > 0
        if not any(s < end and start < e for s, e in taken + ([] if vouched else orgs)):
            found.append((start, end))
    return found


def _name_word(token: Token) -> bool:
    """A capitalised proper noun: a word of a person's name."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()
