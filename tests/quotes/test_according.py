"""Attribution phrases (:mod:`newsgraph.quotes.according`): "selon X", "according to X", a
sentence opened by "Pour X", and what such a phrase names."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_sentence_opened_by_pour_and_a_source_is_attributed_to_it(build: Build) -> None:
    text = (
        "Pour Washington, c'est bien la Russie qui a poussé Kiev à refuser l'accord. "
        "Pour éviter un conflit, Sergueï Lavrov a rencontré des diplomates. "
        "Ce serait une victoire pour Moscou."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        ("c'est bien la Russie qui a poussé Kiev à refuser l'accord", "United States", False)
    ]


def test_a_description_of_the_source_is_no_part_of_what_it_says(build: Build) -> None:
    text = (
        "Selon Tatiana Moskalkova, hydrologue à l'Institut de technologie de Moscou, "
        "l'Ukraine ne dispose pas des moyens de bloquer le fleuve."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        ("l'Ukraine ne dispose pas des moyens de bloquer le fleuve", "Tatiana Moskalkova", False)
    ]


def test_an_attribution_phrase_ends_at_a_comma_no_name_follows(build: Build) -> None:
    text = (
        "Selon la marine mexicaine, une dizaine de navires chinois, dont des bâtiments de la "
        "milice maritime, croisaient encore samedi autour du récif."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        (
            "une dizaine de navires chinois, dont des bâtiments de la milice maritime, croisaient "
            "encore samedi autour du récif",
            "Mexico",
            False,
        )
    ]


def test_an_acronym_after_selon_names_the_body_it_spells(build: Build) -> None:
    text = (
        "Les rebelles du Cadre stratégique permanent accusent l'armée malienne. Le ministre "
        "Abdoulaye Diop a démenti. Des frappes avaient tué au moins 21 civils, selon le CSP."
    )
    cast: Cast = {
        "Permanent Strategic Framework": ("organization", ["Cadre stratégique permanent"]),
        "Abdoulaye Diop": ("person", ["Abdoulaye Diop"]),
    }
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any(
        "tué au moins 21 civils" in statement and speaker == "Permanent Strategic Framework"
        for statement, speaker, _ in reported
    )


def test_an_unknown_acronym_names_no_person_mentioned_before(build: Build) -> None:
    text = (
        "Le ministre Abdoulaye Diop a démenti. Des frappes avaient tué au moins 21 civils, "
        "selon le CSP."
    )
    cast: Cast = {"Abdoulaye Diop": ("person", ["Abdoulaye Diop"])}
    reported = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert [speaker for statement, speaker, _ in reported if "21 civils" in statement] == [None]


def test_an_embassy_is_a_source_of_an_attribution_phrase(build: Build) -> None:
    text = "Selon l'ambassade, deux ressortissants ont été arrêtés à la frontière mardi."
    cast: Cast = {"France": ("country", ["France"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any("deux ressortissants ont été arrêtés" in words for words in found)


@pytest.mark.parametrize(
    "source", ["le haut-commissariat", "la préfecture", "la mairie", "l'observatoire"]
)
def test_a_local_authority_or_a_relief_body_is_a_source_of_an_attribution_phrase(
    build: Build, source: str
) -> None:
    text = f"Trois manifestants ont été blessés mardi soir à Lorient, selon {source}."
    cast: Cast = {"France": ("country", ["France"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert found == ["Trois manifestants ont été blessés mardi soir à Lorient"]


@pytest.mark.parametrize(
    "text",
    [
        "À en croire l'Ukraine, plus de 600 drones russes ont été abattus en mai.",
        "Plus de 600 drones russes ont été abattus en mai, à en croire l'Ukraine.",
    ],
)
def test_a_en_croire_is_an_attribution_phrase(build: Build, text: str) -> None:
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert [(words.lower(), who) for words, who, _ in found] == [
        ("plus de 600 drones russes ont été abattus en mai", "Ukraine")
    ]


def test_en_croire_without_its_preposition_names_no_source(build: Build) -> None:
    text = "Il faut en croire les experts de Kiev sur ce point précis."
    assert quotes_of(build(text, "fr", CAST)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Selon la Constitution, le président ne peut pas briguer un troisième mandat.",
        "Selon les règles de l'Otan, une attaque contre un membre est une attaque contre tous.",
        "D'après la Charte des Nations unies, le recours à la force est interdit.",
    ],
)
def test_a_standing_rule_after_selon_is_no_source(build: Build, text: str) -> None:
    assert [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]] == []


def test_a_published_text_after_selon_stays_a_source(build: Build) -> None:
    text = "Selon un communiqué de l'Otan, les alliés renforceront leur présence en Pologne."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert [q[0] for q in found] == ["les alliés renforceront leur présence en Pologne"]


def test_an_opening_phrase_after_a_conjunction_still_opens_its_sentence(build: Build) -> None:
    text = (
        "Les discussions ont repris lundi. Mais pour Washington, la Russie cherche surtout "
        "à gagner du temps. Et pour éviter un conflit, Sergueï Lavrov a rencontré des diplomates."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [("la Russie cherche surtout à gagner du temps", "United States", False)]


def test_an_opening_phrase_after_a_conjunction_and_a_comma_still_opens_its_sentence(
    build: Build,
) -> None:
    text = "Les discussions ont repris lundi. Mais, pour Washington, la trêve reste fragile."
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [("la trêve reste fragile", "United States", False)]


def test_aux_yeux_de_and_an_unaccented_a_en_croire_open_an_attribution(build: Build) -> None:
    text = (
        "Aux yeux de Sergueï Lavrov, ces pourparlers n'auraient d'intérêt que si Kiev modérait "
        "ses demandes. A en croire Antony Blinken, la trêve reste fragile dans le Donbass. "
        "Le fleuve reste aux yeux des habitants une frontière naturelle."
    )
    found = [q for q in quotes_of(build(text, "fr", CAST)) if not q[2]]
    assert found == [
        (
            "ces pourparlers n'auraient d'intérêt que si Kiev modérait ses demandes",
            "Sergei Lavrov",
            False,
        ),
        ("la trêve reste fragile dans le Donbass", "Antony Blinken", False),
    ]


def test_an_opening_source_the_parser_joined_to_the_subject_ends_at_its_comma(
    build: Build,
) -> None:
    text = "La séance a repris. Mais pour Claire Vasseur, la hausse des loyers annonce une crise."
    cast: Cast = {"Claire Vasseur": ("person", ["Claire Vasseur"])}
    found = [q for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert found == [("la hausse des loyers annonce une crise", "Claire Vasseur", False)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Pour Jean Dupont, le porte-parole du parti, la décision est illégale.",
            "la décision est illégale",
        ),
        (
            "Selon Paul Martin, un diplomate tunisien, les pourparlers ont échoué.",
            "les pourparlers ont échoué",
        ),
    ],
)
def test_a_title_after_the_source_s_name_is_no_part_of_what_it_says(
    build: Build, text: str, said: str
) -> None:
    cast: Cast = {
        "Jean Dupont": ("person", ["Jean Dupont"]),
        "Paul Martin": ("person", ["Paul Martin"]),
    }
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert found == [said]


def test_a_subject_a_name_only_modifies_is_part_of_what_the_source_says(build: Build) -> None:
    text = (
        "D'après une source sécuritaire malienne, des formateurs russes de la Brigade Nord, "
        "l'unité qui a remplacé le bataillon Orion, escortaient la colonne."
    )
    cast: Cast = {"Mali": ("country", ["malienne"])}
    found = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert [said.startswith("des formateurs russes") for said in found] == [True]
