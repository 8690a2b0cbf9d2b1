"""Words about an act told before, aimed at its author (:mod:`newsgraph.events.answered`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded, described, make_article
from .test_domestic import with_actor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Iran a accusé Israël d'agression. La France a accusé la Russie d'ingérence. "
            "Moscou a rejeté ces accusations.",
            "fr",
        ),
        (
            "Iran accused Israel of aggression. France accused Russia of interference. Moscow "
            "rejected the accusations.",
            "en",
        ),
    ],
)
def test_a_rejection_of_accusations_answers_the_charge_against_the_speaker(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    rejections = [e[:3] for e in found if e[0] == "REJECT"]
    assert rejections == [("REJECT", frozenset({"RUS"}), frozenset({"FRA"}))], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Iran a attaqué Israël samedi. La France a condamné l'attaque.",
        ),
        (
            "en",
            "Iran attacked Israel on Saturday. France condemned the attack.",
        ),
    ],
)
def test_words_about_an_act_named_again_are_aimed_at_its_doer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = set(coded(coders[lang], text, lang))
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"IRN"}), "asserted") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Union européenne a adopté des sanctions contre la Géorgie. Lundi, la France avait "
            "convoqué l'ambassadeur de Géorgie. Le premier ministre géorgien a rejeté "
            "« catégoriquement » ces sanctions.",
        ),
        (
            "en",
            "The European Union imposed sanctions on Georgia. On Monday, France had summoned "
            "Georgia's ambassador. Georgia's prime minister rejected \"categorically\" these "
            "sanctions.",
        ),
    ],
)
def test_an_act_named_again_after_quotation_marks_is_still_its_doer_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Quotation marks around an adverb make the parser hang the object on the verb as a
    bare adverbial; it still names the sanctions told before."""
    found = set(coded(coders[lang], text, lang))
    assert ("REJECT", frozenset({"GEO"}), frozenset({"European Union"}), "asserted") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a imposé des sanctions à l'Iran. Le Japon, qui avait bloqué en mai un "
            "paquet de sanctions, s'est abstenu jeudi.",
        ),
        (
            "en",
            "Germany imposed sanctions on Iran. Japan, which had blocked a previous package of "
            "sanctions, abstained this time.",
        ),
    ],
)
def test_a_package_of_acts_named_again_is_its_doer_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """Blocking a package of sanctions is aimed at whoever imposes them, not at their
    target."""
    found = set(coded(coders[lang], text, lang))
    assert ("REJECT", frozenset({"JPN"}), frozenset({"DEU"}), "asserted") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Chine a imposé des sanctions à l'Ukraine. La Russie a salué la levée des "
            "sanctions.",
        ),
        ("en", "China imposed sanctions on Ukraine. Russia welcomed the lifting of the sanctions."),
    ],
)
def test_a_determined_genitive_is_no_package_of_acts(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "La levée des sanctions" is an act on the sanctions, not the sanctions themselves."""
    found = set(coded(coders[lang], text, lang))
    assert not any(e[0] == "SUPPORT" and e[2] == frozenset({"CHN"}) for e in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'armée de Kordavie accuse le Front de libération d'avoir lancé une offensive. La "
            "Zemblie accuse l'armée de Kordavie de bombarder des villages. Le porte-parole du "
            "Front de libération rejette ces accusations.",
        ),
        (
            "en",
            "The Kordavian army accuses the Liberation Front of launching an offensive. Zembla "
            "accuses the Kordavian army of shelling villages. The Liberation Front's spokesman "
            "rejects these accusations.",
        ),
    ],
)
def test_rebels_rejecting_accusations_answer_the_charge_against_them_not_their_state(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """The rebels and their government are one party by country; the charge the rebels
    answer is the one aimed at them, not Zembla's against their state's army."""
    article = make_article(text, lang)
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavie", "Kordavian")
    with_actor(article, "Zembla", "country", "ZMB", "GOV", "Zemblie", "Zembla")
    front = ("Front de libération", "Liberation Front")
    with_actor(article, "Liberation Front", "group", "KOR", "REB", *front)
    found = {described(article, e) for e in coders[lang].code_article(article)}
    assert not any(e[0] == "REJECT" and "ZMB" in e[2] for e in found), found
    assert any(e[0] == "REJECT" and e[2] == frozenset({"KOR"}) for e in found), found
