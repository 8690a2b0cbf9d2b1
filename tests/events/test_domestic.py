"""Events of one state on both sides: its rebels, its opposition, its government."""

from __future__ import annotations

import re

import pytest

from newsgraph.article import Actor, ActorKind, Article, Span
from newsgraph.events import Coder

from .helpers import coded, described, make_article

pytestmark = pytest.mark.model


def with_actor(
    article: Article, name: str, kind: ActorKind, country: str, sector: str, *forms: str
) -> None:
    """Adds an actor the shared helpers do not know, mentioned by ``forms``."""
    mentions = [
        Span(m.start(), m.end(), m.group())
        for form in forms
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", article.text)
    ]
    article.actors.append(Actor(name, name, kind, country, sector, mentions=mentions))


CONGO = (
    "Congo's army said the fighting went on in Congo's east. Congo has asked for talks. "
    "Rwanda denies backing the group. "
)


def test_rebels_in_their_state_s_civil_war_act_on_its_government(coders: dict[str, Coder]) -> None:
    text = CONGO + "M23 fighters attacked positions near Uvira on Tuesday."
    article = make_article(text, "en")
    with_actor(article, "Congo", "country", "COD", "GOV", "Congo")
    with_actor(article, "Rwanda", "country", "RWA", "GOV", "Rwanda")
    with_actor(article, "M23", "group", "COD", "REB", "M23")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert ("ASSAULT", frozenset({"COD"}), frozenset({"COD"})) in found, found


def test_rebels_in_a_story_of_two_states_do_not_act_on_their_own(coders: dict[str, Coder]) -> None:
    text = (
        "Israel and Lebanon agreed a truce. Israel said Lebanon must act. "
        "Israel struck Lebanon. Hezbollah fighters attacked positions near the border on Tuesday."
    )
    article = make_article(text, "en")
    with_actor(article, "Hezbollah", "group", "LBN", "REB", "Hezbollah")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert ("ASSAULT", frozenset({"LBN"}), frozenset({"LBN"})) not in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Algérie a imputé les feux au Maroc. L'Algérie a rompu ses relations avec le "
            "Maroc. La police a depuis arrêté plusieurs dizaines de suspects.",
        ),
        (
            "en",
            "Panama rejected the claims of the United States. Panama said the canal was its own. "
            "Riot police blocked the students several blocks away.",
        ),
    ],
)
def test_police_named_by_what_it_is_arrests_its_own_people(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    with_actor(article, "Algeria", "country", "DZA", "GOV", "Algérie", "algérienne")
    with_actor(article, "Morocco", "country", "MAR", "GOV", "Maroc")
    with_actor(article, "Panama", "country", "PAN", "GOV", "Panama", "Panamanian")
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    state = frozenset({"DZA" if lang == "fr" else "PAN"})
    assert ("COERCE", state, state) in found, found


def test_troops_withdrawn_on_their_own_soil_is_a_retreat(coders: dict[str, Coder]) -> None:
    text = (
        "Bolivia's army chief ordered his troops into the square. Bolivia's president ordered "
        "him to withdraw his soldiers. By early evening the soldiers had withdrawn."
    )
    article = make_article(text, "en")
    with_actor(article, "Bolivia", "country", "BOL", "GOV", "Bolivia", "Bolivian")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert ("RETREAT", frozenset({"BOL"}), frozenset({"BOL"})) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Arménie a annulé samedi la visite du vice-Premier ministre russe. Dimanche, le "
            "ministère des Affaires étrangères a convoqué l'ambassadeur russe.",
        ),
        (
            "en",
            "Armenia cancelled the visit of the Russian deputy prime minister on Saturday. On "
            "Sunday the foreign ministry summoned the Russian ambassador.",
        ),
    ],
)
def test_a_ministry_named_by_what_it_is_is_the_state_named_before(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    with_actor(article, "Armenia", "country", "ARM", "GOV", "Arménie", "Armenia")
    with_actor(article, "Russia", "country", "RUS", "GOV", "russe", "Russian")
    found = {described(article, e)[1:3] for e in coders[lang].code_article(article)}
    assert (frozenset({"ARM"}), frozenset({"RUS"})) in found, found


@pytest.mark.parametrize(
    ("lang", "ministry", "head"),
    [("fr", "ministère", "porte-parole"), ("en", "ministry", "spokesman")],
)
def test_ministries_and_heads_are_lexicon_data(
    coders: dict[str, Coder], lang: str, ministry: str, head: str
) -> None:
    lexicon = coders[lang].lexicon
    assert ministry in lexicon.ministries
    assert head in lexicon.heads
    assert not lexicon.ministries & lexicon.state_bodies


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des garde-côtes chinois ont tiré au canon à eau sur un bateau philippin. Le "
            "ministère des Affaires étrangères a convoqué l'ambassadeur de Chine.",
        ),
        (
            "en",
            "Chinese coast guard vessels fired water cannon at a Philippine boat near the shoal. "
            "The Department of Foreign Affairs summoned China's deputy chief of mission.",
        ),
    ],
)
def test_a_ministry_that_summons_is_never_the_state_it_summons(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = {e[:3] for e in coded(coders[lang], text, lang)}
    assert ("ACCUSE", frozenset({"PHL"}), frozenset({"CHN"})) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kordavia's president declared martial law. Kordavia's parliament voted to lift it. "
            "Kordavia's opposition filed a motion. "
            "Thousands of people have rallied every night outside the Assembly.",
        ),
        (
            "fr",
            "Le président de la Kordavie a décrété la loi martiale. Le parlement de la Kordavie "
            "l'a levée. L'opposition de la Kordavie a déposé une motion. "
            "Des milliers de personnes ont manifesté chaque soir devant l'Assemblée.",
        ),
    ],
)
def test_crowds_no_one_names_in_a_story_of_one_state_protest_against_it(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    article = make_article(text, lang)
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia", "Kordavie")
    found = {described(article, e)[:3] for e in coders[lang].code_article(article)}
    assert ("PROTEST", frozenset({"KOR"}), frozenset({"KOR"})) in found, found


def test_crowds_no_one_names_in_a_story_of_two_states_are_no_one_s(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Kordavia's president met Zembla's president. Kordavia and Zembla signed a deal. "
        "Zembla and Kordavia will meet again. "
        "Thousands of people have rallied every night outside the Assembly."
    )
    article = make_article(text, "en")
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia")
    with_actor(article, "Zembla", "country", "ZMB", "GOV", "Zembla")
    found = {described(article, e)[0] for e in coders["en"].code_article(article)}
    assert "PROTEST" not in found, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("General Zorn accused Alba Marin of treason.", "ACCUSE"),
        ("General Zorn urged the defence minister, Alba Marin, to resign.", "REQUEST"),
    ],
)
def test_words_between_a_state_s_army_and_its_government_are_an_event(
    coders: dict[str, Coder], sentence: str, kind: str
) -> None:
    article = make_article("Kordavia's army has surrounded the capital. " + sentence, "en")
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia")
    with_actor(article, "General Zorn", "person", "KOR", "MIL", "General Zorn")
    with_actor(article, "Alba Marin", "person", "KOR", "GOV", "Alba Marin")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert (kind, frozenset({"KOR"}), frozenset({"KOR"})) in found, found


def test_crowds_no_one_names_in_a_story_of_one_state_named_beside_a_minor_one(
    coders: dict[str, Coder],
) -> None:
    # the positive side of the two-state rule: a state named less than half as often
    text = (
        "Kordavia's president, back from Zembla, declared martial law. Kordavia's parliament "
        "voted to lift it. Kordavia's opposition filed a motion. "
        "Thousands of people have rallied every night outside the Assembly."
    )
    article = make_article(text, "en")
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia")
    with_actor(article, "Zembla", "country", "ZMB", "GOV", "Zembla")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert ("PROTEST", frozenset({"KOR"}), frozenset({"KOR"})) in found, found


def test_a_state_s_army_and_the_state_itself_are_one_side(coders: dict[str, Coder]) -> None:
    # the civil side must be a civil body or official, not the state the army serves
    text = "Kordavia's army has surrounded the capital. Kordavia's army accused Kordavia of lying."
    article = make_article(text, "en")
    with_actor(article, "Kordavia", "country", "KOR", "GOV", "Kordavia")
    with_actor(article, "Kordavian army", "organization", "KOR", "MIL", "Kordavia's army")
    found = {described(article, e)[:3] for e in coders["en"].code_article(article)}
    assert ("ACCUSE", frozenset({"KOR"}), frozenset({"KOR"})) not in found, found
