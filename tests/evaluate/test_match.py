from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from newsgraph.evaluate.match import (
    actor_codes,
    code_match,
    date_right,
    igo_match,
    max_matching,
    name_key,
    name_match,
    surnames,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jean-Noël Barrot", "jean noel barrot"),
        ("Sergueï Lavrov", "SERGUEI LAVROV"),
        ("Kim\u00a0Jong-un", "Kim Jong Un"),
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Michael O’Flaherty", "Michael O'Flaherty"),
        ("Abdel Fattah al\u2011Burhan", "Abdel Fattah al-Burhan"),
        ("  Emmanuel \u202f Macron ", "Emmanuel Macron"),
    ],
)
def test_name_keys_set_accents_case_spaces_and_hyphens_aside(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_surnames() -> None:
    assert surnames("Therese Kayikwamba Wagner") == {"wagner", "kayikwamba wagner"}
    assert surnames("Ferdinand Marcos Jr.") == {"marcos"}
    assert "kim" in surnames("Kim Jong Un", "PRK")
    assert "kim" not in surnames("Kim Jong Un")
    assert surnames("Lula") == set()


@pytest.mark.parametrize(
    ("name", "names", "person", "country", "strength"),
    [
        ("Zelensky", ["Volodymyr Zelensky"], True, "UKR", 1),
        ("Zelenski", ["Volodymyr Zelensky", "Volodymyr Zelenski"], True, "UKR", 1),
        ("volodymyr zélensky", ["Volodymyr Zelensky"], True, "UKR", 2),
        ("Volodymyr Zelensky", ["Zelensky"], True, "UKR", 1),
        ("Al-Burhan", ["Abdel Fattah al-Burhan"], True, "SDN", 1),
        ("Kim", ["Kim Jong Un"], True, "PRK", 1),
        ("Jong Un", ["Kim Jong Un"], True, "PRK", 1),
        ("Volodymyr", ["Volodymyr Zelensky"], True, "UKR", 0),
        ("Union", ["European Union"], False, None, 0),
        ("Corée du Nord", ["North Korea"], False, "PRK", 0),
    ],
)
def test_name_match(name: str, names: list[str], person: bool, country: str, strength: int) -> None:
    assert name_match(name, names, person, country) == strength


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("UN", "United Nations", True),
        ("UN", "Nations unies", True),
        ("UN", "United Nations Security Council", True),
        ("UN", "Conseil de sécurité de l'ONU", True),
        ("United Nations", "United Nations Children's Fund", True),
        ("EU", "Union européenne", True),
        ("EU", "European Commission", True),
        ("NATO", "OTAN", True),
        ("ECOWAS", "Economic Community of West African States", True),
        ("CARICOM", "Caribbean Community", True),
        ("CARICOM", "Communauté caribéenne", True),
        ("UN", "OCHA", True),
        ("UN", "Bureau de la coordination des affaires humanitaires", True),
        ("ABC", "Alpha Beta Corporation", True),
        ("UN", "EU", False),
        ("WFP", "United Nations", False),
        ("AU", "European Union", False),
        ("CoE", "European Union", False),
        ("CARICOM", "Community of Latin American and Caribbean States", False),
    ],
)
def test_igo_names_match_loosely(a: str, b: str, same: bool) -> None:
    assert igo_match(a, b) is same
    assert igo_match(b, a) is same


def test_code_match() -> None:
    assert code_match("RUS", "RUS") and code_match("rus", "RUS")
    assert code_match("IGO:United Nations", "IGO:UN")
    assert not code_match("RUS", "IGO:RUS")
    assert not code_match("UKR", "RUS")


def test_actor_codes() -> None:
    actors: dict[str, dict[str, Any]] = {
        "a1": {"id": "a1", "name": "Vladimir Putin", "kind": "person", "country": "RUS"},
        "a2": {"id": "a2", "name": "United Nations", "kind": "organization", "country": None},
        "a3": {"id": "a3", "name": "Kaja Kallas", "kind": "person", "country": None},
        "a4": {"id": "a4", "name": "Nations unies", "kind": "group", "sector": "IGO"},
    }
    assert actor_codes("a1", actors) == {"RUS"}
    assert actor_codes("a2", actors) == {"IGO:United Nations"}
    assert actor_codes("a3", actors) == set()
    assert actor_codes("a4", actors) == {"IGO:Nations unies"}
    assert actor_codes("FRA", actors) == {"FRA"}


@pytest.mark.parametrize(
    ("output", "gold", "right"),
    [
        ("2023-09-14", "2023-09-14", True),
        ("2023-09-14", "2023-09", True),
        ("2023-09", "2023-09", True),
        ("2023-05-02", "2023", True),
        ("2023-09", "2023-09-14", False),
        ("2023-10-01", "2023-01", False),
        ("2023-09-13", "2023-09-14", False),
        (None, None, True),
        ("2023-09-14", None, False),
        (None, "2023-09", False),
    ],
)
def test_date_right(output: str | None, gold: str | None, right: bool) -> None:
    assert date_right(output, gold) is right


def test_max_matching_is_not_fooled_by_a_greedy_first_choice() -> None:
    # gold 0 prefers output 0, which gold 1 needs: a greedy pass would pair only one.
    costs = {0: {0: 0, 1: 1}, 1: {0: 0}}
    assert max_matching(2, 2, costs.__getitem__) == {0: 1, 1: 0}


def test_max_matching_never_trades_a_pair_for_a_cheaper_matching() -> None:
    costs = {0: {0: 0, 1: 50}, 1: {0: 50}}
    assert max_matching(2, 2, costs.__getitem__) == {0: 1, 1: 0}


def test_max_matching_takes_the_cheapest_of_the_maximum_matchings() -> None:
    # in order, gold 0 would keep output 0 and push gold 1 onto its dear output 2
    costs = {0: {0: 1, 1: 1}, 1: {0: 0, 2: 3}}
    assert max_matching(2, 3, costs.__getitem__) == {0: 1, 1: 0}
    assert max_matching(0, 0, lambda left: {}) == {}
    assert max_matching(1, 0, lambda left: {}) == {}
    assert max_matching(3, 1, lambda left: {0: left}) == {0: 0}


@pytest.mark.parametrize("seed", range(30))
def test_max_matching_is_as_large_and_cheap_as_any_other(seed: int) -> None:
    rng = random.Random(seed)
    lefts, rights = rng.randint(0, 5), rng.randint(0, 5)
    costs = {
        left: {right: rng.randint(0, 4) for right in range(rights) if rng.random() < 0.5}
        for left in range(lefts)
    }
    found = max_matching(lefts, rights, costs.__getitem__)
    assert len(set(found.values())) == len(found)
    best = (0, 0)
    for chosen in itertools.permutations(range(max(lefts, rights)), lefts):
        pairs = [(left, r) for left, r in enumerate(chosen) if r in costs[left]]
        best = max(best, (len(pairs), -sum(costs[left][r] for left, r in pairs)))
    assert (len(found), -sum(costs[left][r] for left, r in found.items())) == best
