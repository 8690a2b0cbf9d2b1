"""The bundled knowledge base: loading, lookups of countries and organisations, normalisation."""

from __future__ import annotations

import re
from datetime import date

import pytest

from newsgraph.knowledge import KnowledgeBase, normalize

from .helpers import KB_DIR


def test_loads_from_the_package() -> None:
    kb = KnowledgeBase.load()
    assert re.fullmatch(r"kb-\d{4}\.\d{2}\.\d{2}(\.\d+)?", kb.version)
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


def test_a_key_kept_for_its_words_is_kept_apart_with_and_without_articles() -> None:
    assert normalize("le Kremlin") == "kremlin"
    assert normalize("le Kremlin", False) == "le kremlin"
    assert normalize("le Kremlin", articles=True) == "kremlin"


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
        ("CARICOM", "en", "caricom"),
        ("Communauté des États latino-américains et caraïbes", "fr", "celac"),
        ("KFOR", "en", "kfor"),
        ("ATMIS", "en", "atmis"),
        ("Mission de l'Union africaine en Somalie", "fr", "amisom"),
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
        ("GRU", "en", "RUS", "MIL"),
        ("Verfassungsschutz", "en", "DEU", "SPY"),
        ("Southern Command", "en", "USA", "MIL"),
        ("PDVSA", "fr", "VEN", "BUS"),
        ("FDLR", "fr", "COD", "REB"),
        ("Somaliland", "en", "SOM", "GOV"),
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
