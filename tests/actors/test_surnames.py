"""Bare surnames of the knowledge base's people in articles without a date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, Pipeline
from newsgraph.actors.surnames import by_surname, common_word, sole_bearer
from newsgraph.knowledge import shipped

from .helpers import actors


def _name(surname: str, on: dt.date | None = None, text: str = "") -> str | None:
    person = by_surname(shipped(), surname, on, text)
    return person.name if person else None


def test_a_surname_one_person_of_the_knowledge_base_bears_names_that_person() -> None:
    assert _name("Maduro") == "Nicolás Maduro"
    assert _name("Frederiksen") == "Mette Frederiksen"


def test_a_surname_several_people_bear_names_no_one() -> None:
    assert sole_bearer(shipped(), "Khan") is None  # Imran Khan, Karim Khan …
    assert sole_bearer(shipped(), "Guterres") is None  # António and Francisco Guterres


def test_a_surname_that_is_a_place_or_a_given_name_names_no_one() -> None:
    assert sole_bearer(shipped(), "Denmark") is None  # "Margrethe II of Denmark"
    assert sole_bearer(shipped(), "Mark") is None  # "Mark Rutte" …


def test_a_surname_the_article_writes_as_a_common_word_names_no_one() -> None:
    assert common_word("May", "Officials said talks may resume.")
    assert not common_word("May", "May said talks would resume.")
    assert _name("May", text="May said talks may resume.") is None
    assert _name("May", text="May said talks would resume.") == "Theresa May"


def test_a_dated_article_keeps_the_one_in_office() -> None:
    assert _name("Maduro", dt.date(2024, 6, 1)) == "Nicolás Maduro"
    assert _name("May", dt.date(2024, 6, 1)) is None  # Theresa May left office in 2019


@pytest.mark.model
def test_bare_surnames_in_an_undated_article(pipeline: Pipeline) -> None:
    english = pipeline(Article(raw="Netanyahu said on Tuesday that the war would go on."))
    assert actors(english)["Benjamin Netanyahu"] == ("person", "ISR", "GOV")
    french = pipeline(Article(raw="Maduro a déclaré mardi que les élections auraient lieu."))
    assert actors(french)["Nicolás Maduro"] == ("person", "VEN", "GOV")


@pytest.mark.model
def test_a_reporting_verb_s_subject_the_entity_model_missed(pipeline: Pipeline) -> None:
    day = dt.date(2025, 2, 1)
    text = "Frederiksen said Denmark would not sell Greenland. The talks ended without a deal."
    english = pipeline(Article(raw=text, published=day))
    assert actors(english)["Mette Frederiksen"] == ("person", "DNK", "GOV")
    french = pipeline(Article(raw="Frederiksen a déclaré que le Danemark resterait ferme."))
    assert actors(french)["Mette Frederiksen"][1] == "DNK"


@pytest.mark.model
def test_a_full_name_the_entity_model_missed_is_a_person_s_as_a_speaker(
    pipeline: Pipeline,
) -> None:
    text = "Detective Sergeant Nicola Brandt told reporters two men had been arrested."
    article = pipeline(Article(raw=text))
    assert not any(e.label == "PERSON" for e in article.entities)  # the model misses her
    assert actors(article)["Nicola Brandt"][0] == "person"


@pytest.mark.model
def test_a_company_named_like_a_person_stays_a_company(pipeline: Pipeline) -> None:
    article = pipeline(Article(raw="Kelly Services said profits fell."))
    # no person; a body that speaks is an organisation (newsgraph.actors.speaking)
    assert actors(article)["Kelly Services"][0] == "organization"


@pytest.mark.model
def test_a_single_name_after_an_honorific_is_a_person_s(pipeline: Pipeline) -> None:
    text = '"The budget is a fraud," Mr Adewole said. He chairs the finance committee.'
    assert actors(pipeline(Article(raw=text)))["Adewole"][0] == "person"


@pytest.mark.model
def test_a_name_with_an_article_is_no_person_s(pipeline: Pipeline) -> None:
    article = pipeline(Article(raw="The Zembian General Staff denied that its drones struck."))
    assert "General Staff" not in actors(article)


@pytest.mark.model
def test_a_title_word_opening_a_subject_names_no_one(pipeline: Pipeline) -> None:
    # "General" opens knowledge-base names ("General …") but is a title, not a given name
    article = pipeline(Article(raw="Zembian General Staff said on Monday that drones struck."))
    assert "General Staff" not in actors(article)
