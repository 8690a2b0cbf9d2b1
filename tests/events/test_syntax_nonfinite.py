"""The subject of a non-finite verb on parses written by hand: gerunds, participles after a
comma, past infinitives and infinitives on a predicative adjective take their clause's subject."""

from __future__ import annotations

import pytest

from newsgraph.events.syntax import Tree

from .trees import parse

# "La France a riposté en expulsant douze agents ." with the gerund parsed as an oblique.
GERUND_AS_OBLIQUE = [
    ("La", "le", "DET", "", 1, "det"),
    ("France", "France", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("riposté", "riposter", "VERB", "VerbForm=Part|Tense=Past", 3, "ROOT"),
    ("en", "en", "ADP", "", 5, "case"),
    ("expulsant", "expulser", "VERB", "VerbForm=Part|Tense=Pres", 3, "obl:arg"),
    ("douze", "douze", "NUM", "", 7, "nummod"),
    ("agents", "agent", "NOUN", "", 5, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_gerund_parsed_as_an_oblique_has_its_clause_s_subject(fr: Tree) -> None:
    doc = parse(GERUND_AS_OBLIQUE)
    subject = fr.subject(doc[5])
    assert subject is not None and subject.text == "France"


def test_a_gerund_after_an_adverbial_preposition_is_done_by_the_clause_subject(en: Tree) -> None:
    # "Russia met Kyiv before calling on Beijing ." as the parser reads it: the gerund is the
    # object of "before", which hangs on "met"; Russia does the calling
    rows = [
        ("Russia", "Russia", "PROPN", "", 1, "nsubj"),
        ("met", "meet", "VERB", "Tense=Past|VerbForm=Fin", 1, "ROOT"),
        ("Kyiv", "Kyiv", "PROPN", "", 1, "dobj"),
        ("before", "before", "ADP", "", 1, "prep"),
        ("calling", "call", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", 3, "pcomp"),
        ("on", "on", "ADP", "", 4, "prep"),
        ("Beijing", "Beijing", "PROPN", "", 5, "pobj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    subject = en.subject(parse(rows)[4])
    assert subject is not None and subject.text == "Russia"
    # the preposition of a verb's own argument is no adverbial: "accused Kyiv of ordering"
    argument = [(w, lemma, p, m, h, d) for w, lemma, p, m, h, d in rows]
    argument[3] = ("of", "of", "ADP", "", 1, "prep")
    assert en.subject(parse(argument)[4]) is None


def test_a_gerund_the_parser_hangs_on_a_noun_is_done_by_its_clause_subject(fr: Tree) -> None:
    # "Paris a riposté en expulsant douze agents et en rappelant son ambassadeur ." with
    # "rappelant" coordinated to the noun "agents": Paris recalls its ambassador
    rows = [
        ("Paris", "Paris", "PROPN", "", 2, "nsubj"),
        ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 2, "aux:tense"),
        ("riposté", "riposter", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
        ("en", "en", "ADP", "", 4, "case"),
        ("expulsant", "expulser", "VERB", "Tense=Pres|VerbForm=Part", 2, "obl:mod"),
        ("douze", "douze", "NUM", "", 6, "nummod"),
        ("agents", "agent", "NOUN", "", 4, "nmod"),
        ("et", "et", "CCONJ", "", 9, "cc"),
        ("en", "en", "ADP", "", 9, "mark"),
        ("rappelant", "rappeler", "VERB", "Tense=Pres|VerbForm=Part", 6, "conj"),
        ("son", "son", "DET", "", 11, "det"),
        ("ambassadeur", "ambassadeur", "NOUN", "", 9, "obj"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ]
    subject = fr.subject(parse(rows)[9])
    assert subject is not None and subject.text == "Paris"


# "L'armée a affirmé en fin d'après-midi avoir ouvert le feu ." as the parser reads it: the
# past infinitive hangs on the adverbial noun "fin".
PAST_INFINITIVE = [
    ("L'", "le", "DET", "", 1, "det"),
    ("armée", "armée", "NOUN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("affirmé", "affirmer", "VERB", "VerbForm=Part|Tense=Past", 3, "ROOT"),
    ("en", "en", "ADP", "", 5, "case"),
    ("fin", "fin", "NOUN", "", 3, "obl:mod"),
    ("d'", "de", "ADP", "", 7, "case"),
    ("après-midi", "après-midi", "NOUN", "", 5, "nmod"),
    ("avoir", "avoir", "AUX", "VerbForm=Inf", 9, "aux:tense"),
    ("ouvert", "ouvrir", "VERB", "VerbForm=Part|Tense=Past", 5, "acl"),
    ("le", "le", "DET", "", 11, "det"),
    ("feu", "feu", "NOUN", "", 9, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_past_infinitive_hung_on_an_adverbial_noun_has_the_clause_s_subject(fr: Tree) -> None:
    doc = parse(PAST_INFINITIVE)
    subject = fr.subject(doc[9])
    assert subject is not None and subject.text == "armée"
    # a past participle with a finite auxiliary is no infinitive: "la fin qu'a ouverte"
    finite = [
        row if i != 8 else ("a", "avoir", "AUX", "VerbForm=Fin", 9, "aux:tense")
        for i, row in enumerate(PAST_INFINITIVE)
    ]
    assert fr.subject(parse(finite)[9]) is None


# "The group was ready to withdraw ." as the English parser reads it: the adjective is the
# complement of the copula, the subject hangs on the copula.
READY = [
    ("The", "the", "DET", "", 1, "det"),
    ("group", "group", "NOUN", "Number=Sing", 2, "nsubj"),
    ("was", "be", "AUX", "VerbForm=Fin|Tense=Past", 2, "ROOT"),
    ("ready", "ready", "ADJ", "Degree=Pos", 2, "acomp"),
    ("to", "to", "PART", "", 5, "aux"),
    ("withdraw", "withdraw", "VERB", "VerbForm=Inf", 3, "xcomp"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_infinitive_on_a_predicative_adjective_has_the_copula_s_subject(en: Tree) -> None:
    subject = en.subject(parse(READY)[5])
    assert subject is not None and subject.text == "group"


# "Le groupe est prêt à se retirer ." as the French parser reads it: the adjective heads the
# clause, the infinitive is its complement.
PRET = [
    ("Le", "le", "DET", "", 1, "det"),
    ("groupe", "groupe", "NOUN", "", 3, "nsubj"),
    ("est", "être", "AUX", "VerbForm=Fin", 3, "cop"),
    ("prêt", "prêt", "ADJ", "", 3, "ROOT"),
    ("à", "à", "ADP", "", 6, "mark"),
    ("se", "se", "PRON", "", 6, "expl:comp"),
    ("retirer", "retirer", "VERB", "VerbForm=Inf", 3, "xcomp"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_an_infinitive_on_a_predicative_adjective_has_its_subject_fr(fr: Tree) -> None:
    subject = fr.subject(parse(PRET)[6])
    assert subject is not None and subject.text == "groupe"


# "La junte a dénoncé l' accord , accusant Alger d' ingérence ." with "accusant" on "accord"
DETACHED_FR = [
    ("La", "le", "DET", "", 1, "det"),
    ("junte", "junte", "NOUN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("dénoncé", "dénoncer", "VERB", "VerbForm=Part|Tense=Past", 3, "ROOT"),
    ("l'", "le", "DET", "", 5, "det"),
    ("accord", "accord", "NOUN", "", 3, "obj"),
    (",", ",", "PUNCT", "", 7, "punct"),
    ("accusant", "accuser", "VERB", "VerbForm=Part|Tense=Pres", 5, "acl"),
    ("Alger", "Alger", "PROPN", "", 7, "obj"),
    ("d'", "de", "ADP", "", 10, "case"),
    ("ingérence", "ingérence", "NOUN", "", 7, "obl:arg"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


# "The junta denounced the accord , accusing Algiers of meddling ." with "accusing" on "accord"
DETACHED_EN = [
    ("The", "the", "DET", "", 1, "det"),
    ("junta", "junta", "NOUN", "", 2, "nsubj"),
    ("denounced", "denounce", "VERB", "VerbForm=Fin|Tense=Past", 2, "ROOT"),
    ("the", "the", "DET", "", 4, "det"),
    ("accord", "accord", "NOUN", "", 2, "dobj"),
    (",", ",", "PUNCT", "", 6, "punct"),
    ("accusing", "accuse", "VERB", "Aspect=Prog|VerbForm=Part|Tense=Pres", 4, "acl"),
    ("Algiers", "Algiers", "PROPN", "", 6, "dobj"),
    ("of", "of", "ADP", "", 6, "prep"),
    ("meddling", "meddling", "NOUN", "", 8, "pobj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


@pytest.mark.parametrize(
    ("lang", "rows", "verb", "doer"),
    [("fr", DETACHED_FR, 7, "junte"), ("en", DETACHED_EN, 6, "junta")],
)
def test_a_participle_after_a_comma_is_done_by_its_clause_subject(
    fr: Tree,
    en: Tree,
    lang: str,
    rows: list[tuple[str, str, str, str, int, str]],
    verb: int,
    doer: str,
) -> None:
    tree = fr if lang == "fr" else en
    doc = parse(rows)
    assert tree.subject(doc[verb]).text == doer


@pytest.mark.parametrize(
    ("lang", "rows", "verb", "clause"), [("fr", DETACHED_FR, 7, 3), ("en", DETACHED_EN, 6, 2)]
)
def test_a_participle_after_a_comma_takes_the_time_and_cues_of_its_clause(
    fr: Tree,
    en: Tree,
    lang: str,
    rows: list[tuple[str, str, str, str, int, str]],
    verb: int,
    clause: int,
) -> None:
    tree = fr if lang == "fr" else en
    doc = parse(rows)
    assert [t.i for t in tree.chain(doc[verb])] == [verb, clause]


Rows = list[tuple[str, str, str, str, int, str]]


def _without_commas(rows: Rows) -> Rows:
    """``rows`` with their commas taken out, heads renumbered."""
    kept = [i for i, row in enumerate(rows) if row[0] != ","]
    new = {old: i for i, old in enumerate(kept)}
    return [
        (w, lemma, pos, m, new[head], dep)
        for w, lemma, pos, m, head, dep in (rows[i] for i in kept)
    ]


@pytest.mark.parametrize(("lang", "rows", "verb"), [("fr", DETACHED_FR, 6), ("en", DETACHED_EN, 5)])
def test_a_participle_without_a_comma_belongs_to_its_noun(
    fr: Tree, en: Tree, lang: str, rows: Rows, verb: int
) -> None:
    tree = fr if lang == "fr" else en
    doc = parse(_without_commas(rows))
    assert doc[verb].dep_ == "acl"
    assert tree.subject(doc[verb]) is None


# "Des milliers de personnes se sont rassemblées pour exiger la démission ."
PRONOMINAL = [
    ("Des", "un", "DET", "", 1, "det"),
    ("milliers", "millier", "NOUN", "", 6, "nsubj:pass"),
    ("de", "de", "ADP", "", 3, "case"),
    ("personnes", "personne", "NOUN", "", 1, "nmod"),
    ("se", "se", "PRON", "Person=3|PronType=Prs|Reflex=Yes", 6, "expl:pass"),
    ("sont", "être", "AUX", "VerbForm=Fin|Tense=Pres", 6, "aux:tense"),
    ("rassemblées", "rassembler", "VERB", "VerbForm=Part|Tense=Past|Voice=Pass", 6, "ROOT"),
    ("pour", "pour", "ADP", "", 8, "mark"),
    ("exiger", "exiger", "VERB", "VerbForm=Inf", 6, "advcl"),
    ("la", "le", "DET", "", 10, "det"),
    ("démission", "démission", "NOUN", "", 8, "obj"),
    (".", ".", "PUNCT", "", 6, "punct"),
]


def test_a_clause_on_a_pronominal_verb_is_done_by_its_subject(fr: Tree) -> None:
    doc = parse(PRONOMINAL)
    subject = fr.subject(doc[8])
    assert subject is not None and subject.text == "milliers"
    # the pronominal verb's own subject stays its patient's: no agent for "rassemblées"
    assert fr.subject(doc[6]) is None


def test_a_clause_on_a_true_passive_has_no_doer_from_its_subject(fr: Tree) -> None:
    # "Des milliers de personnes sont rassemblées pour exiger …": without "se", whoever
    # gathered them is unnamed
    rows = list(PRONOMINAL)
    rows[4] = ("ici", "ici", "ADV", "", 6, "advmod")
    rows[5] = ("sont", "être", "AUX", "VerbForm=Fin|Tense=Pres", 6, "aux:pass")
    assert fr.subject(parse(rows)[8]) is None
