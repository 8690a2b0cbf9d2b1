"""The choice of a target the sentence does not name (:mod:`newsgraph.events.targets`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Span
from newsgraph.events import Coder

from .helpers import coded, described, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany warned that Russia would attack Ukraine.", "en"),
        ("La France a averti que la Russie attaquerait l'Ukraine.", "fr"),
    ],
)
def test_a_warning_of_another_party_s_act_is_no_threat_of_the_speaker(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "THREATEN" for e in found), found
    assert any(e[0] == "ASSAULT" and e[1] == {"RUS"} for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany warned that it would impose sanctions on Russia.", "en"),
        ("La France a averti qu'elle imposerait des sanctions à la Russie.", "fr"),
    ],
)
def test_a_warning_of_the_speaker_s_own_act_is_its_threat(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert any(e[0] == "THREATEN" and e[2] == {"RUS"} for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia threatened Japan on Monday. Russia said it would respond. China accused "
            "Japan of spying. Analysts in Russia were cautious. Experts expect more tension. "
            "Japan refused to comply.",
            "en",
        ),
        (
            "La Russie a menacé le Japon lundi. La Russie a dit qu'elle répondrait. La Chine a "
            "accusé le Japon d'espionnage. Les analystes en Russie restent prudents. Les experts "
            "attendent plus de tensions. Le Japon a refusé de céder.",
            "fr",
        ),
    ],
)
def test_a_reply_to_an_act_told_further_back_answers_the_story_s_main_other_state(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Whoever last acted on the source, when named neither in the sentence nor in the one
    before, gives way to the article's main other state."""
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"JPN"}), frozenset({"RUS"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Russia threatened Japan on Monday. Russia said it would respond. Russia warned "
            "Japan again. China accused Japan of spying. Japan refused to comply.",
            "en",
        ),
        (
            "La Russie a menacé le Japon lundi. La Russie a dit qu'elle répondrait. La Russie a "
            "de nouveau averti le Japon. La Chine a accusé le Japon d'espionnage. Le Japon a "
            "refusé de céder.",
            "fr",
        ),
    ],
)
def test_a_reply_to_an_act_told_just_before_answers_its_author(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Whoever last acted on the source, named in the sentence before, is answered before the
    article's main other state (dev sets: 65 right guesses of this fallback to 9 wrong)."""
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"JPN"}), frozenset({"CHN"}), "asserted") in found, found


def test_the_opposition_may_accuse_its_own_government(coders: dict[str, Coder]) -> None:
    text = "The Democratic Party accused the Italian government of lying."
    article = make_article(text, "en")
    opposition = Actor("opp", "Democratic Party", "organization", "ITA", sector="OPP")
    opposition.mentions = [Span(4, 20, "Democratic Party")]
    government = Actor("gov", "Italy", "country", "ITA", sector="GOV")
    government.mentions = [Span(33, 40, "Italian")]
    article.actors = [opposition, government]
    found = [(e.type, e.source, e.target) for e in coders["en"].code_article(article)]
    assert ("ACCUSE", ["opp"], ["gov"]) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La Russie a critiqué la Chine. Moscou a exhorté les habitants à partir.", "RUS"),
        ("en", "Russia criticised China. Georgian police detained 16 students.", "GEO"),
    ],
)
def test_an_act_on_people_named_by_what_they_are_is_done_at_home(
    coders: dict[str, Coder], lang: str, text: str, expected: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert any(s == {expected} and t == {expected} for _, s, t, _ in found), found


def test_a_ban_on_the_opposition_is_coercion_at_home(coders: dict[str, Coder]) -> None:
    """Banning opposition candidates, newspapers or rallies restricts one's own people
    (COERCE); banning another country's goods is a sanction."""
    home = coded(coders["en"], "Russia has banned opposition candidates from the election.", "en")
    assert ("COERCE", frozenset({"RUS"}), frozenset({"RUS"}), "asserted") in home, home
    abroad = coded(coders["en"], "Russia banned imports of Ukrainian grain.", "en")
    assert ("SANCTION", frozenset({"RUS"}), frozenset({"UKR"}), "asserted") in abroad, abroad


def test_an_opposition_acts_on_its_own_government_when_no_one_is_named(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Japan and South Korea signed a trade deal. The opposition Democrats criticised the text."
    )
    article = make_article(text, "en", names=["Japan", "South Korea"])
    start = text.index("Democrats")
    actor = Actor("Democratic Party", "Democratic Party", "organization", "KOR", "OPP")
    actor.mentions = [Span(start, start + len("Democrats"), "Democrats")]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    accusations = [e for e in found if e[0] == "ACCUSE"]
    assert accusations and accusations[0][2] == {"KOR"}, found


def test_words_to_a_state_body_of_no_state_named_go_to_the_state_of_the_article(
    coders: dict[str, Coder],
) -> None:
    text = (
        "South Korea imposed a blockade on the islands on Monday. Seoul said the blockade "
        "would last a week. North Korea criticised the blockade. "
        "Japan urged the government to lift the blockade."
    )
    found = [e for e in coded(coders["en"], text, "en") if e[0] == "REQUEST"]
    assert found and all(e[2] == {"KOR"} for e in found), found


def test_a_state_s_words_to_its_own_body_are_an_event(coders: dict[str, Coder]) -> None:
    text = (
        "Yoon Suk-yeol a ordonné à l'armée de regagner ses casernes. "
        "Yoon a exhorté l'armée à se retirer."
    )
    found = [e for e in coded(coders["fr"], text, "fr") if e[0] == "REQUEST"]
    assert ("REQUEST", {"KOR"}, {"KOR"}, "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "target"),
    [
        ("fr", "Moscou a émis un mandat d'arrêt contre le commandant ukrainien.", "UKR"),
        ("fr", "Le procureur russe a annoncé des mandats d'arrêt contre quinze opposants.", "RUS"),
        ("en", "The Kremlin issued an arrest warrant for the Ukrainian commander.", "UKR"),
        ("en", "A Russian court issued an arrest warrant for the opposition leader.", "RUS"),
    ],
)
def test_an_arrest_warrant_coerces_whom_it_names_else_the_issuer_s_own(
    coders: dict[str, Coder], lang: str, text: str, target: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert found == [("COERCE", frozenset({"RUS"}), frozenset({target}), "asserted")], found


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine. Attacks against Ukraine are totally unacceptable, Germany said.",
        "Russia attacked Ukraine. Germany called the attacks on Ukraine reckless.",
    ],
)
def test_a_judgement_of_an_act_blames_its_author_not_whom_it_hit(
    coders: dict[str, Coder], text: str
) -> None:
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in found, found
    assert not [e for e in found if e[0] == "ACCUSE" and "UKR" in e[2]], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a accusé la Russie de cyberattaques. La France a condamné la Russie. "
            "Moscou a rejeté ces accusations.",
        ),
        (
            "en",
            "Germany accused Russia of cyberattacks. France condemned Russia. Moscow rejected "
            "the accusations.",
        ),
    ],
)
def test_a_rejection_of_accusations_answers_the_first_accuser(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("REJECT", frozenset({"RUS"}), frozenset({"DEU"}), "asserted") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Allemagne a imposé des sanctions à l'Iran. La France a imposé des sanctions à "
            "l'Iran. Téhéran a dénoncé les sanctions.",
        ),
        (
            "en",
            "Germany imposed sanctions on Iran. France imposed sanctions on Iran. Tehran "
            "denounced the sanctions.",
        ),
    ],
)
def test_words_on_an_act_named_again_aim_at_its_first_doer(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"IRN"}), frozenset({"DEU"}), "asserted") in found, found
