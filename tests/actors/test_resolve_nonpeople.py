"""The actors stage leaves out who is no actor (journalists, agencies, outlets, ships, places,
headings) and keeps who is (researchers, spokespeople), on hand-written articles
(model-backed)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, Pipeline

from .helpers import actors, run

pytestmark = pytest.mark.model


def test_journalists_and_agencies_are_not_actors(pipeline: Pipeline) -> None:
    article = pipeline(Article(raw=(
        "Le président français Emmanuel Macron a reçu le chancelier allemand à Paris, "
        "selon l’AFP.\n\nPar Julie Martin"
    ), published=dt.date(2024, 5, 1)))  # fmt: skip
    names = actors(article)
    assert "Emmanuel Macron" in names and names["Emmanuel Macron"][1] == "FRA"
    assert not {"Julie Martin", "AFP", "Agence France-Presse"} & set(names)


def test_the_country_of_a_dateline_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "ABUJA, Nigeria — Mali, Burkina Faso and Niger formally left the Economic Community of "
        "West African States on Wednesday."
    ))  # fmt: skip
    assert "Nigeria" not in actors(article)
    assert {"Mali", "Burkina Faso", "Niger"} <= set(actors(article))


def test_journalists_are_no_actors_and_short_forms_join_the_full_name(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Russia freed the journalist Alsu Kurmasheva. President Hassan Sheikh Mohamud signed a "
        "law. Egypt's president spoke to Hassan Sheikh by phone on Sunday."
    ))  # fmt: skip
    found = actors(article)
    assert "Alsu Kurmasheva" not in found
    assert "Hassan Sheikh" not in found
    assert found["Hassan Sheikh Mohamud"][1] == "SOM"


def test_researchers_who_comment_are_actors(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "La politiste sénégalaise Aïssatou Diagne, chercheuse à l'Institut ouest-africain "
        "d'études de sécurité, à Dakar, a estimé que la Cédéao sortait affaiblie du sommet."
    ))  # fmt: skip
    found = actors(article)
    assert found["Aïssatou Diagne"][0] == "person"
    assert found["Aïssatou Diagne"][2] == "EDU"
    (quote,) = article.quotes
    assert quote.speaker is not None and quote.speaker.startswith("person:aissatou")


def test_a_spokesperson_is_no_journalist(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "“We have used air power against military targets,” deputy army spokesperson "
        "Col Richa Suksuwanon told reporters."
    ))  # fmt: skip
    assert "Richa Suksuwanon" in actors(article)


def test_a_party_named_after_a_title_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Ahn Ji-hoon, a second-term lawmaker of the main opposition Democratic Party, climbed "
        "over the fence of the National Assembly."
    ))  # fmt: skip
    found = actors(article)
    assert found["Ahn Ji-hoon"][0] == "person"
    assert found.get("Democratic Party", ("",))[0] != "person"


def test_ships_and_shoals_are_no_people(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "The collisions began on Aug. 19, when Chinese coast guard ships struck two PCG vessels, "
        "BRP Cape San Agustin and BRP Bagacay, as they headed to resupply Filipino personnel. "
        "China rams the PCG’s biggest ship at Escoda Shoal, the third clash in two weeks."
    ), published=dt.date(2024, 9, 1))  # fmt: skip
    assert not [name for name, (kind, _, _) in actors(article).items() if kind == "person"]


def test_a_body_s_name_the_entity_model_takes_for_a_person_is_the_body(
    pipeline: Pipeline,
) -> None:
    article = run(pipeline, (
        "Appuyée par les paramilitaires russes de Wagner, l'armée malienne avait repris la "
        "ville de Kidal."
    ), published=dt.date(2025, 4, 8))  # fmt: skip
    found = actors(article)
    assert found["Wagner Group"][0] == "group"
    assert not [name for name, (kind, _, _) in found.items() if kind == "person"]


def test_a_news_outlet_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "\"Our forces do not target civilians,\" RSF adviser Mustafa Ibrahim told Horn Dispatch "
        "by phone. Sudan's army denied the claim."
    ))  # fmt: skip
    assert "Horn Dispatch" not in actors(article)


def test_a_ship_or_a_drone_named_like_a_person_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Houthi rebels attacked the container ship Maria Lindqvist on Monday. "
        "Later, a US Air Force MQ-9 Reaper was shot down over Yemen. "
        "The crew of Maria Lindqvist was safe, the company said."
    ))  # fmt: skip
    found = actors(article)
    assert "Maria Lindqvist" not in found
    assert not any("Reaper" in name for name in found)


def test_a_noun_before_the_surname_alone_names_the_person_s_side(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Les juges ont validé lundi la réélection du chef de l'État. Son rival, Hervé Malonga, "
        "ne recueillerait que 31 % des suffrages. Pour le camp Malonga, ce verdict était joué "
        "d'avance. Le médiateur a reçu Hervé Malonga mardi soir."
    ))  # fmt: skip
    assert "Hervé Malonga" in actors(article)
    ship = run(pipeline, "Les gardes-côtes ont arraisonné le navire Hervé Malonga mardi.")
    assert "Hervé Malonga" not in actors(ship)


def test_a_heading_s_last_words_are_no_title_of_the_next_paragraph(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Le Liban et Israël ont conclu un cessez-le-feu mardi soir à Beyrouth.\n\n"
        "13h00 – La FINUL accompagnera l'armée libanaise\n\n"
        "La Force intérimaire des Nations unies au Liban (FINUL) a assuré qu'elle "
        "accompagnerait le déploiement de l'armée libanaise."
    ))  # fmt: skip
    assert "La Force" not in actors(article)


def test_a_name_only_ever_after_a_preposition_of_place_is_no_person(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Armenia accused Azerbaijan on Tuesday. On 13 February Azerbaijani forces opened fire "
        "on Armenian positions near Nerkin Hand and killed four servicemen."
    ))  # fmt: skip
    assert "Nerkin Hand" not in actors(article)


def test_a_title_s_place_a_quoted_name_and_a_people_are_no_persons(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "L'accord a été négocié sous l’égide du Premier ministre de Saint-Vincent, Ralph "
        "Gonsalves. Les électeurs vénézuéliens avaient approuvé la création d’un État de "
        "« Guayana Esequiba » sur le territoire contesté."
    ))  # fmt: skip
    found = actors(article)
    assert not any(name.startswith("de ") for name in found)
    assert "Guayana Esequiba" not in found
    english = run(pipeline, (
        "Serbian President Aleksandar Vucic said Serbia would not allow Kosovo Serbs to be "
        "persecuted.\nPhoto by Lee Dong-hyun/Korea Crossroads\n"
        "He warned of the shameless pro-North Korean forces."
    ))  # fmt: skip
    names = actors(english)
    assert "Kosovo Serbs" not in names
    assert "Lee Dong-hyun" not in names
    assert not any("pro-North" in name for name in names)


def test_a_writer_the_article_calls_a_journalist_is_no_actor(pipeline: Pipeline) -> None:
    article = run(pipeline, (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk-yeol at "
        "Camp David on Friday.\n\nEleanor Whitcombe is The Albion Review's Asia editor."
    ))  # fmt: skip
    assert "Eleanor Whitcombe" not in actors(article)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Le Tadjikistan n'a pas réagi.\n\nÀ New York, le porte-parole du secrétaire général "
            "de l'ONU a exhorté les deux pays au calme.",
            "United Nations",
        ),
        (
            "Tajikistan did not respond. In San Francisco, the minister said the talks had failed.",
            "Tajikistan",
        ),
    ],
)
def test_a_title_after_a_fronted_place_is_the_subject_not_an_apposition(
    pipeline: Pipeline, text: str, actor: str
) -> None:
    found = actors(run(pipeline, text))
    assert not {"New York", "San Francisco"} & set(found)
    assert actor in found


def test_a_person_after_a_preposition_with_a_title_after_the_name_stays_a_person(
    pipeline: Pipeline,
) -> None:
    for text in (
        "Le président a rendu hommage à Jean-Pierre Moulin, ancien ambassadeur, mort lundi.",
        "Le président a rendu hommage, à Paris, à Jean-Pierre Moulin, ancien ambassadeur.",
    ):
        assert "Jean-Pierre Moulin" in actors(run(pipeline, "Hommage\n\n" + text))
