"""Mending the tense and mood the tagger gives a verb form its ending contradicts."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.mend import mend
from newsgraph.mend_tenses import future_stem, mend_tenses
from newsgraph.nlp import load_model
from newsgraph.options import DEFAULT_MODELS
from newsgraph.parseview import parse_view


def verbs(code: str, words: list[str], lemmas: list[str], morphs: list[str]) -> Doc:
    """Invented words, every one a verb with the given lemma and features."""
    return Doc(
        spacy.blank(code).vocab,
        words=words,
        pos=["VERB"] * len(words),
        lemmas=lemmas,
        morphs=morphs,
    )


PRESENT = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
IMPERFECT = "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin"


def features(doc: Doc) -> list[tuple[str, str]]:
    return [(t.morph.get("Mood")[0], t.morph.get("Tense")[0]) for t in doc]


def test_a_conditional_read_as_an_imperfect_is_a_conditional() -> None:
    doc = verbs(
        "fr",
        ["signerait", "prendraient", "soutiendrait", "ferait"],
        ["signer", "prendre", "soutenir", "faire"],
        [IMPERFECT] * 4,
    )
    mend_tenses(doc)
    assert features(doc) == [("Cnd", "Pres")] * 4
    assert doc[1].morph.get("Number") == ["Sing"]  # kept as given


def test_a_future_read_as_a_present_is_a_future() -> None:
    doc = verbs(
        "fr",
        ["céderons", "tentera", "viendront", "réduira"],
        ["céder", "tenter", "venir", "réduire"],
        [PRESENT, PRESENT, PRESENT, "Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part"],
    )
    mend_tenses(doc)
    assert features(doc) == [("Ind", "Fut")] * 4
    assert doc[3].morph.get("VerbForm") == ["Fin"]


def test_an_imperfect_read_as_a_present_is_an_imperfect() -> None:
    doc = verbs(
        "fr",
        ["exigeait", "poursuivaient", "menaçait"],
        ["exiger", "poursuivre", "menacer"],
        [PRESENT, PRESENT, "Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"],
    )
    mend_tenses(doc)
    assert features(doc) == [("Ind", "Imp")] * 3


def test_presents_the_lemmatiser_misreads_stay_presents() -> None:
    """« nait » comes with the lemma "ner", « plait » with "pler": by lemma alone they
    would read as imperfects of first-group verbs."""
    doc = verbs("fr", ["nait", "plait", "parait"], ["ner", "pler", "parer"], [PRESENT] * 3)
    mend_tenses(doc)
    assert features(doc) == [("Ind", "Pres")] * 3


def test_presents_ending_like_a_future_or_an_imperfect_stay_presents() -> None:
    doc = verbs(
        "fr",
        ["fait", "sait", "extrait"],
        ["faire", "savoir", "extraire"],
        [PRESENT] * 3,
    )
    mend_tenses(doc)
    assert features(doc) == [("Ind", "Pres")] * 3


def test_the_subjunctive_of_avoir_is_left() -> None:
    doc = verbs("fr", ["ait"], ["avoir"], ["Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"])
    mend_tenses(doc)
    assert features(doc) == [("Sub", "Pres")]


def test_a_word_not_read_as_a_verb_is_left() -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["signera"], pos=["NOUN"], lemmas=["signer"])
    mend_tenses(doc)
    assert str(doc[0].morph) == ""


def test_a_language_without_inflection_data_is_left() -> None:
    doc = verbs("en", ["signerait"], ["signer"], [IMPERFECT])
    mend_tenses(doc)
    assert features(doc) == [("Ind", "Imp")]


def test_future_stems_follow_the_listed_forms_then_the_rules() -> None:
    from newsgraph.mend_tenses import _inflection

    inflection = _inflection("fr")
    stems, rules = inflection["stems"], inflection["stem_rules"]
    assert future_stem("être", stems, rules) == "ser"
    assert future_stem("prendre", stems, rules) == "prendr"
    assert future_stem("maintenir", stems, rules) == "maintiendr"
    assert future_stem("apercevoir", stems, rules) == "apercevr"
    assert future_stem("finir", stems, rules) == "finir"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form", "mood", "tense"),
    [
        ("Selon la radio, le comité signerait l'accord mardi.", "signerait", "Cnd", "Pres"),
        ("« Nous ne céderons jamais », a lancé Paul Varenne.", "céderons", "Ind", "Fut"),
        ("La junte de Valdor exigeait alors le départ des soldats.", "exigeait", "Ind", "Imp"),
        ("La milice tirait sur la foule depuis le toit.", "tirait", "Ind", "Imp"),
        ("Nous entrons dans une phase nouvelle, dit-elle.", "entrons", "Ind", "Pres"),
    ],
)
def test_a_parsed_verb_has_the_tense_its_ending_tells(
    text: str, form: str, mood: str, tense: str
) -> None:
    doc = mend(load_model(DEFAULT_MODELS["fr"])(parse_view(text, "fr")))
    verb = next(t for t in doc if t.text == form)
    assert (verb.morph.get("Mood"), verb.morph.get("Tense")) == ([mood], [tense])
