"""Speech acts the parser coordinated with the wrong verb: a demand or a warning hung on a verb
of a reported clause goes with the reporting verb; a verb coordinated with a passive shares its
subject (parses written by hand, then the model)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Article, Span
from newsgraph.events import Coder
from newsgraph.events.coordination import warner
from newsgraph.events.syntax import Tree
from newsgraph.events.verbforms import auxiliary_partner

from .helpers import coded, described, make_article
from .trees import parse

FIN = "VerbForm=Fin|Mood=Ind"

# "China said Manila had no right and warned Washington ." with "warned" hung on "had".
SAID_AND_WARNED = [
    ("China", "China", "PROPN", "", 1, "nsubj"),
    ("said", "say", "VERB", FIN, 1, "ROOT"),
    ("Manila", "Manila", "PROPN", "", 3, "nsubj"),
    ("had", "have", "VERB", FIN, 1, "ccomp"),
    ("no", "no", "DET", "", 5, "det"),
    ("right", "right", "NOUN", "", 3, "dobj"),
    ("and", "and", "CCONJ", "", 3, "cc"),
    ("warned", "warn", "VERB", FIN, 3, "conj"),
    ("Washington", "Washington", "PROPN", "", 7, "dobj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]


def test_a_warning_hung_on_a_reported_clause_is_the_reporter_s(en: Tree) -> None:
    doc = parse(SAID_AND_WARNED)
    assert en.subject(doc[7]).text == "Manila"  # what the parse alone says
    assert warner(en, doc[7]).text == "China"


def test_another_verb_hung_on_a_reported_clause_keeps_its_subject(en: Tree) -> None:
    rows = list(SAID_AND_WARNED)
    rows[7] = ("attacked", "attack", "VERB", FIN, 3, "conj")  # Manila had… and attacked
    assert warner(en, parse(rows)[7]) is None


def test_a_warning_with_a_subject_of_its_own_keeps_it(en: Tree) -> None:
    # "China said Manila had no right and it warned Washington ."
    rows = [
        *SAID_AND_WARNED[:7],
        ("it", "it", "PRON", "", 8, "nsubj"),
        ("warned", "warn", "VERB", FIN, 3, "conj"),
        ("Washington", "Washington", "PROPN", "", 8, "dobj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    assert warner(en, parse(rows)[8]) is None


def test_a_warning_coordinated_with_the_main_verb_is_left_alone(en: Tree) -> None:
    # "China protested and warned Washington ."
    rows = [
        ("China", "China", "PROPN", "", 1, "nsubj"),
        ("protested", "protest", "VERB", FIN, 1, "ROOT"),
        ("and", "and", "CCONJ", "", 3, "cc"),
        ("warned", "warn", "VERB", FIN, 1, "conj"),
        ("Washington", "Washington", "PROPN", "", 3, "dobj"),
        (".", ".", "PUNCT", "", 1, "punct"),
    ]
    assert warner(en, parse(rows)[3]) is None


def test_a_french_warning_hung_on_a_reported_clause_is_the_reporter_s(fr: Tree) -> None:
    # "Moscou a estimé que Prague salissait son image et a averti Prague ."
    rows = [
        ("Moscou", "Moscou", "PROPN", "", 2, "nsubj"),
        ("a", "avoir", "AUX", FIN, 2, "aux:tense"),
        ("estimé", "estimer", "VERB", "VerbForm=Part", 2, "ROOT"),
        ("que", "que", "SCONJ", "", 5, "mark"),
        ("Prague", "Prague", "PROPN", "", 5, "nsubj"),
        ("salissait", "salir", "VERB", FIN, 2, "ccomp"),
        ("son", "son", "DET", "", 7, "det"),
        ("image", "image", "NOUN", "", 5, "obj"),
        ("et", "et", "CCONJ", "", 10, "cc"),
        ("a", "avoir", "AUX", FIN, 10, "aux:tense"),
        ("averti", "avertir", "VERB", "VerbForm=Part", 5, "conj"),
        ("Prague", "Prague", "PROPN", "", 10, "obj"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ]
    doc = parse(rows)
    assert warner(fr, doc[10]).text == "Moscou"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China said the Philippines violated its sovereignty and warned Manila.", "en"),
        (
            "La Chine a affirmé que les Philippines violaient sa souveraineté et a averti Manille.",
            "fr",
        ),
    ],
)
def test_the_reporter_of_a_clause_warns_the_party_named_after_the_warning(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("THREATEN", frozenset({"CHN"}), frozenset({"PHL"}), "asserted") in found, found


def _requests(coders: dict[str, Coder], lang: str, text: str) -> set[tuple[str, ...]]:
    found = coded(coders[lang], text, lang)
    return {(*sorted(s), "->", *sorted(t)) for kind, s, t, _ in found if kind == "REQUEST"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Biden said the floods revealed Russian contempt for treaties and called on Iran "
            "to act.",
        ),
        ("en", "Biden said Russia shelled Odesa and called on Iran to rein in its allies."),
        ("fr", "Joe Biden a affirmé que la Russie menaçait la paix et a appelé l'Iran à agir."),
        (
            "fr",
            "Joe Biden a estimé que les armes ne sauraient tenir lieu d'un dialogue « mené par les "
            "Lodaviens », et a appelé l'Iran à freiner ses livraisons de drones.",
        ),
    ],
)
def test_a_demand_in_the_tense_of_the_reporting_verb_is_the_speaker_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("USA", "->", "IRN") in _requests(coders, lang, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the tense of the reported clause: Russia called
        (
            "fr",
            "Biden a dit que la Russie avait attaqué l'Ukraine et avait appelé l'Iran à l'aide.",
        ),
        # no reported clause: the verb's own conjunct speaks
        ("en", "Russia attacked Kyiv and called on Iran to help."),
    ],
)
def test_a_demand_in_the_reported_clause_or_in_no_report_keeps_its_subject(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("RUS", "->", "IRN") in _requests(coders, lang, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Biden was concerned by the developments in Russia and called on Iran to act."),
        ("fr", "Joe Biden a été critiqué par la Russie et a appelé l'Iran à l'aide."),
    ],
)
def test_a_verb_coordinated_with_a_passive_shares_its_subject_not_its_agent(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    requests = _requests(coders, lang, text)
    assert ("USA", "->", "IRN") in requests
    assert ("RUS", "->", "IRN") not in requests


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a critiqué la Russie. Le gouvernement biélorusse a fait venir l'ambassadeur "
            "de l'UE à Minsk et a averti que Minsk adopterait sans tarder des mesures de "
            "représailles.",
        ),
        (
            "en",
            "China criticised Russia. The Belarus Foreign Ministry summoned the EU envoy and "
            "warned that Minsk would take retaliatory measures.",
        ),
    ],
)
def test_a_coordinated_verb_with_no_object_shares_its_conjunct_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("THREATEN", frozenset({"BLR"}), frozenset({"European Union"})) in found, found


def _with_forms(article: Article, text: str, forms: dict[str, tuple[str, str]]) -> None:
    """Adds a country actor for each form of ``text`` (form -> name, country)."""
    for form, (name, country) in forms.items():
        start = text.index(form)
        mention = Span(start, start + len(form), form)
        article.actors.append(Actor(name, name, "country", country, "GOV", mentions=[mention]))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "forms"),
    [
        (
            "en",
            "Russian and American envoys met in Riyadh on Tuesday.",
            {"Russian": ("Russia", "RUS"), "American": ("United States", "USA")},
        ),
        (
            "fr",
            "Les diplomates russes et américains se sont rencontrés mardi à Riyad.",
            {"russes": ("Russia", "RUS"), "américains": ("United States", "USA")},
        ),
    ],
)
def test_coordinated_nationality_adjectives_name_both_sides(
    coders: dict[str, Coder], lang: str, text: str, forms: dict[str, tuple[str, str]]
) -> None:
    article = make_article(text, lang, names=[])
    _with_forms(article, text, forms)
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    both = frozenset({"RUS", "USA"})
    assert ("CONSULT", both, both) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les frappes russes et iraniennes ont tué dix civils à Kiev mardi."),
        ("en", "Kyiv was hit by Russian and Iranian strikes on Tuesday."),
    ],
)
def test_coordinated_adjectives_of_a_trigger_name_each_side(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("ASSAULT", frozenset({"RUS", "IRN"}), frozenset({"UKR"})) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian invasion of Ukraine began in 2022.",
            ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})),
        ),
        (
            "Kyiv denounced the Russian invasion of Ukraine.",
            ("ACCUSE", frozenset({"UKR"}), frozenset({"RUS"})),
        ),
        (
            "The Russian bombing of Ukrainian cities began in 2022.",
            ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"})),
        ),
    ],
)
def test_a_nationality_adjective_not_the_genitive_is_the_doer(
    coders: dict[str, Coder], text: str, expected: tuple[str, frozenset[str], frozenset[str]]
) -> None:
    found = {e[:3] for e in coded(coders["en"], text, "en")}
    assert expected in found, found


PART = "VerbForm=Part|Tense=Past"

# "Le Ghana a accusé le Togo de vouloir la guerre et averti le Bénin ." with "averti" hung on
# the infinitive "vouloir", as the parser does.
ACCUSED_AND_WARNED = [
    ("Le", "le", "DET", "", 1, "det"),
    ("Ghana", "Ghana", "PROPN", "", 3, "nsubj"),
    ("a", "avoir", "AUX", FIN, 3, "aux:tense"),
    ("accusé", "accuser", "VERB", PART, 3, "ROOT"),
    ("le", "le", "DET", "", 5, "det"),
    ("Togo", "Togo", "PROPN", "", 3, "obj"),
    ("de", "de", "ADP", "", 7, "mark"),
    ("vouloir", "vouloir", "VERB", "VerbForm=Inf", 3, "xcomp"),
    ("la", "le", "DET", "", 9, "det"),
    ("guerre", "guerre", "NOUN", "", 7, "obj"),
    ("et", "et", "CCONJ", "", 11, "cc"),
    ("averti", "avertir", "VERB", PART, 7, "conj"),
    ("le", "le", "DET", "", 13, "det"),
    ("Bénin", "Bénin", "PROPN", "", 11, "obj"),
    (".", ".", "PUNCT", "", 3, "punct"),
]


def test_a_bare_participle_hung_on_an_infinitive_shares_the_compound_verb_s_subject(
    fr: Tree,
) -> None:
    doc = parse(ACCUSED_AND_WARNED)
    assert auxiliary_partner(doc[11], fr.syntax).text == "accusé"
    assert fr.subject(doc[11]).text == "Ghana"


def test_a_participle_with_an_auxiliary_of_its_own_is_left_alone(fr: Tree) -> None:
    rows = list(ACCUSED_AND_WARNED)
    rows[10] = ("a", "avoir", "AUX", FIN, 11, "aux:tense")  # "… la guerre a averti …"
    assert auxiliary_partner(parse(rows)[11], fr.syntax) is None


def test_an_infinitive_with_no_complement_lends_no_auxiliary(fr: Tree) -> None:
    rows = list(ACCUSED_AND_WARNED)
    rows[8] = ("la", "le", "DET", "", 9, "det")
    rows[9] = ("guerre", "guerre", "NOUN", "", 3, "obl")  # "vouloir" left bare ("d'avoir …")
    assert auxiliary_partner(parse(rows)[11], fr.syntax) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement russe a appelé samedi l'Ukraine à « retirer ses troupes » et averti "
            "que Moscou « ne tolérera aucune provocation ».",
            ("THREATEN", frozenset({"RUS"}), frozenset({"UKR"}), "asserted"),
        ),
        (
            "Joe Biden a exhorté la Russie à « cesser son offensive » et averti que les "
            "États-Unis imposeraient des sanctions.",
            ("THREATEN", frozenset({"USA"}), frozenset({"RUS"}), "asserted"),
        ),
        (
            "La Chine a appelé les Philippines à « modérer leur ton » et salué la "
            "médiation du Japon.",
            ("SUPPORT", frozenset({"CHN"}), frozenset({"JPN"}), "asserted"),
        ),
    ],
)
def test_a_participle_coordinated_after_an_infinitive_is_the_main_subject_s_act(
    coders: dict[str, Coder], text: str, expected: tuple[str, frozenset[str], frozenset[str], str]
) -> None:
    found = coded(coders["fr"], text, "fr")
    assert expected in found, found
