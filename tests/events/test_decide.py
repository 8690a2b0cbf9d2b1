"""Deciding what a trigger is coded as (:mod:`newsgraph.events.decide`)."""

from __future__ import annotations

import pytest

from newsgraph.article import Actor, Span
from newsgraph.events import Coder

from .helpers import coded, described, make_article

pytestmark = pytest.mark.model


def test_a_noun_a_one_sided_verb_states_through_a_preposition_is_that_verb_s_act(
    coders: dict[str, Coder],
) -> None:
    text = "Iran hosted Russia and China for talks in Tehran."
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("CONSULT") == 1, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Germany condemned the attacks on Ukraine.", "en"),
        ("L'Allemagne a dénoncé les bombardements sur Kiev.", "fr"),
    ],
)
def test_a_judged_act_naming_only_its_victim_is_not_aimed_at_the_victim(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """Condemning an act that names whom it hit but no author blames its author, never its
    victim: with no author told, there is no one to aim the judgement at."""
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "ACCUSE" and "UKR" in e[2] for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia bombed Kyiv on Monday. Germany condemned the attacks on Ukraine.", "en"),
        (
            "La Russie a bombardé Kiev lundi. L'Allemagne a dénoncé les bombardements sur Kiev.",
            "fr",
        ),
    ],
)
def test_a_judged_act_naming_only_its_victim_blames_the_last_doer_of_that_act(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """The author of an act judged without one is whoever the story last told doing it."""
    found = coded(coders[lang], text, lang)
    assert ("ACCUSE", frozenset({"DEU"}), frozenset({"RUS"}), "asserted") in found, found
    assert not any(e[0] == "ACCUSE" and "UKR" in e[2] for e in found), found


def test_an_event_needs_a_source_and_a_target(coders: dict[str, Coder]) -> None:
    article = make_article("Des frappes ont visé des infrastructures civiles.", "fr")
    assert coders["fr"].code_article(article) == []


def test_an_accusation_in_a_clause_of_circumstance_is_an_act_of_its_own(
    coders: dict[str, Coder],
) -> None:
    text = "Georgia refused the talks, accusing the European Union of blackmail."
    found = coded(coders["en"], text, "en")
    assert ("ACCUSE", frozenset({"GEO"}), frozenset({"European Union"}), "asserted") in found, found


def test_a_state_does_not_reject_itself(coders: dict[str, Coder]) -> None:
    found = coded(coders["en"], "Vladimir Putin rejected any role of Russia in the attack.", "en")
    assert not [e for e in found if e[0] == "REJECT" and e[1] == e[2]], found


def test_a_sentence_stating_an_event_as_planned_and_as_done_keeps_the_done(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Les experts redoutent les éventuels projets de la Corée du Nord de fournir à la "
        "Russie des armes en plus de l'artillerie qu'elle lui a déjà fournie."
    )
    found = coded(coders["fr"], text, "fr")
    assert ("AID", frozenset({"PRK"}), frozenset({"RUS"}), "asserted") in found, found


def test_talks_of_one_opposition_alone_are_no_event(coders: dict[str, Coder]) -> None:
    text = "The Georgian Dream party held talks on Monday."
    article = make_article(text, "en", names=[])
    form = "The Georgian Dream party"
    actor = Actor("org:gd", "Georgian Dream", "organization", "GEO", "OPP")
    actor.mentions = [Span(0, len(form), form)]
    article.actors.append(actor)
    found = [described(article, e) for e in coders["en"].code_article(article)]
    assert not [e for e in found if e[0] == "CONSULT"], found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Japan said on Monday that it stood ready to help end the quarrel between "
            "Russia and Ukraine.",
            "en",
        ),
        ("Russia bombed Kyiv on Monday. Japan may also help.", "en"),
        (
            "Le Japon s'est dit prêt lundi à aider à régler le différend entre la Russie et "
            "l'Ukraine.",
            "fr",
        ),
    ],
)
def test_helping_with_no_party_named_as_helped_is_no_aid(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    """A verb of helping is aid to the party its object names; helping to do something, or
    helping with no object, names no one helped, and the context must not supply one."""
    found = coded(coders[lang], text, lang)
    assert not any(e[0] == "AID" for e in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Japan will help Ukraine rebuild its power plants.", "en"),
        ("Le Japon aidera l'Ukraine à reconstruire ses centrales.", "fr"),
    ],
)
def test_helping_a_party_the_object_names_is_aid_to_it(
    coders: dict[str, Coder], text: str, lang: str
) -> None:
    found = coded(coders[lang], text, lang)
    assert any(e[0] == "AID" and "JPN" in e[1] and "UKR" in e[2] for e in found), found
