"""The places inside a country: the shipped table and its lookups."""

from __future__ import annotations

import json

from newsgraph.knowledge import PlaceTable, shipped, shipped_places

from .helpers import KB_DIR


def test_a_city_a_region_and_a_french_form_give_their_country() -> None:
    places = shipped_places()
    kharkiv, crimea, mosul = (places.place(n) for n in ("Kharkiv", "la Crimée", "Mossoul"))
    assert kharkiv is not None and (kharkiv.country, kharkiv.kind) == ("UKR", "city")
    assert crimea is not None and crimea.country == "UKR"
    assert mosul is not None and (mosul.name, mosul.country) == ("Mosul", "IRQ")
    assert places.place("Nowhereville") is None


def test_no_place_is_a_country_a_capital_or_a_common_word() -> None:
    places, kb = shipped_places(), shipped()
    for name in ("Ukraine", "Kyiv", "Paris", "Gaza", "Washington", "Nice"):
        assert places.place(name) is None, name
        assert name == "Nice" or kb.country(name) is not None, name


def test_ambiguous_and_excluded_names_are_left_out() -> None:
    """Kurdistan spans four states; Savoy is put under Switzerland by one source."""
    places = shipped_places()
    assert places.place("Kurdistan") is None and places.place("Savoy") is None


def test_the_table_has_a_header_and_one_country_per_place() -> None:
    lines = (KB_DIR / "places.jsonl").read_text(encoding="utf-8").splitlines()
    meta = json.loads(lines[0])["_meta"]
    assert meta["generated_by"] == "scripts/build_kb.py" and meta["sources"]
    assert meta["version"] == shipped().version
    records = [json.loads(line) for line in lines[1:]]
    assert len(records) > 1000
    assert {r["country"] for r in records} <= set(shipped().countries)


def test_a_table_built_by_hand_finds_its_names_in_both_languages() -> None:
    record = {"name": "Sicily", "kind": "region", "country": "ITA", "names_fr": ["Sicile"]}
    table = PlaceTable([record], "test")
    sicily = table.place("la Sicile")
    assert sicily is not None and sicily == table.place("SICILY") and sicily.country == "ITA"
    assert len(table) == 2
