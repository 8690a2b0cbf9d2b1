"""Mending a finite verb the tagger reads as an adverb or a noun after its subject."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_verbs import mend_verbs
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def built(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A French doc with the given tags and tree, as a tagger might slip on it."""
    return Doc(spacy.blank("fr").vocab, words=words, pos=pos, heads=heads, deps=deps)


def relations(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_denial_read_as_an_adverb_takes_its_subject_and_object() -> None:
    doc = built(
        ["Alger", "dément", "toute", "implication", "."],
        ["PROPN", "ADV", "DET", "NOUN", "PUNCT"],
        [3, 3, 3, 3, 3],
        ["nmod", "advmod", "det", "ROOT", "punct"],
    )
    mend_verbs(doc)
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "démentir")
    assert relations(doc)[:4] == [
        ("Alger", "nsubj", "dément"),
        ("dément", "ROOT", "dément"),
        ("toute", "det", "implication"),
        ("implication", "obj", "dément"),
    ]


def test_a_relative_denial_hangs_on_the_antecedent_of_que() -> None:
    # "…, ce que Bamako conteste." with "ce" the subject of "conteste", read as a noun
    doc = built(
        ["Ils", "ont", "tiré", ",", "ce", "que", "Bamako", "conteste", "."],
        ["PRON", "AUX", "VERB", "PUNCT", "PRON", "PRON", "PROPN", "NOUN", "PUNCT"],
        [2, 2, 2, 2, 7, 6, 4, 2, 2],
        ["nsubj", "aux", "ROOT", "punct", "nsubj", "mark", "dep", "advcl", "punct"],
    )
    mend_verbs(doc)
    assert doc[7].pos_ == "VERB"
    assert relations(doc)[4:8] == [
        ("ce", "advcl", "tiré"),
        ("que", "obj", "conteste"),
        ("Bamako", "nsubj", "conteste"),
        ("conteste", "acl:relcl", "ce"),
    ]


def test_adverbs_after_the_verb_are_its_own_and_its_object_follows_them() -> None:
    doc = built(
        ["Moscou", "dément", "catégoriquement", "ces", "informations", "."],
        ["PROPN", "ADV", "ADV", "DET", "NOUN", "PUNCT"],
        [0, 0, 0, 4, 0, 0],
        ["ROOT", "advmod", "advmod", "det", "nmod", "punct"],
    )
    mend_verbs(doc)
    assert relations(doc)[:5] == [
        ("Moscou", "nsubj", "dément"),
        ("dément", "ROOT", "dément"),
        ("catégoriquement", "advmod", "dément"),
        ("ces", "det", "informations"),
        ("informations", "obj", "dément"),
    ]


def test_a_compound_infinitive_after_the_verb_is_its_complement() -> None:
    # "Tarvie dément avoir ouvert le feu." with "dément" an adverb of "ouvert"
    doc = Doc(
        spacy.blank("fr").vocab,
        words=["Tarvie", "dément", "avoir", "ouvert", "le", "feu", "."],
        pos=["PROPN", "ADV", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[0, 3, 3, 0, 5, 3, 0],
        deps=["ROOT", "advmod", "aux:tense", "acl", "det", "obj", "punct"],
        morphs=["", "", "VerbForm=Inf", "VerbForm=Part", "", "", ""],
    )
    mend_verbs(doc)
    assert doc[1].pos_ == "VERB"
    assert relations(doc)[:4] == [
        ("Tarvie", "nsubj", "dément"),
        ("dément", "ROOT", "dément"),
        ("avoir", "aux:tense", "ouvert"),
        ("ouvert", "xcomp", "dément"),
    ]


def test_a_finite_verb_after_the_verb_is_no_complement() -> None:
    # "Tarvie dément, ouvre le feu" is no infinitive: the verb keeps its place
    doc = Doc(
        spacy.blank("fr").vocab,
        words=["Tarvie", "dément", "ouvre", "le", "feu", "."],
        pos=["PROPN", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[2, 2, 2, 4, 2, 2],
        deps=["nsubj", "advmod", "ROOT", "det", "obj", "punct"],
        morphs=["", "", "VerbForm=Fin", "", "", ""],
    )
    mend_verbs(doc)
    assert ("ouvre", "ROOT", "ouvre") in relations(doc)


def test_a_relative_with_no_antecedent_is_left() -> None:
    doc = built(
        ["Kiev", "accuse", ",", "que", "Moscou", "dément", "."],
        ["PROPN", "VERB", "PUNCT", "PRON", "PROPN", "ADV", "PUNCT"],
        [1, 1, 1, 4, 1, 4, 1],
        ["nsubj", "ROOT", "punct", "mark", "obj", "advmod", "punct"],
    )
    mend_verbs(doc)
    assert doc[5].pos_ == "ADV"


def test_a_form_after_no_noun_phrase_is_left() -> None:
    doc = built(
        ["Il", "le", "dément", "."],
        ["PRON", "PRON", "ADV", "PUNCT"],
        [2, 2, 2, 2],
        ["nsubj", "obj", "ROOT", "punct"],
    )
    mend_verbs(doc)
    assert doc[2].pos_ == "ADV"


def test_a_language_without_slips_is_left() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Algiers", "dément", "it"],
        pos=["PROPN", "ADV", "PRON"],
        heads=[0, 0, 1],
        deps=["ROOT", "advmod", "obj"],
    )
    mend_verbs(doc)
    assert doc[1].pos_ == "ADV"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Kiev accuse Moscou, ce que le Kremlin dément.", "dément", "Kremlin"),
        ("Alger dément toute implication dans l'enlèvement.", "dément", "Alger"),
        ("Les frappes ont tué 21 civils, ce que Bamako conteste.", "conteste", "Bamako"),
        ("Emmanuel Macron juge que la trêve est fragile.", "juge", "Emmanuel"),
    ],
)
def test_the_parsed_slips_are_verbs_with_their_subject(text: str, verb: str, subject: str) -> None:
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    word = next(t for t in doc if t.text == verb)
    assert word.pos_ == "VERB"
    assert [t.text for t in word.children if t.dep_ == "nsubj"] == [subject]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Le parquet a saisi un juge d'instruction.", "Une juge fédérale a suspendu le décret."],
)
def test_a_slipping_form_that_is_a_noun_after_its_article_is_left(text: str) -> None:
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    assert next(t for t in doc if t.text == "juge").pos_ == "NOUN"


def test_a_verb_after_a_subject_set_off_by_commas_takes_the_clause_after_it() -> None:
    # "La ministre, Ilona Varga, juge pour sa part que les mesures arrivent tard."
    words = ["La", "ministre", ",", "Ilona", "Varga", ",", "juge", "pour", "sa", "part"]
    words += ["que", "les", "mesures", "arrivent", "tard", "."]
    tags = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN"]
    tags += ["SCONJ", "DET", "NOUN", "VERB", "ADV", "PUNCT"]
    deps = ["det", "nsubj", "punct", "appos", "flat:name", "punct", "appos", "case", "det"]
    deps += ["nmod", "mark", "det", "nsubj", "ROOT", "advmod", "punct"]
    doc = built(
        words,
        tags,
        [1, 13, 1, 1, 3, 1, 1, 9, 9, 6, 13, 12, 13, 13, 13, 13],
        deps,
    )
    mend_verbs(doc)
    assert (doc[6].pos_, doc[6].lemma_) == ("VERB", "juger")
    found = relations(doc)
    assert found[1] == ("ministre", "nsubj", "juge")
    assert found[6] == ("juge", "ROOT", "juge")
    assert found[13] == ("arrivent", "ccomp", "juge")


def test_an_apposition_of_a_title_after_a_name_stays_a_noun() -> None:
    # "Anne Roy, juge d'instruction, a dit": no clause after the form
    doc = built(
        ["Anne", "Roy", ",", "juge", "d'", "instruction", ",", "a", "dit", "."],
        ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"],
        [8, 0, 3, 0, 5, 3, 3, 8, 8, 8],
        ["nsubj", "flat:name", "punct", "appos", "case", "nmod", "punct", "aux", "ROOT", "punct"],
    )
    mend_verbs(doc)
    assert doc[3].pos_ == "NOUN"
    assert relations(doc)[3] == ("juge", "appos", "Anne")


@pytest.mark.model
def test_an_apposition_holding_a_relative_clause_stays_a_noun() -> None:
    text = "Anne Roy, juge d'instruction que le tribunal a nommée, a dit que l'enquête avançait."
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    assert next(t for t in doc if t.text == "juge").pos_ == "NOUN"


def test_a_form_after_a_subject_pronoun_takes_the_clause_after_it() -> None:
    # "Elle juge que les digues cèdent." with "juge" tagged a noun, its tree right
    words = ["Elle", "juge", "que", "les", "digues", "cèdent", "."]
    tags = ["PRON", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    doc = built(words, tags, [1, 1, 5, 4, 5, 1, 1], deps)
    mend_verbs(doc)
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "juger")
    found = relations(doc)
    assert found[0] == ("Elle", "nsubj", "juge")
    assert found[5] == ("cèdent", "ccomp", "juge")


def test_a_form_after_a_subject_pronoun_with_no_clause_stays_a_noun() -> None:
    # "Elle juge mal." : no clause after the form
    doc = built(
        ["Elle", "juge", "mal", "."],
        ["PRON", "NOUN", "ADV", "PUNCT"],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "advmod", "punct"],
    )
    mend_verbs(doc)
    assert doc[1].pos_ == "NOUN"


def test_a_form_after_a_subject_pronoun_takes_a_clause_headed_by_a_copula() -> None:
    # "Il juge que la taxe est injuste." with "juge" tagged a noun, its tree right
    words = ["Il", "juge", "que", "la", "taxe", "est", "injuste", "."]
    tags = ["PRON", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "cop", "ccomp", "punct"]
    doc = built(words, tags, [1, 1, 6, 4, 6, 6, 1, 1], deps)
    mend_verbs(doc)
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "juger")
    assert relations(doc)[6] == ("injuste", "ccomp", "juge")


def test_a_form_after_a_subject_pronoun_takes_the_place_of_the_clause_it_governs() -> None:
    # "Il juge que les quais cèdent." with "juge" a noun hung on "Il", and the clause the
    # root of the sentence": "juge" takes its place, "Il" and the clause under it
    words = ["Il", "juge", "que", "les", "quais", "cèdent", "."]
    tags = ["PRON", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    deps = ["nsubj", "appos", "mark", "det", "nsubj", "ROOT", "punct"]
    doc = built(words, tags, [5, 0, 5, 4, 5, 5, 5], deps)
    mend_verbs(doc)
    assert doc[1].pos_ == "VERB"
    found = relations(doc)
    assert found[:2] == [("Il", "nsubj", "juge"), ("juge", "ROOT", "juge")]
    assert found[5] == ("cèdent", "ccomp", "juge")


@pytest.mark.model
def test_a_form_after_a_subject_pronoun_before_a_copular_clause_is_a_verb() -> None:
    text = "La Bolivie a répondu mardi. Elle juge que cette sanction est abusive."
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    verb = next(t for t in doc if t.text == "juge")
    assert verb.pos_ == "VERB"
    assert {(c.text, c.dep_) for c in verb.children} >= {("Elle", "nsubj"), ("abusive", "ccomp")}
