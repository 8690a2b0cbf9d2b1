"""The bundled knowledge base: lookups, normalisation, dated office holders, data integrity."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from newsgraph.knowledge import KnowledgeBase, normalize

ROOT = Path(__file__).resolve().parents[2]
KB_DIR = ROOT / "newsgraph" / "data" / "kb"
#: Territories without a settled demonym (uninhabited, or none in the French official list).
NO_DEMONYM = {"ATF", "BVT", "HMD", "SGS", "SJM", "UMI", "VGB", "VIR"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def records(name: str) -> list[dict[str, object]]:
    lines = (KB_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[1:]]


def test_loads_quickly_from_the_package() -> None:
    started = time.perf_counter()
    kb = KnowledgeBase.load()
    assert time.perf_counter() - started < 1.0
    assert re.fullmatch(r"kb-\d{4}\.\d{2}\.\d{2}", kb.version)
    assert len(kb.countries) == 250


def test_load_from_an_explicit_folder() -> None:
    assert KnowledgeBase.load(KB_DIR).country("Allemagne", "fr") is not None


@pytest.mark.parametrize("text", ["nord-coréen", "nord-coréenne", "nord-coréens", "Nord-Coréennes"])
def test_country_from_every_french_adjective_form(kb: KnowledgeBase, text: str) -> None:
    match = kb.country(text, "fr")
    assert match is not None and match.iso3 == "PRK" and match.via == "adjective"


@pytest.mark.parametrize(
    ("text", "lang", "iso3"),
    [
        ("Pékin", "fr", "CHN"),
        ("Beijing", "en", "CHN"),
        ("Washington", "en", "USA"),
        ("Kyiv", "en", "UKR"),
        ("Kiev", "fr", "UKR"),
        ("Le Caire", "fr", "EGY"),
    ],
)
def test_country_from_capital(kb: KnowledgeBase, text: str, lang: str, iso3: str) -> None:
    match = kb.country(text, lang)
    assert match is not None and (match.iso3, match.via) == (iso3, "capital")


@pytest.mark.parametrize(
    ("text", "lang", "iso3", "sector"),
    [
        ("le Kremlin", "fr", "RUS", "GOV"),
        ("the Kremlin", "en", "RUS", "GOV"),
        ("la Maison-Blanche", "fr", "USA", "GOV"),
        ("White House", "en", "USA", "GOV"),
        ("le Pentagone", "fr", "USA", "MIL"),
        ("Downing Street", "en", "GBR", "GOV"),
        ("l’Élysée", "fr", "FRA", "GOV"),
    ],
)
def test_country_from_seat_of_power(
    kb: KnowledgeBase, text: str, lang: str, iso3: str, sector: str
) -> None:
    match = kb.country(text, lang)
    assert match is not None
    assert (match.iso3, match.via, match.sector) == (iso3, "seat", sector)


@pytest.mark.parametrize(
    ("text", "lang", "iso3"),
    [
        ("Corée du Nord", "fr", "PRK"),
        ("RPDC", "fr", "PRK"),
        ("DPRK", "en", "PRK"),
        ("Democratic People's Republic of Korea", "en", "PRK"),
        ("U.S.", "en", "USA"),
        ("Britain", "en", "GBR"),
        ("Royaume-Uni", "fr", "GBR"),
        ("RDC", "fr", "COD"),
        ("Birmanie", "fr", "MMR"),
    ],
)
def test_country_from_name_and_variants(kb: KnowledgeBase, text: str, lang: str, iso3: str) -> None:
    match = kb.country(text, lang)
    assert match is not None and match.iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("États\u00a0Unis", "USA"),
        ("Corée\u202fdu\u202fNord", "PRK"),
        ("Côte d’Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Maison Blanche", "USA"),
        ("ETATS-UNIS", "USA"),
        ("nord coréenne", "PRK"),
    ],
)
def test_normalisation_of_spaces_apostrophes_hyphens_accents(
    kb: KnowledgeBase, text: str, iso3: str
) -> None:
    match = kb.country(text, "fr")
    assert match is not None and match.iso3 == iso3


def test_normalize_key() -> None:
    assert normalize("L’Élysée") == normalize("l'Elysee") == "elysee"
    assert normalize("les talibans") == "talibans"
    assert normalize("Kim Jong-un") == normalize("Kim Jong Un")


def test_short_acronyms_need_capitals(kb: KnowledgeBase) -> None:
    assert kb.country("us", "en") is None
    assert kb.organization("who", "en") is None
    who = kb.organization("WHO", "en")
    assert who is not None and who.id == "who"


@pytest.mark.parametrize(
    ("text", "lang", "org_id"),
    [
        ("ONU", "fr", "un"),
        ("UN", "en", "un"),
        ("Nations unies", "fr", "un"),
        ("OTAN", "fr", "nato"),
        ("NATO", "en", "nato"),
        ("Nato", "en", "nato"),
        ("AIEA", "fr", "iaea"),
        ("IAEA", "en", "iaea"),
        ("Conseil de sécurité de l’ONU", "fr", "unsc"),
        ("Conseil de sécurité des Nations unies", "fr", "unsc"),
        ("UN Security Council", "en", "unsc"),
        ("UE", "fr", "eu"),
        ("Commission européenne", "fr", "european_commission"),
    ],
)
def test_igo_by_name_and_acronym(kb: KnowledgeBase, text: str, lang: str, org_id: str) -> None:
    org = kb.organization(text, lang)
    assert org is not None and org.id == org_id and org.sector == "IGO" and org.country is None


@pytest.mark.parametrize(
    ("text", "lang", "country", "sector"),
    [
        ("Hamas", "en", "PSE", "REB"),
        ("Hezbollah", "fr", "LBN", "REB"),
        ("les Houthis", "fr", "YEM", "REB"),
        ("M23", "fr", "COD", "REB"),
        ("Tsahal", "fr", "ISR", "MIL"),
        ("Pentagon", "en", "USA", "MIL"),
        ("Quai d'Orsay", "fr", "FRA", "GOV"),
        ("Knesset", "en", "ISR", "LEG"),
    ],
)
def test_national_institutions_and_armed_groups(
    kb: KnowledgeBase, text: str, lang: str, country: str, sector: str
) -> None:
    org = kb.organization(text, lang)
    assert org is not None and (org.country, org.sector) == (country, sector)


def test_sector_changes_over_time(kb: KnowledgeBase) -> None:
    taliban = kb.organization("les talibans", "fr")
    assert taliban is not None
    assert taliban.sector_on(date(2019, 1, 1)) == "REB"
    assert taliban.sector_on(date(2023, 1, 1)) == "GOV"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Vladimir Poutine", "Vladimir Putin"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("Sergueï Lavrov", "Sergey Lavrov"),
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
        ("Antonio Guterres", "António Guterres"),
        ("Benyamin Netanyahou", "Benjamin Netanyahu"),
    ],
)
def test_person_variants(kb: KnowledgeBase, variant: str, canonical: str) -> None:
    found, expected = kb.person(variant), kb.person(canonical)
    assert found is not None and found == expected and found.name == canonical


@pytest.mark.parametrize(
    ("role_key", "where", "day", "name"),
    [
        ("foreign_minister", "USA", date(2023, 9, 1), "Antony Blinken"),
        ("foreign_minister", "USA", date(2025, 3, 1), "Marco Rubio"),
        ("foreign_minister", "USA", date(2019, 1, 1), "Mike Pompeo"),
        ("national_security_adviser", "USA", date(2022, 6, 1), "Jake Sullivan"),
        ("head_of_state", "USA", date(2024, 6, 1), "Joe Biden"),
        ("head_of_state", "USA", date(2025, 6, 1), "Donald Trump"),
        ("head_of_state", "KOR", date(2023, 1, 1), "Yoon Suk-yeol"),
        ("head_of_state", "PRK", date(2024, 1, 1), "Kim Jong-un"),
        ("head_of_state", "RUS", date(2024, 1, 1), "Vladimir Putin"),
        ("foreign_minister", "RUS", date(2024, 1, 1), "Sergey Lavrov"),
        ("head_of_state", "UKR", date(2023, 1, 1), "Volodymyr Zelensky"),
        ("head_of_state", "FRA", date(2024, 1, 1), "Emmanuel Macron"),
        ("head_of_government", "DEU", date(2023, 1, 1), "Olaf Scholz"),
        ("head_of_state", "CHN", date(2024, 1, 1), "Xi Jinping"),
        ("foreign_minister", "CHN", date(2024, 1, 1), "Wang Yi"),
        ("foreign_minister", "CHN", date(2023, 3, 1), "Qin Gang"),
        ("head_of_state", "TUR", date(2024, 1, 1), "Recep Tayyip Erdoğan"),
        ("head_of_government", "ISR", date(2024, 1, 1), "Benjamin Netanyahu"),
        ("head_of_government", "ISR", date(2022, 1, 1), "Naftali Bennett"),
        ("secretary_general", "un", date(2016, 6, 1), "Ban Ki-moon"),
        ("secretary_general", "un", date(2024, 1, 1), "António Guterres"),
        ("secretary_general", "nato", date(2020, 1, 1), "Jens Stoltenberg"),
        ("secretary_general", "nato", date(2025, 1, 1), "Mark Rutte"),
        ("president", "european_commission", date(2024, 1, 1), "Ursula von der Leyen"),
        ("high_representative", "eu", date(2023, 1, 1), "Josep Borrell"),
        ("high_representative", "eu", date(2025, 1, 1), "Kaja Kallas"),
        ("defence_minister", "RUS", date(2023, 1, 1), "Sergei Shoigu"),
    ],
)
def test_holder_on_a_date(
    kb: KnowledgeBase, role_key: str, where: str, day: date, name: str
) -> None:
    person = kb.holder(role_key, where, day)
    assert person is not None and person.name == name


def test_holder_unknown_is_none(kb: KnowledgeBase) -> None:
    assert kb.holder("foreign_minister", "USA", date(1900, 1, 1)) is None
    assert kb.holder("no_such_role", "USA", date(2023, 1, 1)) is None


def test_role_title_in_both_languages(kb: KnowledgeBase) -> None:
    blinken = kb.person("Antony Blinken")
    assert blinken is not None
    (role,) = blinken.roles_on(date(2023, 9, 1))
    assert (role.title, role.title_fr, role.sector) == (
        "Secretary of State",
        "secrétaire d'État",
        "GOV",
    )


def test_every_file_has_a_header() -> None:
    for name in ("countries.jsonl", "organizations.jsonl", "people.jsonl"):
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
        assert doc["version"] == f"titles-{lang}.v1" and doc["sources"]
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


@pytest.mark.shared
def test_shipped_files_match_a_rebuild(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The committed data is what scripts/build_kb.py produces from the public sources."""
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_kb", module)
    spec.loader.exec_module(module)
    version = json.loads((KB_DIR / "people.jsonl").read_text("utf-8").splitlines()[0])
    argv = ["--data", str(shared / "data"), "--out", str(tmp_path / "kb")]
    argv += ["--lang-out", str(tmp_path / "lang"), "--version", version["_meta"]["version"]]
    assert module.main(argv) == 0
    for name in ("countries.jsonl", "organizations.jsonl", "people.jsonl"):
        assert (tmp_path / "kb" / name).read_text("utf-8") == (KB_DIR / name).read_text("utf-8")
    for lang in ("en", "fr"):
        rebuilt = (tmp_path / "lang" / lang / "titles.json").read_text("utf-8")
        assert rebuilt == (ROOT / "newsgraph" / "lang" / lang / "titles.json").read_text("utf-8")
