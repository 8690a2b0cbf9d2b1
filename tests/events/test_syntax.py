"""Syntax and modality on parses written by hand (no model needed)."""

from __future__ import annotations

import pytest

from newsgraph.events.modality import ModalityReader
from newsgraph.events.syntax import Tree, dependent_words

from .trees import parse

# "Des sanctions ont été imposées par l'UE contre la Biélorussie ."
PASSIVE = [
    ("Des", "un", "DET", "", 1, "det"),
    ("sanctions", "sanction", "NOUN", "", 4, "nsubj:pass"),
    ("ont", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("imposées", "imposer", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("par", "par", "ADP", "", 7, "case"),
    ("l'", "le", "DET", "", 7, "det"),
    ("UE", "UE", "PROPN", "", 4, "obl:agent"),
    ("contre", "contre", "ADP", "", 10, "case"),
    ("la", "le", "DET", "", 10, "det"),
    ("Biélorussie", "Biélorussie", "PROPN", "", 4, "obl:arg"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


def test_the_agent_of_a_passive_is_its_subject(fr: Tree) -> None:
    doc = parse(PASSIVE)
    verb = doc[4]
    assert fr.passive(verb)
    assert fr.subject(verb).text == "UE"
    assert {prep: [n.text for n in nominals] for prep, nominals in fr.preps(verb).items()} == {
        "par": ["UE"],
        "contre": ["Biélorussie"],
    }


# "La Corée et la Russie pourraient signer un accord ."
CONDITIONAL = [
    ("La", "le", "DET", "", 1, "det"),
    ("Corée", "Corée", "PROPN", "", 5, "nsubj"),
    ("et", "et", "CCONJ", "", 4, "cc"),
    ("la", "le", "DET", "", 4, "det"),
    ("Russie", "Russie", "PROPN", "", 1, "conj"),
    ("pourraient", "pouvoir", "VERB", "VerbForm=Fin|Mood=Ind", 5, "ROOT"),
    ("signer", "signer", "VERB", "VerbForm=Inf", 5, "xcomp"),
    ("un", "un", "DET", "", 8, "det"),
    ("accord", "accord", "NOUN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 5, "punct"),
]


def test_coordinated_subjects_and_control(fr: Tree) -> None:
    doc = parse(CONDITIONAL)
    subject = fr.subject(doc[6])
    assert subject.text == "Corée"
    assert [t.text for t in fr.conjuncts(subject)] == ["Corée", "Russie"]
    assert [t.text for t in fr.chain(doc[6])] == ["signer", "pourraient"]
    start, end = fr.phrase(subject)
    assert doc.text[start:end] == "La Corée"


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


# "Tokyo a protesté par les canaux diplomatiques ." as the parser reads it: a passive subject,
# an agent, but the auxiliary of a compound tense and no passive one.
MISREAD_ACTIVE = [
    ("Tokyo", "Tokyo", "PROPN", "", 2, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 2, "aux:tense"),
    ("protesté", "protester", "VERB", "VerbForm=Part|Tense=Past", 2, "ROOT"),
    ("par", "par", "ADP", "", 5, "case"),
    ("les", "le", "DET", "", 5, "det"),
    ("canaux", "canal", "NOUN", "", 2, "obl:agent"),
    ("diplomatiques", "diplomatique", "ADJ", "", 5, "amod"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_passive_subject_without_a_passive_auxiliary_is_no_passive(fr: Tree) -> None:
    doc = parse(MISREAD_ACTIVE)
    verb = doc[2]
    assert not fr.passive(verb)
    assert fr.subject(verb) is None  # not the "agent": the subject is looked for on the left
    assert fr.passive(parse(PASSIVE)[4])


# "La Russie prendra des mesures ." / "La Russie pourrait prendre des mesures ." /
# "La Russie a pris des mesures ."
FUTURE = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("prendra", "prendre", "VERB", "Mood=Ind|Tense=Fut|VerbForm=Fin", 2, "ROOT"),
    ("des", "un", "DET", "", 4, "det"),
    ("mesures", "mesure", "NOUN", "", 2, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]
MODAL = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 2, "nsubj"),
    ("pourrait", "pouvoir", "VERB", "Mood=Cnd|Tense=Pres|VerbForm=Fin", 2, "ROOT"),
    ("prendre", "prendre", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("des", "un", "DET", "", 5, "det"),
    ("mesures", "mesure", "NOUN", "", 3, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]
PAST = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin", 3, "aux:tense"),
    ("pris", "prendre", "VERB", "Tense=Past|VerbForm=Part", 3, "ROOT"),
    ("des", "un", "DET", "", 5, "det"),
    ("mesures", "mesure", "NOUN", "", 3, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_an_act_to_come_is_prospective_and_one_done_is_not(fr: Tree) -> None:
    assert fr.prospective(parse(FUTURE)[2])
    assert fr.prospective(parse(MODAL)[3])  # the complement of "pourrait"
    assert not fr.prospective(parse(PAST)[3])


def test_a_form_the_parser_misses_may_be_told_prospective(fr: Tree) -> None:
    past = parse(PAST)[3]
    assert fr.prospective(past, lambda word: word.lower_ == "pris")


# "Téhéran a convoqué dimanche les ambassadeurs du Royaume-Uni ." as misparsed: the object
# hangs on "dimanche"
OBJECT_ON_DAY = [
    ("Téhéran", "Téhéran", "PROPN", "", 2, "nsubj"),
    ("a", "avoir", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin", 2, "aux:tense"),
    ("convoqué", "convoquer", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("dimanche", "dimanche", "NOUN", "", 2, "obl:mod"),
    ("les", "le", "DET", "", 5, "det"),
    ("ambassadeurs", "ambassadeur", "NOUN", "", 3, "nmod"),
    ("du", "de", "ADP", "", 7, "case"),
    ("Royaume-Uni", "Royaume-Uni", "PROPN", "", 5, "nmod"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_an_object_hung_on_a_bare_adverbial_is_the_verb_s(fr: Tree) -> None:
    doc = parse(OBJECT_ON_DAY)
    assert [t.text for t in fr.patients(doc[2])] == ["ambassadeurs"]
    assert fr.patients(parse(PAST)[3])[0].text == "mesures"


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


# "Turkey suspended exports to and imports from Israel ." as the English parser reads it
SHARED_OBJECT = [
    ("Turkey", "Turkey", "PROPN", "", 1, "nsubj"),
    ("suspended", "suspend", "VERB", "VerbForm=Fin|Tense=Past", 1, "ROOT"),
    ("exports", "export", "NOUN", "", 1, "dobj"),
    ("to", "to", "ADP", "", 1, "prep"),
    ("and", "and", "CCONJ", "", 3, "cc"),
    ("imports", "import", "NOUN", "", 3, "conj"),
    ("from", "from", "ADP", "", 5, "prep"),
    ("Israel", "Israel", "PROPN", "", 6, "pobj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_bare_preposition_shares_the_object_of_its_conjunct(en: Tree) -> None:
    doc = parse(SHARED_OBJECT)
    assert [n.text for n in en.preps(doc[1])["to"]] == ["Israel"]
    assert en.preps(doc[5])["from"][0].text == "Israel"


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


# "Le Bénin l' a démentie ." with the participle agreeing with the object before it, tagged
# passive: a compound past with "avoir", no passive auxiliary, so an active verb.
AGREEING_PARTICIPLE = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Bénin", "Bénin", "PROPN", "", 4, "nsubj"),
    ("l'", "le", "PRON", "", 4, "obj"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("démentie", "démentir", "VERB", "Gender=Fem|Tense=Past|VerbForm=Part|Voice=Pass", 4, "ROOT"),
    (".", ".", "PUNCT", "", 4, "punct"),
]
# "Ils se sont entretenus ." : a pronominal verb keeps the parser's reading.
PRONOMINAL = [
    ("Ils", "il", "PRON", "", 3, "nsubj:pass"),
    ("se", "se", "PRON", "Person=3|Reflex=Yes", 3, "expl:pass"),
    ("sont", "être", "AUX", "VerbForm=Fin|Tense=Pres", 3, "aux:tense"),
    ("entretenus", "entretenir", "VERB", "Tense=Past|VerbForm=Part|Voice=Pass", 3, "ROOT"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_participle_tagged_passive_with_only_a_tense_auxiliary_is_active(fr: Tree) -> None:
    doc = parse(AGREEING_PARTICIPLE)
    verb = doc[4]
    assert not fr.passive(verb)
    subject = fr.subject(verb)
    assert subject is not None and subject.text == "Bénin"
    assert fr.passive(parse(PASSIVE)[4])  # "ont été imposées" has its passive auxiliary
    assert fr.passive(parse(PRONOMINAL)[3])


def test_should_states_an_obligation_not_a_fact(en: Tree) -> None:
    # "Japan should consult its neighbours": what ought to be done is not done
    rows = [
        ("Japan", "Japan", "PROPN", "", 2, "nsubj"),
        ("should", "should", "AUX", "VerbForm=Fin", 2, "aux"),
        ("consult", "consult", "VERB", "VerbForm=Inf", 2, "ROOT"),
        ("neighbours", "neighbour", "NOUN", "", 2, "dobj"),
    ]
    assert negated(rows, en, 2) == "hypothetical"


def test_a_sense_s_words_are_read_through_a_preposition_to_its_object() -> None:
    # "Russia declared a state of emergency": state → of → emergency, as "l'état d'urgence"
    rows = [
        ("Russia", "Russia", "PROPN", "", 1, "nsubj"),
        ("declared", "declare", "VERB", "VerbForm=Fin", 1, "ROOT"),
        ("a", "a", "DET", "", 3, "det"),
        ("state", "state", "NOUN", "", 1, "dobj"),
        ("of", "of", "ADP", "", 3, "prep"),
        ("emergency", "emergency", "NOUN", "", 4, "pobj"),
    ]
    assert {"state", "of", "emergency"} <= dependent_words(parse(rows)[1])


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


# "L' Algérie honorera ses engagements envers Madrid ." with "envers" taken for an adjective
# hung on the verb, "Madrid" its object.
STRAY = [
    ("L'", "le", "DET", "", 1, "det"),
    ("Algérie", "Algérie", "PROPN", "", 2, "nsubj"),
    ("honorera", "honorer", "VERB", "VerbForm=Fin|Tense=Fut", 2, "ROOT"),
    ("ses", "son", "DET", "", 4, "det"),
    ("engagements", "engagement", "NOUN", "", 2, "obj"),
    ("envers", "envers", "ADJ", "", 2, "advmod"),
    ("Madrid", "Madrid", "PROPN", "", 5, "obj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_preposition_taken_for_another_word_after_a_phrase_gives_its_object(fr: Tree) -> None:
    doc = parse(STRAY)
    assert [o.text for o in fr.stray_objects(doc[4], "envers")] == ["Madrid"]
    assert fr.stray_objects(doc[4], "contre") == []  # another preposition
    assert fr.stray_objects(doc[1], "envers") == []  # not right after that phrase


def test_a_preposition_the_parser_reads_as_one_is_no_stray(fr: Tree) -> None:
    rows = [*STRAY[:5], ("envers", "envers", "ADP", "", 6, "case"), *STRAY[6:]]
    rows[6] = ("Madrid", "Madrid", "PROPN", "", 4, "nmod")
    doc = parse(rows)
    assert fr.stray_objects(doc[4], "envers") == []
    assert [n.text for n in fr.preps(doc[4])["envers"]] == ["Madrid"]


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


# "Russia is expected to block the measures ."
RAISED = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubjpass"),
    ("is", "be", "AUX", "", 2, "auxpass"),
    ("expected", "expect", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("to", "to", "PART", "", 4, "aux"),
    ("block", "block", "VERB", "VerbForm=Inf", 2, "xcomp"),
    ("the", "the", "DET", "", 6, "det"),
    ("measures", "measure", "NOUN", "", 4, "dobj"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "Russia was urged by Washington to withdraw ."
URGED = [
    ("Russia", "Russia", "PROPN", "", 2, "nsubjpass"),
    ("was", "be", "AUX", "", 2, "auxpass"),
    ("urged", "urge", "VERB", "Tense=Past|VerbForm=Part", 2, "ROOT"),
    ("by", "by", "ADP", "", 2, "agent"),
    ("Washington", "Washington", "PROPN", "", 3, "pobj"),
    ("to", "to", "PART", "", 6, "aux"),
    ("withdraw", "withdraw", "VERB", "VerbForm=Inf", 2, "xcomp"),
    (".", ".", "PUNCT", "", 2, "punct"),
]

# "La Russie a été autorisée à livrer des armes ."
AUTHORISED = [
    ("La", "le", "DET", "", 1, "det"),
    ("Russie", "Russie", "PROPN", "", 4, "nsubj:pass"),
    ("a", "avoir", "AUX", "VerbForm=Fin|Tense=Pres", 4, "aux:tense"),
    ("été", "être", "AUX", "VerbForm=Part", 4, "aux:pass"),
    ("autorisée", "autoriser", "VERB", "VerbForm=Part|Voice=Pass", 4, "ROOT"),
    ("à", "à", "ADP", "", 6, "mark"),
    ("livrer", "livrer", "VERB", "VerbForm=Inf", 4, "xcomp"),
    ("des", "un", "DET", "", 8, "det"),
    ("armes", "arme", "NOUN", "", 6, "obj"),
    (".", ".", "PUNCT", "", 4, "punct"),
]


@pytest.mark.parametrize(("rows", "verb"), [(RAISED, 4), (URGED, 6)])
def test_the_subject_of_a_passive_does_the_act_it_is_expected_or_asked_to(
    en: Tree, rows: list[tuple[str, str, str, str, int, str]], verb: int
) -> None:
    # not the agent of the passive: Washington urges, Russia withdraws
    subject = en.subject(parse(rows)[verb])
    assert subject is not None and subject.text == "Russia"


def test_the_subject_of_a_french_passive_does_the_act_it_is_allowed_to(fr: Tree) -> None:
    subject = fr.subject(parse(AUTHORISED)[6])
    assert subject is not None and subject.text == "Russie"
