"""Clauses of hypothesis on an act to come (parses written by hand)."""

from __future__ import annotations

from newsgraph.events.conditions import clause_marks, hypothesised, marked_clause
from newsgraph.events.syntax import Tree

from .trees import parse

FIN = "VerbForm=Fin|Mood=Ind"

# "Russia would attack Ukraine if Kyiv joined NATO ."
ATTACK_IF = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubj"),
    ("would", "would", "AUX", "", 2, "aux"),
    ("attack", "attack", "VERB", "VerbForm=Inf", 2, "ROOT"),
    ("Ukraine", "Ukraine", "PROPN", "", 2, "dobj"),
    ("if", "if", "SCONJ", "", 6, "mark"),
    ("Kyiv", "Kyiv", "PROPN", "", 6, "nsubj"),
    ("joined", "join", "VERB", FIN, 2, "advcl"),
    ("NATO", "NATO", "PROPN", "", 6, "dobj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "La Russie attaquera si Kiev rejoint l'Otan ."
ATTAQUE_SI = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("attaquera", "attaquer", "VERB", "VerbForm=Fin|Tense=Fut", 2, "ROOT"),
    ("si", "si", "SCONJ", "", 5, "mark"),
    ("Kiev", "Kiev", "PROPN", "", 5, "nsubj"),
    ("rejoint", "rejoindre", "VERB", FIN, 2, "advcl"),
    ("l'", "le", "DET", "", 7, "det"),
    ("Otan", "Otan", "PROPN", "", 5, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_english_verb_heads_a_clause_of_hypothesis(en: Tree) -> None:
    doc = parse(ATTACK_IF)
    assert marked_clause(en, doc[2], en.lexicon.cues.hypothesis)
    assert not marked_clause(en, doc[6], en.lexicon.cues.hypothesis)  # the clause's own verb


def test_an_english_clause_of_time_is_no_hypothesis(en: Tree) -> None:
    rows = list(ATTACK_IF)
    rows[4] = ("when", "when", "SCONJ", "", 6, "mark")
    assert not marked_clause(en, parse(rows)[2], en.lexicon.cues.hypothesis)


def test_an_english_act_to_come_once_another_is_done_is_hypothesised(en: Tree) -> None:
    # "Russia would attack Ukraine once Kyiv joined NATO": as uncertain as the joining
    rows = list(ATTACK_IF)
    rows[4] = ("once", "once", "SCONJ", "", 6, "mark")
    cues = en.lexicon.cues
    assert hypothesised(en, [parse(rows)[2]], cues.hypothesis, cues.future)


# "Russia will return as soon as Kyiv complies ." (the clause hangs on "soon")
RETURN_AS_SOON_AS = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubj"),
    ("will", "will", "AUX", "", 2, "aux"),
    ("return", "return", "VERB", "VerbForm=Inf", 2, "ROOT"),
    ("as", "as", "ADV", "", 4, "advmod"),
    ("soon", "soon", "ADV", "", 2, "advmod"),
    ("as", "as", "SCONJ", "", 7, "mark"),
    ("Kyiv", "Kyiv", "PROPN", "", 7, "nsubj"),
    ("complies", "comply", "VERB", FIN, 4, "advcl"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_english_clause_hung_on_an_adverb_is_marked_with_it(en: Tree) -> None:
    doc = parse(RETURN_AS_SOON_AS)
    assert clause_marks(en, doc[7]) == {"as", "as soon as"}
    assert marked_clause(en, doc[2], en.lexicon.cues.hypothesis)
    rows = list(RETURN_AS_SOON_AS)  # "Russia will return as Kyiv complies": a time
    rows[7] = ("complies", "comply", "VERB", FIN, 2, "advcl")
    assert not marked_clause(en, parse(rows)[2], en.lexicon.cues.hypothesis)


# "La Russie attaquera dès que Kiev rejoint l'Otan ."
ATTAQUE_DES_QUE = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("attaquera", "attaquer", "VERB", "VerbForm=Fin|Tense=Fut", 2, "ROOT"),
    ("dès", "dès", "ADP", "", 6, "mark"),
    ("que", "que", "SCONJ", "", 6, "mark"),
    ("Kiev", "Kiev", "PROPN", "", 6, "nsubj"),
    ("rejoint", "rejoindre", "VERB", FIN, 2, "advcl"),
    ("l'", "le", "DET", "", 8, "det"),
    ("Otan", "Otan", "PROPN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_french_act_to_come_dès_que_another_is_done_is_hypothesised(fr: Tree) -> None:
    doc = parse(ATTAQUE_DES_QUE)
    assert doc[6].lower_ == "rejoint"
    assert clause_marks(fr, doc[6]) == {"dès", "que", "dès que"}
    cues = fr.lexicon.cues
    assert hypothesised(fr, [doc[2]], cues.hypothesis, cues.future)
    assert "que" not in cues.hypothesis  # the phrase marks it, not "que" alone


def test_a_french_verb_heads_a_clause_of_hypothesis(fr: Tree) -> None:
    doc = parse(ATTAQUE_SI)
    cues = fr.lexicon.cues
    assert hypothesised(fr, [doc[2]], cues.hypothesis, cues.future)


def test_a_french_clause_of_time_is_no_hypothesis(fr: Tree) -> None:
    rows = list(ATTAQUE_SI)
    rows[3] = ("quand", "quand", "SCONJ", "", 5, "mark")
    cues = fr.lexicon.cues
    assert not hypothesised(fr, [parse(rows)[2]], cues.hypothesis, cues.future)


def test_an_act_scheduled_is_not_hypothesised(en: Tree) -> None:
    # "Russia plans [to] attack Ukraine if Kyiv joined NATO": a word of plan in the chain
    # makes the clause a time the act is set for
    rows = list(ATTACK_IF)
    rows[0] = ("Russia", "Russia", "PROPN", "", 1, "nsubj")
    rows[1] = ("plans", "plan", "VERB", FIN, 1, "ROOT")
    rows[2] = ("attack", "attack", "VERB", "VerbForm=Inf", 1, "xcomp")
    rows[8] = (".", ".", "PUNCT", "", 1, "punct")
    doc = parse(rows)
    cues = en.lexicon.cues
    assert hypothesised(en, [doc[2]], cues.hypothesis, cues.future)
    assert not hypothesised(en, [doc[2], doc[1]], cues.hypothesis, cues.future)


def test_an_english_whenever_hung_as_a_modifier_marks_a_hypothesis(en: Tree) -> None:
    # "Russia would attack Ukraine whenever Kyiv joined NATO": the parser hangs "whenever" on
    # "joined" as a modifier, not as its mark; the act is as uncertain as the joining
    rows = list(ATTACK_IF)
    rows[4] = ("whenever", "whenever", "SCONJ", "", 6, "advmod")
    cues = en.lexicon.cues
    assert hypothesised(en, [parse(rows)[2]], cues.hypothesis, cues.future)
    rows[4] = ("when", "when", "SCONJ", "", 6, "advmod")  # a time, hung the same way
    assert not hypothesised(en, [parse(rows)[2]], cues.hypothesis, cues.future)
