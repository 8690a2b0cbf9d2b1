"""The integrity of the knowledge base's shipped files: headers, completeness, references,
the title lexicons, and that they are what the build script makes of the public sources."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from .helpers import KB_DIR, NO_DEMONYM, ROOT, records


def test_every_file_has_a_header() -> None:
    for name in ("countries.jsonl", "organizations.jsonl", "people.jsonl", "places.jsonl"):
        header = json.loads((KB_DIR / name).read_text(encoding="utf-8").splitlines()[0])
        meta = header["_meta"]
        assert meta["generated_by"] == "scripts/build_kb.py" and meta["sources"]


def test_countries_are_complete() -> None:
    countries = records("countries.jsonl")
    codes = [c["iso3"] for c in countries]
    assert len(codes) == len(set(codes)) == 250 and {"XKX", "PSE", "TWN"} <= set(codes)
    for country in countries:
        names, adjectives = country["names"], country["adjectives"]
        assert isinstance(names, dict) and isinstance(adjectives, dict)
        assert names["en"] and names["fr"], country["iso3"]
        if country["iso3"] not in NO_DEMONYM:
            assert adjectives["fr"] and adjectives["en"], country["iso3"]


def test_organisations_refer_to_known_countries() -> None:
    codes = {c["iso3"] for c in records("countries.jsonl")}
    for org in records("organizations.jsonl"):
        assert org["country"] is None or org["country"] in codes, org["id"]
        assert org["kind"] in ("organization", "group")


def test_terms_are_ordered() -> None:
    for person in records("people.jsonl"):
        roles = person["roles"]
        assert isinstance(roles, list) and roles
        for role in roles:
            if role["start"] and role["end"]:
                assert str(role["start"])[:4] <= str(role["end"])[:4], person["name"]


def test_titles_lexicons() -> None:
    for lang in ("en", "fr"):
        doc = json.loads((ROOT / "newsgraph" / "lang" / lang / "titles.json").read_text("utf-8"))
        assert doc["version"] == f"titles-{lang}.v9" and doc["sources"]
        texts = {t["text"]: t for t in doc["titles"]}
        assert all(t["role_key"] == re.sub(r"[^a-z0-9]+", "_", t["role"]) for t in doc["titles"])
        if lang == "fr":
            assert texts["ministre des Affaires étrangères"]["role_key"] == "foreign_minister"
            assert texts["chef de la diplomatie"]["sector"] == "GOV"
            assert {"présidente", "Première ministre", "porte-parole"} <= set(texts)
            assert texts["chef rebelle"]["sector"] == "REB"
        else:
            assert texts["secretary of state"]["role_key"] == "foreign_minister"
            assert texts["judge"]["sector"] == "JUD"
            assert texts["spokesman"]["sector"] is None  # the sector of whom they speak for


@pytest.mark.shared
def test_shipped_files_match_a_rebuild(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The committed data is what scripts/build_kb.py produces from the public sources."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))  # where build_kb.py finds its kb package
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    version = json.loads((KB_DIR / "people.jsonl").read_text("utf-8").splitlines()[0])
    argv = ["--data", str(shared / "data"), "--out", str(tmp_path / "kb")]
    argv += ["--lang-out", str(tmp_path / "lang"), "--version", version["_meta"]["version"]]
    assert module.main(argv) == 0
    for name in ("countries.jsonl", "organizations.jsonl", "people.jsonl", "places.jsonl"):
        assert (tmp_path / "kb" / name).read_text("utf-8") == (KB_DIR / name).read_text("utf-8")
    for lang in ("en", "fr"):
        rebuilt = (tmp_path / "lang" / lang / "titles.json").read_text("utf-8")
        assert rebuilt == (ROOT / "newsgraph" / "lang" / lang / "titles.json").read_text("utf-8")
