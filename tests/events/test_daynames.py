"""A day's name given back its verb's arguments, on parses written by hand (no model needed)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.events import Coder
from newsgraph.events.daynames import day_names, give_back, month_names
from newsgraph.events.lexicon import load_lexicon

from .helpers import coded
from .trees import parse

PARTICIPLE = "VerbForm=Part|Tense=Past"

# "L' armée a été accusée jeudi par l' ONU ." with "ONU" the agent of "jeudi"
ACCUSED = [
    ("L'", "le", "DET", "", 1, "det"),
    ("armée", "armée", "NOUN", "", 4, "nsubj:pass"),
    ("a", "avoir", "AUX", "", 4, "aux:tense"),
    ("été", "être", "AUX", "", 4, "aux:pass"),
    ("accusée", "accuser", "VERB", PARTICIPLE, 4, "ROOT"),
    ("jeudi", "jeudi", "NOUN", "", 4, "xcomp"),
    ("par", "par", "ADP", "", 8, "case"),
    ("l'", "le", "DET", "", 8, "det"),
    ("ONU", "ONU", "PROPN", "", 5, "obl:agent"),
    (".", ".", "PUNCT", "", 4, "punct"),
]

# "Prague a accusé mercredi la Chine ." with "Chine" a conjunct of "mercredi"
CONJUNCT = [
    ("Prague", "Prague", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "", 2, "aux:tense"),
    ("accusé", "accuser", "VERB", PARTICIPLE, 2, "ROOT"),
    ("mercredi", "mercredi", "NOUN", "", 2, "obl:mod"),
    ("la", "le", "DET", "", 5, "det"),
    ("Chine", "Chine", "PROPN", "", 3, "conj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "Ils se sont réunis lundi et mardi ." : "mardi" stays a conjunct of "lundi"
TWO_DAYS = [
    ("Ils", "il", "PRON", "", 3, "nsubj"),
    ("se", "se", "PRON", "", 3, "expl:comp"),
    ("sont", "être", "AUX", "", 3, "aux:tense"),
    ("réunis", "réunir", "VERB", PARTICIPLE, 3, "ROOT"),
    ("lundi", "lundi", "NOUN", "", 3, "obl:mod"),
    ("et", "et", "CCONJ", "", 6, "cc"),
    ("mardi", "mardi", "NOUN", "", 4, "conj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]

# "Moscow accused Thursday Kyiv ." with "Kyiv" the object of "Thursday"
ENGLISH = [
    ("Moscow", "Moscow", "PROPN", "", 1, "nsubj"),
    ("accused", "accuse", "VERB", "", 1, "ROOT"),
    ("Thursday", "Thursday", "PROPN", "", 1, "npadvmod"),
    ("Kyiv", "Kyiv", "PROPN", "", 2, "dobj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def _mended(rows: list[tuple[str, str, str, str, int, str]], code: str = "fr") -> Any:
    doc = parse(rows)
    give_back(doc, load_lexicon(code), day_names(code))
    return doc


def test_the_agent_of_a_day_is_the_verbs() -> None:
    doc = _mended(ACCUSED)
    assert doc[8].head.i == 4 and doc[8].dep_ == "obl:agent"


def test_a_bare_conjunct_of_a_day_is_the_verbs_object() -> None:
    doc = _mended(CONJUNCT)
    assert doc[5].head.i == 2 and doc[5].dep_ == "obj"


def test_a_day_coordinated_with_a_day_stays() -> None:
    doc = _mended(TWO_DAYS)
    assert doc[6].head.i == 4 and doc[6].dep_ == "conj"


def test_a_day_on_a_noun_keeps_its_dependents() -> None:
    rows = list(ACCUSED)
    rows[4] = ("accusation", "accusation", "NOUN", "", 4, "ROOT")
    doc = _mended(rows)
    assert doc[8].head.i == 5


def test_the_object_of_an_english_day_is_the_verbs() -> None:
    doc = _mended(ENGLISH, "en")
    assert doc[3].head.i == 1


def test_day_names_are_read_from_the_dates_lexicon() -> None:
    assert "jeudi" in day_names("fr") and "thursday" in day_names("en")


# "Pékin a lancé mardi des manœuvres ." with "des" taken for a preposition
MANOEUVRES = [
    ("Pékin", "Pékin", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "", 2, "aux:tense"),
    ("lancé", "lancer", "VERB", PARTICIPLE, 2, "ROOT"),
    ("mardi", "mardi", "NOUN", "", 2, "obl:mod"),
    ("des", "de", "ADP", "", 5, "case"),
    ("manœuvres", "manœuvre", "NOUN", "", 2, "obl:arg"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_indefinite_article_after_a_day_opens_the_verbs_object() -> None:
    doc = _mended(MANOEUVRES)
    assert doc[5].dep_ == "obj" and doc[4].dep_ == "det"


def test_a_pronominal_verb_keeps_its_complement_with_de() -> None:
    # "Les rebelles se sont emparés dimanche des villes ."
    rows = [
        ("Les", "le", "DET", "", 1, "det"),
        ("rebelles", "rebelle", "NOUN", "", 4, "nsubj"),
        ("se", "se", "PRON", "", 4, "expl:pv"),
        ("sont", "être", "AUX", "", 4, "aux:tense"),
        ("emparés", "emparer", "VERB", PARTICIPLE, 4, "ROOT"),
        ("dimanche", "dimanche", "NOUN", "", 4, "obl:mod"),
        ("des", "de", "ADP", "", 7, "case"),
        ("villes", "ville", "NOUN", "", 4, "obl:arg"),
        (".", ".", "PUNCT", "", 4, "punct"),
    ]
    doc = _mended(rows)
    assert doc[7].dep_ == "obl:arg" and doc[6].dep_ == "case"


def test_a_noun_with_its_own_article_keeps_its_preposition() -> None:
    # "Pékin a parlé mardi de la crise ."
    rows = [
        ("Pékin", "Pékin", "PROPN", "", 2, "nsubj"),
        ("a", "avoir", "AUX", "", 2, "aux:tense"),
        ("parlé", "parler", "VERB", PARTICIPLE, 2, "ROOT"),
        ("mardi", "mardi", "NOUN", "", 2, "obl:mod"),
        ("de", "de", "ADP", "", 6, "case"),
        ("la", "le", "DET", "", 6, "det"),
        ("crise", "crise", "NOUN", "", 2, "obl:arg"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ]
    doc = _mended(rows)
    assert doc[6].dep_ == "obl:arg"


@pytest.mark.model
def test_a_passive_with_a_day_before_its_agent_is_coded(coders: dict[str, Coder]) -> None:
    text = "La Géorgie a été accusée jeudi par la France de violations."
    found = coded(coders["fr"], text, "fr")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"GEO"}), "asserted") in found, found


# "La candidature a été soutenue mercredi par la Pologne ." as the parser reads it: the agent
# phrase hung on the weekday, not on the verb.
AGENT_ON_DAY = [
    ("La", "le", "DET", "", 1, "det"),
    ("candidature", "candidature", "NOUN", "", 4, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("soutenue", "soutenir", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("mercredi", "mercredi", "NOUN", "", 4, "obl:mod"),
    ("par", "par", "ADP", "", 8, "case"),
    ("la", "le", "DET", "", 8, "det"),
    ("Pologne", "Pologne", "PROPN", "", 5, "nmod"),
    (".", ".", "PUNCT", "", 4, "punct"),
]

# "The bid was backed Wednesday by Poland ." with "by Poland" hung on the weekday.
EN_AGENT_ON_DAY = [
    ("The", "the", "DET", "", 1, "det"),
    ("bid", "bid", "NOUN", "", 3, "nsubjpass"),
    ("was", "be", "AUX", "", 3, "auxpass"),
    ("backed", "back", "VERB", "VerbForm=Part|Tense=Past", 3, "ROOT"),
    ("Wednesday", "Wednesday", "PROPN", "", 3, "npadvmod"),
    ("by", "by", "ADP", "", 4, "prep"),
    ("Poland", "Poland", "PROPN", "", 5, "pobj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


# "La candidature a été soutenue depuis mercredi par la Pologne .": "depuis mercredi" is a
# phrase of its own, and what hangs on it is none of the verb's arguments.
SINCE_DAY = [
    ("La", "le", "DET", "", 1, "det"),
    ("candidature", "candidature", "NOUN", "", 4, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("soutenue", "soutenir", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("depuis", "depuis", "ADP", "", 6, "case"),
    ("mercredi", "mercredi", "NOUN", "", 4, "obl:mod"),
    ("par", "par", "ADP", "", 9, "case"),
    ("la", "le", "DET", "", 9, "det"),
    ("Pologne", "Pologne", "PROPN", "", 6, "nmod"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


def test_an_agent_phrase_on_a_day_under_a_passive_is_the_verbs_agent() -> None:
    fr = _mended(AGENT_ON_DAY)
    assert (fr[8].head.i, fr[8].dep_) == (4, "obl:agent")
    en = _mended(EN_AGENT_ON_DAY, "en")
    assert (en[5].head.i, en[5].dep_) == (3, "agent")


def test_a_day_with_a_preposition_of_its_own_lends_no_agent() -> None:
    doc = _mended(SINCE_DAY)
    assert doc[9].head.i == 6


def test_an_agent_phrase_on_a_day_under_an_active_verb_stays() -> None:
    # "La Pologne a soutenu mercredi par principe ." : no passive, "par" opens no agent
    rows = [
        ("La", "le", "DET", "", 1, "det"),
        ("Pologne", "Pologne", "PROPN", "", 3, "nsubj"),
        ("a", "avoir", "AUX", "", 3, "aux:tense"),
        ("soutenu", "soutenir", "VERB", PARTICIPLE, 3, "ROOT"),
        ("mercredi", "mercredi", "NOUN", "", 3, "obl:mod"),
        ("par", "par", "ADP", "", 6, "case"),
        ("principe", "principe", "NOUN", "", 4, "nmod"),
        (".", ".", "PUNCT", "", 3, "punct"),
    ]
    doc = _mended(rows)
    assert (doc[6].head.i, doc[6].dep_) == (4, "nmod")


def test_an_agent_phrase_on_a_month_under_a_passive_is_the_verbs_agent() -> None:
    # "L' aide a été débloquée mars dernier par l' UE ." with the agent on the month
    rows = [
        ("L'", "le", "DET", "", 1, "det"),
        ("aide", "aide", "NOUN", "", 4, "nsubj:pass"),
        ("a", "avoir", "AUX", "", 4, "aux:tense"),
        ("été", "être", "AUX", "", 4, "aux:pass"),
        ("débloquée", "débloquer", "VERB", PARTICIPLE, 4, "ROOT"),
        ("mars", "mars", "NOUN", "", 4, "obl:mod"),
        ("dernier", "dernier", "ADJ", "", 5, "amod"),
        ("par", "par", "ADP", "", 9, "case"),
        ("l'", "le", "DET", "", 9, "det"),
        ("UE", "UE", "PROPN", "", 5, "nmod"),
        (".", ".", "PUNCT", "", 4, "punct"),
    ]
    doc = _mended(rows)
    assert (doc[9].head.i, doc[9].dep_) == (4, "obl:agent")


def test_month_names_are_read_from_the_dates_lexicon_without_dotted_abbreviations() -> None:
    assert "mars" in month_names("fr") and "janv." not in month_names("fr")
    assert "mars" not in day_names("fr")
