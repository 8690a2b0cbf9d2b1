"""When one event is told twice (:mod:`newsgraph.events.retelling`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events import Coder

from .helpers import coded, make_article

pytestmark = pytest.mark.model


def test_a_noun_with_a_genitive_name_points_back_to_the_event_told_before(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Ukraine accused Russia of shelling the city on Monday. Moscow dismissed Kyiv's "
        "accusations against Russia as propaganda."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ACCUSE") == 1, found


def test_the_same_act_told_again_nearby_on_the_same_day_is_one_event(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Russian jets bombed Ukrainian positions on Monday. The Ukrainian army said Russian "
        "jets bombed its positions near Kharkiv on Monday."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ASSAULT") == 1, found


def test_another_word_for_an_act_in_a_row_is_another_event(coders: dict[str, Coder]) -> None:
    text = (
        "Russian jets bombed Ukrainian positions on Monday. Russian artillery also shelled "
        "Ukrainian positions near Kharkiv on Monday."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("ASSAULT") == 2, found


def test_an_event_mentioned_twice_in_a_sentence_is_coded_once(coders: dict[str, Coder]) -> None:
    text = "La Russie a bombardé l'Ukraine, selon Kiev, qui accuse la Russie de frapper l'Ukraine."
    article = make_article(text, "fr")
    kinds = [e.type for e in coders["fr"].code_article(article)]
    assert kinds.count("ASSAULT") == 1, kinds


def test_an_act_told_again_is_a_new_one_a_prospect_is_the_same(coders: dict[str, Coder]) -> None:
    text = (
        "La Russie a bombardé l'Ukraine lundi. La Russie a encore bombardé l'Ukraine. "
        "La Russie et la Chine pourraient signer un accord. "
        "La Russie et la Chine pourraient conclure un accord."
    )
    article = make_article(text, "fr", published=dt.date(2024, 6, 20))
    kinds = [e.type for e in coders["fr"].code_article(article)]
    assert (kinds.count("ASSAULT"), kinds.count("AGREE")) == (2, 1), kinds


def test_a_definite_noun_points_back_to_the_event_told_before(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. The talks between Russia and "
        "Ukraine lasted two hours. Since the invasion of Ukraine by Russia in 2022, Kyiv has "
        "rebuilt its army. Russia invaded Ukraine again."
    )
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found].count("CONSULT") == 1, found
    assert [e[0] for e in found].count("ASSAULT") == 2, found  # the invasion, then another


def test_a_new_or_second_noun_event_is_one_more(coders: dict[str, Coder]) -> None:
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. The new talks between Russia and "
        "Ukraine lasted two hours."
    )
    assert [e[0] for e in coded(coders["en"], text, "en")].count("CONSULT") == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Germany blamed Russia for the attack. The next day Berlin suspended the "
            "energy treaty and expelled Russian military advisers.",
        ),
        (
            "fr",
            "La Russie a expulsé douze agents français. Paris a expulsé douze diplomates "
            "russes et rappelé son ambassadeur à Moscou.",
        ),
    ],
)
def test_coordinated_verbs_of_one_type_and_sides_are_two_acts(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    found = coded(coders[lang], text, lang)
    sides = ("DEU", "RUS") if lang == "en" else ("FRA", "RUS")
    act = ("SANCTION", frozenset({sides[0]}), frozenset({sides[1]}), "asserted")
    assert found.count(act) == 2, found
