"""The doer of a verb whose subject is a hyphened pronoun in an incise ("« … », a-t-il
accusé"): on parses written by hand, then with the French model and a quote's speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Pipeline
from newsgraph.article import Article, Quote
from newsgraph.events import Coder
from newsgraph.events.clitics import hosted_quote, incise_quote, inverted_pronoun
from newsgraph.events.syntax import Tree

from ..conftest import page
from .helpers import described, make_article
from .trees import parse


def incise(verb: str, lemma: str) -> list[tuple[str, str, str, str, int, str]]:
    """ "« Ils mentent » , a -t -il VERB ." as the French model parses it: "-t" the subject,
    "-il" a passive subject."""
    return [
        ("«", "«", "PUNCT", "", 2, "punct"),
        ("Ils", "il", "PRON", "Person=3", 2, "nsubj"),
        ("mentent", "mentir", "VERB", "VerbForm=Fin", 2, "ROOT"),
        ("»", "»", "PUNCT", "", 2, "punct"),
        (",", ",", "PUNCT", "", 8, "punct"),
        ("a", "avoir", "AUX", "VerbForm=Fin", 8, "aux:tense"),
        ("-t", "-t", "PRON", "Person=3", 8, "nsubj"),
        ("-il", "il", "PRON", "Person=3", 8, "nsubj:pass"),
        (verb, lemma, "VERB", "VerbForm=Part", 2, "advcl"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ]


def test_the_hyphened_pronoun_is_found_and_the_euphonic_t_is_not() -> None:
    doc = parse(incise("accusé", "accuser"))
    assert inverted_pronoun(doc[8]).text == "-il"
    rows = incise("accusé", "accuser")
    rows[7] = ("Paris", "Paris", "PROPN", "", 8, "obj")  # "a-t Paris": no pronoun
    assert inverted_pronoun(parse(rows)[8]) is None


def test_an_incise_with_a_hyphened_pronoun_gives_the_last_quoted_word(fr: Tree) -> None:
    doc = parse(incise("accusé", "accuser"))
    assert incise_quote(fr.lexicon, doc[8]).text == "mentent"


def test_a_verb_of_warning_in_an_incise_is_left_to_the_quotation(fr: Tree) -> None:
    doc = parse(incise("averti", "avertir"))
    assert incise_quote(fr.lexicon, doc[8]) is None


def test_a_question_with_a_hyphened_pronoun_is_no_incise(fr: Tree) -> None:
    # "Pourquoi a -t -il accusé Paris ?": no quotation closes before the verb
    rows = [
        ("Pourquoi", "pourquoi", "ADV", "", 4, "advmod"),
        ("a", "avoir", "AUX", "VerbForm=Fin", 4, "aux:tense"),
        ("-t", "-t", "PRON", "Person=3", 4, "nsubj"),
        ("-il", "il", "PRON", "Person=3", 4, "nsubj:pass"),
        ("accusé", "accuser", "VERB", "VerbForm=Part", 4, "ROOT"),
        ("Paris", "Paris", "PROPN", "", 4, "obj"),
        ("?", "?", "PUNCT", "", 4, "punct"),
    ]
    assert incise_quote(fr.lexicon, parse(rows)[4]) is None


def hosted(verb: str, lemma: str) -> list[tuple[str, str, str, str, int, str]]:
    """ "« Ils mentent » , a -t -il VERB , exigeant des excuses ." as the French model parses
    it: the participle an adverbial clause of the incise verb, with no subject of its own."""
    return [
        *incise(verb, lemma)[:-1],
        (",", ",", "PUNCT", "", 10, "punct"),
        ("exigeant", "exiger", "VERB", "VerbForm=Part", 8, "advcl"),
        ("des", "un", "DET", "", 12, "det"),
        ("excuses", "excuse", "NOUN", "Number=Plur", 10, "obj"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ]


def test_a_participle_on_an_incise_verb_gives_the_last_quoted_word(fr: Tree) -> None:
    doc = parse(hosted("lancé", "lancer"))
    assert hosted_quote(fr, doc[10]).text == "mentent"


def test_a_participle_on_an_incise_of_warning_gives_it_too(fr: Tree) -> None:
    doc = parse(hosted("averti", "avertir"))
    assert hosted_quote(fr, doc[10]).text == "mentent"


def test_the_incise_verb_itself_is_no_host_of_its_own(fr: Tree) -> None:
    doc = parse(hosted("averti", "avertir"))
    assert hosted_quote(fr, doc[8]) is None


def test_a_participle_with_a_subject_of_its_own_has_no_host(fr: Tree) -> None:
    rows = hosted("lancé", "lancer")
    rows[8] = ("lancé", "lancer", "VERB", "VerbForm=Part", 2, "ROOT")
    rows[10] = ("exigeant", "exiger", "VERB", "VerbForm=Part", 2, "advcl")
    rows[6] = ("Paris", "Paris", "PROPN", "", 10, "nsubj")  # no hyphened pronoun
    assert hosted_quote(fr, parse(rows)[10]) is None


@pytest.mark.model
def test_the_speaker_accuses_in_a_participle_after_the_incise(pipeline: Pipeline) -> None:
    # the guess from the context would take the ambassador's state, accusing itself
    text = page(
        "Le président chilien Gabriel Boric a reçu lundi l'ambassadeur du Pérou à Santiago.",
        "« Ces incursions doivent cesser », a-t-il martelé, accusant Lima de soutenir les "
        "contrebandiers.",
    )
    article = pipeline(Article(raw=text, published=dt.date(2024, 5, 14)))
    countries = {a.id: a.country for a in article.actors}
    found = {
        (e.type, tuple(countries[s] for s in e.source), tuple(countries[t] for t in e.target))
        for e in article.events
    }
    assert ("ACCUSE", ("CHL",), ("PER",)) in found


@pytest.mark.model
def test_the_speaker_of_the_quotation_accuses(coders: dict[str, Coder]) -> None:
    text = (
        "Le président français a parlé vendredi. « La Russie veut transformer la mer Noire "
        "en bain de sang », a-t-il accusé."
    )
    article = make_article(text, "fr")
    start = text.index("«")
    article.quotes = [Quote(text[start:], start, text.index("»") + 1, "France", True)]
    found = [described(article, e) for e in coders["fr"].code_article(article)]
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"RUS"}), "asserted") in found
