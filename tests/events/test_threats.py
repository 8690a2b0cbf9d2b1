"""Which acts, said by the side that would commit them, are threats (parses written by
hand, then the model)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.syntax import Tree
from newsgraph.events.threats import conditioned, menaces

from .helpers import check, coded
from .trees import parse

FIN = "VerbForm=Fin|Mood=Ind"


@pytest.mark.parametrize(
    ("kind", "modality", "threat"),
    [
        ("SANCTION", "hypothetical", True),  # "said it could impose sanctions"
        ("ASSAULT", "hypothetical", True),  # "Israël ferait payer le prix à l'Iran"
        ("COERCE", "future", False),  # "those detained would be sent to prison"
        ("SANCTION", "future", False),  # "will close its border": a measure decided
        ("ASSAULT", "asserted", False),  # a strike done
        ("AGREE", "future", False),
    ],
)
def test_a_hostile_act_its_author_says_it_could_commit_is_a_threat(
    kind: str, modality: str, threat: bool
) -> None:
    assert menaces(kind, modality) is threat


@pytest.mark.parametrize(
    ("kind", "modality", "threat"),
    [
        ("ASSAULT", "future", True),  # "nous attaquerons si le Hezbollah viole l'accord"
        ("COERCE", "future", True),  # "he would arrest Morales if he ran again"
        ("ASSAULT", "asserted", False),  # "struck Gaza after the talks failed"
        ("AGREE", "future", False),  # "will sign if the terms are met": no hostile act
    ],
)
def test_a_hostile_act_to_come_under_a_condition_is_a_threat(
    kind: str, modality: str, threat: bool
) -> None:
    assert menaces(kind, modality, under_condition=True) is threat


# "Israël attaquera si le Hezbollah viole l'accord ."
ATTACK_IF = [
    ("Israël", "Israël", "PROPN", "", 1, "nsubj"),
    ("attaquera", "attaquer", "VERB", "VerbForm=Fin|Tense=Fut", 1, "ROOT"),
    ("si", "si", "SCONJ", "", 5, "mark"),
    ("le", "le", "DET", "", 4, "det"),
    ("Hezbollah", "Hezbollah", "PROPN", "", 5, "nsubj"),
    ("viole", "violer", "VERB", FIN, 1, "advcl"),
    ("l'", "le", "DET", "", 7, "det"),
    ("accord", "accord", "NOUN", "", 5, "obj"),
    (".", ".", "PUNCT", "", 1, "punct"),
]

# "Israel would keep striking until Hezbollah disarms ."
STRIKE_UNTIL = [
    ("Israel", "Israel", "PROPN", "", 2, "nsubj"),
    ("would", "would", "AUX", "", 2, "aux"),
    ("keep", "keep", "VERB", "VerbForm=Inf", 2, "ROOT"),
    ("striking", "strike", "VERB", "VerbForm=Ger", 2, "xcomp"),
    ("until", "until", "SCONJ", "", 6, "mark"),
    ("Hezbollah", "Hezbollah", "PROPN", "", 6, "nsubj"),
    ("disarms", "disarm", "VERB", FIN, 2, "advcl"),
    (".", ".", "PUNCT", "", 2, "punct"),
]


def test_a_french_act_under_si_is_conditioned(fr: Tree) -> None:
    doc = parse(ATTACK_IF)
    assert conditioned(fr, doc[1])


def test_a_french_act_when_something_happens_is_not_conditioned(fr: Tree) -> None:
    rows = list(ATTACK_IF)
    rows[2] = ("quand", "quand", "SCONJ", "", 5, "mark")
    assert not conditioned(fr, parse(rows)[1])


def test_an_english_act_kept_up_until_something_is_conditioned(en: Tree) -> None:
    doc = parse(STRIKE_UNTIL)
    assert conditioned(en, doc[3])  # the condition hangs on "keep", the verb above


def test_an_english_act_kept_up_after_something_is_not_conditioned(en: Tree) -> None:
    rows = list(STRIKE_UNTIL)
    rows[4] = ("after", "after", "SCONJ", "", 6, "mark")
    assert not conditioned(en, parse(rows)[3])


def test_a_noun_has_no_clause_to_be_conditioned(en: Tree) -> None:
    doc = parse(STRIKE_UNTIL)
    assert not conditioned(en, doc[5])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lang", "threat"),
    [
        ("Russia said it would strike Ukraine if Kyiv attacked Crimea.", "en", True),
        ("Russia said it would strike Ukraine on Monday.", "en", False),
        (
            "La Russie a déclaré qu'elle frapperait l'Ukraine si Kiev attaquait la Crimée.",
            "fr",
            True,
        ),
        ("La Russie a déclaré qu'elle frapperait l'Ukraine lundi.", "fr", False),
    ],
)
def test_a_strike_its_author_announces_under_a_condition_is_a_threat(
    coders: dict[str, Coder], text: str, lang: str, threat: bool
) -> None:
    found = coded(coders[lang], text, lang)
    assert (("THREATEN", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in found) is threat
    # under a condition, the act itself is hypothetical (GOLD.md, .conditions)
    modality = "hypothetical" if threat else "future"
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}), modality) in found, found


@pytest.mark.model
def test_measures_already_taken_are_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["fr"], "La Russie a pris des mesures contre l'Ukraine.", "fr")
    assert not [e for e in found if e[0] == "THREATEN"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia took Crimea from Ukraine by force.", ("ASSAULT", {"RUS"}, {"UKR"})),
        ("fr", "La Russie a pris Kiev par la force.", ("ASSAULT", {"RUS"}, {"UKR"})),
        (
            "en",
            "This attack by Israel will not go unanswered, Iran said.",
            ("THREATEN", {"IRN"}, {"ISR"}),
        ),
    ],
)
def test_taking_by_force_is_an_assault_and_an_answer_promised_a_threat(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    kind, source, target = expected
    check(coders[lang], lang, text, (kind, source, target, "asserted"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Corée du Sud répondrait avec fermeté à toute provocation de la Corée du Nord."),
        ("en", "South Korea said it would respond to any provocation by North Korea."),
    ],
)
def test_a_response_to_come_is_a_threat_made_now(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    check(coders[lang], lang, text, ("THREATEN", {"KOR"}, {"PRK"}, "asserted"))


@pytest.mark.model
def test_a_response_given_is_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["fr"], "La Corée du Sud a répondu à la Corée du Nord.", "fr")
    assert not [e for e in found if e[0] == "THREATEN"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "threat"),
    [
        (
            "en",
            "Japan said it could impose new sanctions on North Korea.",
            ("THREATEN", frozenset({"JPN"}), frozenset({"PRK"}), "asserted"),
        ),
        (
            "fr",
            "Le Japon a déclaré qu'il pourrait imposer de nouvelles sanctions à la Corée du Nord.",
            ("THREATEN", frozenset({"JPN"}), frozenset({"PRK"}), "asserted"),
        ),
    ],
)
def test_a_side_saying_it_could_strike_threatens(
    coders: dict[str, Coder], lang: str, text: str, threat: tuple[str, frozenset[str], ...]
) -> None:
    found = coded(coders[lang], text, lang)
    assert threat in found, found
    assert ("SANCTION", threat[1], threat[2], "hypothetical") in found, found


@pytest.mark.model
def test_a_possibility_the_article_weighs_is_no_threat(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Japan could impose new sanctions on North Korea.", "en")
    assert all(kind != "THREATEN" for kind, *_ in found), found
