"""Modality read by :class:`~newsgraph.events.modality.ModalityReader` on parses written by hand
(no model needed): verb forms, negation, modals, denial, the modality a clause passes on."""

from __future__ import annotations

import pytest

from newsgraph.events.modality import ModalityReader
from newsgraph.events.syntax import Tree

from .syntax_rows import CONDITIONAL
from .trees import parse


def test_a_conditional_is_read_from_the_verb_form_when_the_parser_misses_it(fr: Tree) -> None:
    doc = parse(CONDITIONAL)
    reader = ModalityReader(fr)
    assert reader.conditional(doc[5])  # "pourraient": future stem "pourr" + "aient"
    assert reader.read(doc[6], fr.chain(doc[6])).modality == "hypothetical"


@pytest.mark.parametrize(
    ("word", "lemma", "conditional", "future"),
    [
        ("signerait", "signer", True, False),
        ("signera", "signer", False, True),
        ("signait", "signer", False, False),
        ("prendrait", "prendre", True, False),
        ("paiera", "payer", False, True),
        ("serait", "être", True, False),
        ("déclarait", "déclarer", False, False),
        ("signe", "signer", False, False),
        ("appellerons", "appeler", False, True),  # -eler, -eter: doubled consonant
        ("renouvellerait", "renouveler", True, False),
        ("appelle", "appeler", False, False),
        ("mènera", "mener", False, True),  # e of the stem grave
        ("lèveraient", "lever", True, False),
        ("menait", "mener", False, False),
    ],
)
def test_french_verb_forms(
    fr: Tree, word: str, lemma: str, conditional: bool, future: bool
) -> None:
    doc = parse([(word, lemma, "VERB", "VerbForm=Fin", 0, "ROOT")])
    reader = ModalityReader(fr)
    assert reader.conditional(doc[0]) is conditional
    assert reader.future(doc[0]) is future


def negated(rows: list[tuple[str, str, str, str, int, str]], tree: Tree, at: int) -> str:
    doc = parse(rows)
    return ModalityReader(tree).read(doc[at], tree.chain(doc[at])).modality


def test_french_negation_needs_ne_and_a_negative_word(fr: Tree) -> None:
    kiev = ("Kiev", "Kiev", "PROPN", "", 4, "nsubj")
    ne = ("n'", "ne", "ADV", "Polarity=Neg", 4, "advmod")
    a = ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense")
    signed = ("signé", "signer", "VERB", "VerbForm=Part", 4, "ROOT")
    pas = ("pas", "pas", "ADV", "Polarity=Neg", 4, "advmod")
    que = ("que", "que", "ADV", "", 4, "advmod")
    assert negated([kiev, ne, a, que, signed], fr, 4) == "asserted"  # "ne… que": only
    assert negated([kiev, ne, a, pas, signed], fr, 4) == "negated"


def test_english_modals(en: Tree) -> None:
    def reading(aux: str, lemma: str) -> str:
        rows = [
            ("Russia", "Russia", "PROPN", "", 2, "nsubj"),
            (aux, lemma, "AUX", "VerbForm=Fin", 2, "aux"),
            ("attack", "attack", "VERB", "VerbForm=Inf", 2, "ROOT"),
            ("Kyiv", "Kyiv", "PROPN", "", 2, "dobj"),
        ]
        return negated(rows, en, 2)

    assert reading("could", "could") == "hypothetical"
    assert reading("will", "will") == "future"
    assert reading("would", "would") == "hypothetical"
    assert reading("did", "do") == "asserted"


def test_a_denial_above_the_trigger_makes_it_denied(en: Tree) -> None:
    # "Tehran denied supplying missiles"
    rows = [
        ("Tehran", "Tehran", "PROPN", "", 1, "nsubj"),
        ("denied", "deny", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
        ("supplying", "supply", "VERB", "VerbForm=Ger", 1, "xcomp"),
        ("missiles", "missile", "NOUN", "", 2, "dobj"),
    ]
    assert negated(rows, en, 2) == "denied"


def test_a_denial_reaches_its_clausal_complement(en: Tree) -> None:
    # "Tehran denied that it supplied missiles"
    rows = [
        ("Tehran", "Tehran", "PROPN", "", 1, "nsubj"),
        ("denied", "deny", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
        ("that", "that", "SCONJ", "", 4, "mark"),
        ("it", "it", "PRON", "", 4, "nsubj"),
        ("supplied", "supply", "VERB", "VerbForm=Fin|Tense=Past", 1, "ccomp"),
        ("missiles", "missile", "NOUN", "", 4, "dobj"),
    ]
    assert negated(rows, en, 4) == "denied"


def test_a_denial_does_not_reach_a_clause_of_circumstance(en: Tree, fr: Tree) -> None:
    # "Islamabad denied any role , called for an inquiry": the call is made, not denied
    english = [
        ("Islamabad", "Islamabad", "PROPN", "", 1, "nsubj"),
        ("denied", "deny", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
        ("any", "any", "DET", "", 3, "det"),
        ("role", "role", "NOUN", "", 1, "dobj"),
        (",", ",", "PUNCT", "", 1, "punct"),
        ("called", "call", "VERB", "VerbForm=Fin|Tense=Past", 1, "advcl"),
        ("for", "for", "ADP", "", 5, "prep"),
        ("inquiry", "inquiry", "NOUN", "", 6, "pobj"),
    ]
    assert negated(english, en, 5) == "asserted"
    # "Kigali a nié tout rôle , a réclamé une enquête"
    french = [
        ("Kigali", "Kigali", "PROPN", "", 2, "nsubj"),
        ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 2, "aux:tense"),
        ("nié", "nier", "VERB", "VerbForm=Part|Tense=Past", 2, "ROOT"),
        ("tout", "tout", "DET", "", 4, "det"),
        ("rôle", "rôle", "NOUN", "", 2, "obj"),
        (",", ",", "PUNCT", "", 7, "punct"),
        ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 7, "aux:tense"),
        ("réclamé", "réclamer", "VERB", "VerbForm=Part|Tense=Past", 2, "advcl"),
        ("une", "un", "DET", "", 9, "det"),
        ("enquête", "enquête", "NOUN", "", 7, "obj"),
    ]
    assert negated(french, fr, 7) == "asserted"


def test_would_under_a_verb_of_saying_is_the_future(en: Tree) -> None:
    # "Lithuania said it would impose bans"
    rows = [
        ("Lithuania", "Lithuania", "PROPN", "", 1, "nsubj"),
        ("said", "say", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
        ("it", "it", "PRON", "", 4, "nsubj"),
        ("would", "would", "AUX", "VerbForm=Fin", 4, "aux"),
        ("impose", "impose", "VERB", "VerbForm=Inf", 1, "ccomp"),
        ("bans", "ban", "NOUN", "", 4, "dobj"),
    ]
    assert negated(rows, en, 4) == "future"


def test_a_participle_of_circumstance_keeps_its_own_modality(en: Tree) -> None:
    # "Georgia would not reverse its decision , rejecting an appeal"
    rows = [
        ("Georgia", "Georgia", "PROPN", "", 3, "nsubj"),
        ("would", "would", "AUX", "VerbForm=Fin", 3, "aux"),
        ("not", "not", "PART", "Polarity=Neg", 3, "neg"),
        ("reverse", "reverse", "VERB", "VerbForm=Inf", 3, "ROOT"),
        ("its", "its", "PRON", "Poss=Yes", 5, "poss"),
        ("decision", "decision", "NOUN", "", 3, "dobj"),
        (",", ",", "PUNCT", "", 3, "punct"),
        ("rejecting", "reject", "VERB", "Tense=Pres|VerbForm=Part", 3, "advcl"),
        ("an", "a", "DET", "", 9, "det"),
        ("appeal", "appeal", "NOUN", "", 7, "dobj"),
    ]
    assert negated(rows, en, 3) == "negated"
    assert negated(rows, en, 7) == "asserted"


def test_a_gerund_shares_the_modality_of_its_clause(fr: Tree) -> None:
    # "Alger pourrait aller plus loin , en fermant son espace aérien"
    rows = [
        ("Alger", "Alger", "PROPN", "", 1, "nsubj"),
        ("pourrait", "pouvoir", "VERB", "Mood=Cnd|VerbForm=Fin", 1, "ROOT"),
        ("aller", "aller", "VERB", "VerbForm=Inf", 1, "xcomp"),
        (",", ",", "PUNCT", "", 2, "punct"),
        ("en", "en", "ADP", "", 5, "mark"),
        ("fermant", "fermer", "VERB", "Tense=Pres|VerbForm=Part", 2, "advcl"),
        ("son", "son", "DET", "Poss=Yes", 7, "det"),
        ("espace", "espace", "NOUN", "", 5, "obj"),
    ]
    assert negated(rows, fr, 5) == "hypothetical"


def test_a_negative_determiner_on_the_subject_negates_the_act(en: Tree) -> None:
    # "Neither Danish officials met Vance", "No Danish officials met Vance"
    def reading(determiner: str) -> str:
        rows = [
            (determiner, determiner.lower(), "DET", "", 2, "det"),
            ("Danish", "Danish", "ADJ", "", 2, "amod"),
            ("officials", "official", "NOUN", "", 3, "nsubj"),
            ("met", "meet", "VERB", "VerbForm=Fin|Tense=Past", 3, "ROOT"),
            ("Vance", "Vance", "PROPN", "", 3, "dobj"),
        ]
        return negated(rows, en, 3)

    assert reading("Neither") == "negated"
    assert reading("No") == "negated"
    assert reading("The") == "asserted"


def test_should_states_an_obligation_not_a_fact(en: Tree) -> None:
    # "Japan should consult its neighbours": what ought to be done is not done
    rows = [
        ("Japan", "Japan", "PROPN", "", 2, "nsubj"),
        ("should", "should", "AUX", "VerbForm=Fin", 2, "aux"),
        ("consult", "consult", "VERB", "VerbForm=Inf", 2, "ROOT"),
        ("neighbours", "neighbour", "NOUN", "", 2, "dobj"),
    ]
    assert negated(rows, en, 2) == "hypothetical"
