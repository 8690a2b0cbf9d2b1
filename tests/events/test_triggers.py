"""Trigger senses of the event lexicon in both languages (``lang/<code>/events.json``): what a
word codes, and the words that only name a kind of thing."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, coded, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fr", "Des avions de combat serbes ont survolé la zone.", "combat"),
        ("en", "Italy took 12 migrants to a detention centre in Albania.", "detention"),
        ("fr", "Le président en exercice de l'Union africaine a parlé.", "exercice"),
        ("fr", "Un vieux navire de guerre philippin sert de musée à Manille.", "guerre"),
        ("fr", "Deux officiers serbes sont accusés de crimes de guerre.", "guerre"),
        ("fr", "Le ministre a parlé d'une déclaration de guerre.", "guerre"),
        ("en", "Two Serbian officers were accused of war crimes.", "war"),
        ("en", "Israel's war cabinet met on Sunday.", "war"),
        ("fr", "Le Premier ministre défend un compromis douloureux avec Bakou.", "défend"),
        ("fr", "La Grèce défendra chaque île de la mer Égée.", "défendra"),
        ("en", "Marines who defended the port of Aden were released.", "defended"),
        ("en", "Pakistan would defend itself against any attack.", "defend"),
        ("fr", "La conférence a permis de mobiliser deux milliards d'euros.", "mobiliser"),
        ("en", "The conference mobilised $2 billion for Sudan.", "mobilised"),
    ],
)
def test_a_trigger_that_only_names_a_kind_of_thing_is_no_event(
    coders: dict[str, Coder], lang: str, text: str, word: str
) -> None:
    token = next(t for t in make_article(text, lang).doc if t.text == word)
    assert coders[lang].sense(token) is None


def test_a_treaty_cited_as_a_frame_is_no_agreement(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and North Korea signed a treaty on Wednesday. "
        "Under the treaty, each side pledges to help the other."
    )
    assert len([e for e in coded(coders["en"], text, "en") if e[0] == "AGREE"]) == 1


TRIGGERS: list[tuple[str, str, str, tuple[str, set[str], set[str], str]]] = [
    (
        "insult",
        "fr",
        "Les insultes de la Chine contre les Philippines se multiplient.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "murder",
        "fr",
        "Le meurtre d'un diplomate russe par l'Ukraine a choqué.",
        ("ASSAULT", {"UKR"}, {"RUS"}, "asserted"),
    ),
    (
        "awaiting explanations",
        "fr",
        "La Russie a déclaré : « Nous attendons des explications de l'Ukraine. »",
        ("REQUEST", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "not ruling out any option",
        "fr",
        "La Chine n'exclut aucune option contre les Philippines.",
        ("THREATEN", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "measures to come",
        "fr",
        "La Russie prendra toutes les mesures nécessaires contre l'Ukraine.",
        ("THREATEN", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "trading insults",
        "en",
        "China's insults against the Philippines continued.",
        ("ACCUSE", {"CHN"}, {"PHL"}, "asserted"),
    ),
    (
        "murder",
        "en",
        "Russia's murder of a Ukrainian journalist outraged the world.",
        ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ),
    (
        "null and void",
        "en",
        "Russia said the decision by China was null and void.",
        ("REJECT", {"RUS"}, {"CHN"}, "asserted"),
    ),
    (
        "untrue",
        "en",
        "Ukraine said the claim by Russia was untrue.",
        ("REJECT", {"UKR"}, {"RUS"}, "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("name", "lang", "text", "expected"), TRIGGERS, ids=[f"{r[1]}-{r[0]}" for r in TRIGGERS]
)
def test_general_triggers(
    coders: dict[str, Coder],
    name: str,
    lang: str,
    text: str,
    expected: tuple[str, set[str], set[str], str],
) -> None:
    check(coders[lang], lang, text, expected)


def test_not_heeding_a_warning_is_a_refusal(coders: dict[str, Coder]) -> None:
    text = "Russia did not heed the warning of the United States."
    check(coders["en"], "en", text, ("REJECT", {"RUS"}, {"USA"}, "asserted"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The American trade offensive against China worried markets."),
        ("fr", "L'offensive commerciale des États-Unis contre la Chine inquiète les marchés."),
    ],
)
def test_a_trade_offensive_is_no_attack(coders: dict[str, Coder], lang: str, text: str) -> None:
    found = coded(coders[lang], text, lang)
    assert all(kind != "ASSAULT" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'Iran a tiré des dizaines de drones vers Israël.", ("IRN", "ISR")),
        ("fr", "La Russie a tiré des obus vers l'Ukraine.", ("RUS", "UKR")),
        ("en", "Iran fired drones toward Israel.", ("IRN", "ISR")),
        ("en", "Russia fired rockets toward Ukraine.", ("RUS", "UKR")),
    ],
)
def test_rockets_shells_and_drones_fired_are_an_attack(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = coded(coders[lang], text, lang)
    source, target = expected
    assert ("ASSAULT", frozenset({source}), frozenset({target}), "asserted") in found, found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président sud-coréen a décrété la loi martiale."),
        ("en", "South Korea's president declared martial law."),
        ("en", "Seoul declared emergency martial law."),
    ],
)
def test_declaring_martial_law_coerces_the_country_itself(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("COERCE", frozenset({"KOR"}), frozenset({"KOR"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gouvernement russe a coupé l'internet mobile."),
        ("en", "The Russian government shut down the internet in Moscow."),
        ("en", "Russian authorities cut internet access across the country."),
    ],
)
def test_shutting_down_the_internet_coerces_the_country_itself(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les mercenaires russes ont lancé une mutinerie."),
        ("fr", "Les mercenaires russes ont lancé une rébellion contre Moscou."),
        ("en", "Russian mercenaries launched a mutiny."),
        ("en", "Russian mercenaries launched a revolt against Moscow."),
    ],
)
def test_a_mutiny_is_the_state_s_own_forces_assaulting_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ASSAULT", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Russia lodged a protest with Germany.", ("ACCUSE", {"RUS"}, {"DEU"}, "asserted")),
        (
            "fr",
            "La Russie a déclaré la guerre à l'Ukraine.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
    ],
)
def test_a_diplomatic_protest_accuses_and_war_is_declared_on_a_party(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders[lang], lang, text, expected)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Des navires chinois ont visé un bateau des Philippines avec des canons à eau.",
            ("COERCE", {"CHN"}, {"PHL"}, "asserted"),
        ),
        (
            "fr",
            "Des navires chinois ont aspergé un bateau des Philippines avec des canons à eau.",
            ("COERCE", {"CHN"}, {"PHL"}, "asserted"),
        ),
        (
            "en",
            "Chinese coast guard ships targeted a Philippine boat with water cannon.",
            ("COERCE", {"CHN"}, {"PHL"}, "asserted"),
        ),
        (
            "en",
            "Chinese ships hit a Philippine supply boat with a water cannon.",
            ("COERCE", {"CHN"}, {"PHL"}, "asserted"),
        ),
        (
            "fr",
            "L'armée israélienne a visé le Liban avec des obus.",
            ("ASSAULT", {"ISR"}, {"LBN"}, "asserted"),
        ),
        ("en", "Israeli jets hit Lebanon on Tuesday.", ("ASSAULT", {"ISR"}, {"LBN"}, "asserted")),
    ],
)
def test_water_cannon_turned_on_a_ship_is_coercion(
    coders: dict[str, Coder], lang: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    # PLOVER (GOLD.md): water cannon is COERCE; the same verbs with shells stay an attack
    check(coders[lang], lang, text, expected)
