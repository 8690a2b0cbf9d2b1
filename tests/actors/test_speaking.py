"""Organisations the knowledge base does not list that speak are actors (hand-built)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, Options, Pipeline
from newsgraph.actors.speaking import attribution_before, unplaced

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_options(Options())


def run(pipeline: Pipeline, text: str) -> Article:
    return pipeline(Article(raw=text, published=dt.date(2025, 3, 5)))


def speaker(article: Article, words: str) -> str | None:
    """The speaker's name of the shortest quote holding ``words``."""
    names = {a.id: a.name for a in article.actors}
    holding = sorted((len(q.text), q.speaker) for q in article.quotes if words in q.text)
    return names.get(holding[0][1] or "") if holding else None


def test_attribution_phrase_before_a_name() -> None:
    pattern = attribution_before(["selon", "d'après"], ["l'", "la", "le"])
    assert pattern.search("des camions bloqués, selon l'")
    assert pattern.search("Des bateaux, d'après la ")
    assert not pattern.search("une réunion de la ")


def test_attribution_phrase_before_an_elided_article() -> None:
    """The language data writes the elided article without its apostrophe ("l")."""
    pattern = attribution_before(["selon", "d'après"], ["l", "la", "le"])
    assert pattern.search("trois blessés, selon l'")
    assert pattern.search("trois blessés, d'après l’")
    assert pattern.search("trois blessés, selon le ")
    assert not pattern.search("trois blessés, selon lui")


def test_bodies_that_speak_in_english(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "A power cable between Estonia and Latvia went offline on Monday. Petrova Energy, the "
        "region's largest utility, said it would comply with all the rules. At least 12 ships "
        "were turned back, according to the Baltic Shipping Association. Halvard Holdings built "
        "a new plant near the border last year. The Department of Maritime Affairs said it had "
        "filed a protest."
    ))  # fmt: skip
    names = {a.name for a in article.actors}
    assert {"Petrova Energy", "Baltic Shipping Association"} <= names
    assert "Halvard Holdings" not in names  # it says nothing
    assert "Department of Maritime Affairs" not in names  # a ministry speaks for its state
    assert speaker(article, "comply with all the rules") == "Petrova Energy"
    assert speaker(article, "12 ships were turned back") == "Baltic Shipping Association"


def test_bodies_that_speak_in_french(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Vilnius a de nouveau fermé ses points de passage mardi. Selon le Centre national de "
        "surveillance des frontières, une vingtaine de ballons ont franchi la frontière depuis "
        "lundi. L'association Terre d'Accueil a dénoncé « un scandale humanitaire »."
    ))  # fmt: skip
    centre = "Centre national de surveillance des frontières"
    assert speaker(article, "une vingtaine de ballons") == centre
    assert speaker(article, "un scandale humanitaire") == "Terre d'Accueil"


def test_no_body_for_a_medium_a_short_form_or_a_glossed_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Lors d'un sommet samedi, les dirigeants de la Communauté économique des États de "
        "l'Afrique de l'Ouest (Cédéao), réunis à Accra, ont réclamé un retour rapide aux urnes. "
        "Le Conseil a jugé que « le dialogue reste ouvert ». Le Journal du Sahel a affirmé que "
        "la frontière était fermée."
    ))  # fmt: skip
    names = {a.name for a in article.actors}
    assert "Conseil" not in names
    assert not [n for n in names if n.startswith("Communauté") or "Journal" in n]


def test_a_body_of_no_known_country_is_no_side_of_an_event(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Petrova Energy, the country's largest utility, said on Monday that it had lost power. "
        "Petrova Energy accused Russia of sabotage."
    ))  # fmt: skip
    bodies = [a for a in article.actors if unplaced(a)]
    assert [a.name for a in bodies] == ["Petrova Energy"]
    ids = {bodies[0].id}
    assert not [e for e in article.events if ids & {*e.source, *e.target}]


def test_the_body_of_whoever_speaks_does_not_speak(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Un employé de Transports Kervel a raconté que les camions étaient bloqués. Le "
        "porte-parole de la Fondation Arvelle a déclaré que l'aide n'arrivait plus."
    ))  # fmt: skip
    names = {a.name for a in article.actors}
    assert not [n for n in names if "Kervel" in n or "Arvelle" in n]


def test_a_body_of_no_sector_does_not_take_the_dateline_country(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "WASHINGTON — Harbour Pilots Kervel said it would strike on Monday. "
        "Harbour Pilots Kervel accused the government of lying."
    ))  # fmt: skip
    bodies = [a for a in article.actors if a.name == "Harbour Pilots Kervel"]
    assert bodies and all(unplaced(a) and a.country is None for a in bodies)
    assert not [e for e in article.events if bodies[0].id in {*e.source, *e.target}]


def test_no_body_for_a_newspaper_or_a_city(pipeline: Pipeline) -> None:
    french = run(pipeline, (
        "Le Monde a rapporté que la frontière était fermée depuis lundi. Selon Libération, "
        "une vingtaine de camions attendaient au poste de Kervel."
    ))  # fmt: skip
    english = run(pipeline, (
        "According to the Daily Courier, the bridge was closed on Monday. Boston said the "
        "parade was cancelled."
    ))  # fmt: skip
    names = {a.name for a in french.actors} | {a.name for a in english.actors}
    assert not names & {"Monde", "Le Monde", "Libération", "Daily Courier", "Boston"}


def test_a_ministry_known_by_its_usual_name_speaks_for_its_state(pipeline: Pipeline) -> None:
    article = run(pipeline, "WASHINGTON — The Treasury said it would raise tariffs on steel.")
    assert "Treasury" not in {a.name for a in article.actors if a.kind == "organization"}


def test_a_state_named_inside_a_body_that_speaks(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Des heurts ont éclaté dimanche à Bamako. Selon l'Observatoire malien des libertés "
        "publiques, au moins six manifestants ont été blessés par la police. Le gouvernement "
        "a promis une enquête."
    ))  # fmt: skip
    body = "Observatoire malien des libertés publiques"
    assert speaker(article, "six manifestants ont été blessés") == body
    assert next(a.country for a in article.actors if a.name == body) == "MLI"


def test_a_state_alone_or_across_a_name_is_no_body(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Selon la France, la trêve tient. D'après le Mali, la frontière reste fermée."
    ))  # fmt: skip
    assert all(a.kind == "country" for a in article.actors)


@pytest.mark.parametrize(
    ("text", "words", "body", "country"),
    [
        # after a complement, agreeing with the head only: the adjective leaves the name
        (
            "Un chalutier a sombré lundi au large de Dakar. Selon l'Agence nationale des "
            "affaires maritimes sénégalaise, onze marins ont été secourus.",
            "onze marins ont été secourus",
            "Agence nationale des affaires maritimes",
            "SEN",
        ),
        # agreeing with the complement's noun, not the head: a word of the complement
        (
            "Des éleveurs ont manifesté mardi à Niamey. L'Union des éleveurs du plateau "
            "nigérien a déclaré que trois cents bêtes avaient péri.",
            "trois cents bêtes avaient péri",
            "Union des éleveurs du plateau nigérien",
            "NER",
        ),
        # agreeing with both, the head marked for gender and number: the head's
        (
            "Un vol a été dérouté jeudi vers Kindia. Selon l'Administration de la navigation "
            "aérienne guinéenne, quatre passagers ont été soignés.",
            "quatre passagers ont été soignés",
            "Administration de la navigation aérienne",
            "GIN",
        ),
    ],
)
def test_a_country_adjective_ending_a_name_after_a_complement(
    pipeline: Pipeline, text: str, words: str, body: str, country: str
) -> None:
    article = run(pipeline, text)
    assert speaker(article, words) == body
    assert next(a.country for a in article.actors if a.name == body) == country


def test_a_consulate_speaks_for_its_state(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Ferry crossings were cancelled on Tuesday. The Peruvian Consulate said it would "
        "reopen its offices on Friday."
    ))  # fmt: skip
    assert not [a for a in article.actors if "Consulate" in a.name]
    assert speaker(article, "it would reopen its offices") == "Peru"


def test_attribution_phrase_before_an_owner_in_the_possessive() -> None:
    pattern = attribution_before(["according to"], ["the"])
    assert pattern.search("the vote was held, according to Norland's ")
    assert pattern.search("the vote was held, according to the board's ")
    assert not pattern.search("the vote was held, according to Norland and its ")


def test_a_body_the_model_cut_or_took_for_a_person_is_named_whole(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Norland and Westmark traded captives.\n\nNorland's Coordination Headquarters for "
        "the Care of Missing Sailors said nine men were home. The talks went on late, "
        "according to the Westmark Coordination Headquarters for Missing Persons."
    ))  # fmt: skip
    assert speaker(article, "nine men") == (
        "Coordination Headquarters for the Care of Missing Sailors"
    )
    assert speaker(article, "talks went on") == (
        "Westmark Coordination Headquarters for Missing Persons"
    )


def test_a_time_phrase_after_a_body_is_no_part_of_its_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        '"We reject the ruling," the Senate on Tuesday said in a statement. The Harbour '
        "Pilots Association on Friday said the port would stay shut."
    ))  # fmt: skip
    names = {a.name for a in article.actors}
    assert not [n for n in names if "Tuesday" in n or "Friday" in n]


def test_a_person_whose_surname_is_an_institution_word_is_no_body(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        '"We will take the title," said Helen Court, the former sprinter. "Leave the valley '
        'now," said Police Chief Peter Staff of Kaduna.'
    ))  # fmt: skip
    bodies = [a.name for a in article.actors if a.kind == "organization"]
    assert not [n for n in bodies if "Court" in n or "Staff" in n]
