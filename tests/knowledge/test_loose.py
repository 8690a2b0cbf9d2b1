"""Loose country names (« Congo », "Guinean") read by the states an article names."""

from __future__ import annotations

from collections import Counter

from newsgraph.knowledge.loose import LooseNames, shipped_loose

DATA = {
    "version": "t",
    "loose_countries": [
        {"names": ["Congo", "congolais", "Congolese"], "states": ["COD", "COG"]},
        {"names": ["Guinée", "guinéen"], "states": ["GIN", "GNB", "GNQ"]},
    ],
}


def test_a_loose_name_keeps_the_first_state_without_evidence() -> None:
    loose = LooseNames.from_data(DATA)
    assert loose.read("Congo", Counter()) == "COD"
    assert loose.read("le Congo", Counter({"COD": 1, "COG": 1})) == "COD"


def test_the_state_the_article_names_most_decides() -> None:
    loose = LooseNames.from_data(DATA)
    assert loose.read("congolais", Counter({"COG": 2, "COD": 1})) == "COG"
    assert loose.read("Guinéen", Counter({"GNQ": 1})) == "GNQ"


def test_a_name_of_one_state_is_not_loose() -> None:
    loose = LooseNames.from_data(DATA)
    assert loose.read("Gabon", Counter({"GAB": 3})) is None
    assert loose.candidates("Congo-Brazzaville") == ()


def test_loose_names_are_no_evidence() -> None:
    loose = LooseNames.from_data(DATA)
    named = [("Congo", "COD"), ("congolais", "COD"), ("Brazzaville", "COG"), ("Zembla", "ZZZ")]
    assert loose.evidence(named) == Counter({"COG": 1, "ZZZ": 1})


def test_the_shipped_groups_hold_the_congos_and_the_guineas() -> None:
    loose = shipped_loose()
    assert loose.candidates("Congolese") == ("COD", "COG")
    assert "GNB" in loose.candidates("la Guinée")


def test_korean_alone_is_not_loose() -> None:
    # news writing qualifies the North ("North Korean"): "Korean" alone keeps its one state
    # even in a story that names the North more than the South
    assert shipped_loose().candidates("Korean") == ()
