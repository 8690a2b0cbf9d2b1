"""State bodies named by a noun and a country, canonical names, countries implied by context."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.actors.gazetteer import Gazetteer, tokens
from newsgraph.actors.hits import canonical_name
from newsgraph.actors.index import LanguageCues
from newsgraph.actors.institutions import Institution, InstitutionFinder
from newsgraph.knowledge import CountryMatch, KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _find(kb: KnowledgeBase, text: str, lang: str) -> list[tuple[str, str | None]]:
    nouns: Gazetteer[Institution] = Gazetteer()
    nouns.add("garde-côtes", Institution("garde-côtes", "{adjective} Coast Guard", "MIL"))
    nouns.add("air force", Institution("air force", "{adjective} Air Force", "MIL"))
    names: Gazetteer[CountryMatch] = Gazetteer()
    for phrase in kb.phrases():
        if isinstance(phrase.value, CountryMatch) and phrase.lang in (None, lang):
            names.add(phrase.text, phrase.value)
    toks = tokens(text)
    hits = names.find(text, toks)
    finder = InstitutionFinder(text, toks, nouns, hits, LanguageCues.load(lang).possessives)  # type: ignore[arg-type]
    return [(text[f.start : f.end], f.country) for f in finder.find()]


def test_institution_nouns_take_the_country_next_to_them(kb: KnowledgeBase) -> None:
    text = (
        "Les garde-côtes suédois ont arraisonné un cargo. Les garde-côtes ont ouvert une enquête."
    )
    assert _find(kb, text, "fr") == [("garde-côtes suédois", "SWE"), ("garde-côtes", "SWE")]
    text = "Ukraine's air force said it shot down 31 drones."
    assert _find(kb, text, "en") == [("Ukraine's air force", "UKR")]
    assert _find(kb, "Les garde-côtes ont agi.", "fr") == []  # no country named


def test_armed_forces_are_named_by_their_proper_name(kb: KnowledgeBase) -> None:
    assert canonical_name(kb.organizations["lebanese_army"]) == "Lebanese Armed Forces"
    assert canonical_name(kb.organizations["unsc"]) == "United Nations Security Council"
    assert canonical_name(kb.organizations["pentagon"]) == "Pentagon"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(Options())


def _actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    article = pipeline(Article(raw=text, published=dt.date(2024, 6, 5)))
    return {a.name: (a.country, a.sector) for a in article.actors}


@pytest.mark.model
def test_bodies_named_by_a_noun_and_an_adjective(pipeline: Pipeline) -> None:
    found = _actors(pipeline, (
        "Selon l'armée de l'air ukrainienne, la Russie a lancé 36 drones. "
        "L'armée congolaise a repris la localité. La Suède a protesté."
    ))  # fmt: skip
    assert found["Ukrainian Air Force"] == ("UKR", "MIL")
    assert found["FARDC"] == ("COD", "MIL")  # "l'armée congolaise", a lower-case name
    assert "Sweden" in found and "Russia" in found


@pytest.mark.model
def test_a_general_staff_is_its_countrys_armed_forces(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Selon l'état-major malien, les terroristes ont été neutralisés.")
    assert found["Malian Armed Forces"] == ("MLI", "MIL")


@pytest.mark.model
def test_an_army_named_by_a_noun_and_a_country_is_its_armed_forces(pipeline: Pipeline) -> None:
    found = _actors(pipeline, "Bolivia's army said it had moved troops. Chile protested.")
    assert found["Bolivian Army"] == ("BOL", "MIL")
    assert "Chile" in found


@pytest.mark.model
def test_countries_in_a_list_and_adjectives_before_a_name(pipeline: Pipeline) -> None:
    found = _actors(pipeline, (
        "La Lituanie, la Lettonie et l'Estonie ont annoncé des sanctions. Le texte a été signé "
        "aux côtés des présidents brésilien Luiz Inácio Lula da Silva et argentin Javier Milei."
    ))  # fmt: skip
    assert {"Lithuania", "Latvia", "Estonia"} <= set(found)
    assert "Brazil" not in found and "Argentina" not in found


@pytest.mark.model
def test_a_title_takes_the_country_of_the_title_in_apposition(pipeline: Pipeline) -> None:
    found = _actors(pipeline, (
        "D'après le porte-parole de l'armée congolaise, le général Sylvain Ekenge, les assaillants "
        "ont été repoussés. Le ministère philippin a convoqué l'ambassadeur de Chine à Manille, "
        "Huang Xilian."
    ))  # fmt: skip
    assert found["Sylvain Ekenge"][0] == "COD"
    assert found["Huang Xilian"][0] == "CHN"
