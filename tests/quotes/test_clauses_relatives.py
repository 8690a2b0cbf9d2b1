"""Relative clauses and reported clauses (:mod:`newsgraph.quotes.clauses`): a clause "que" opens
is reported unless it is a relative one."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .casts import REPORTED_CAST as CAST
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_clause_coordinated_after_a_relative_is_not_its_verb_s(build: Build) -> None:
    text = (
        "Sergei Lavrov a affirmé que le chalutier était entré dans la baie de l'îlot, que Moscou "
        "appelle Orlan, et que les douaniers avaient agi avec retenue."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [speaker for _, speaker, direct in found if not direct] == ["Sergei Lavrov"]


def test_a_relative_clause_opened_by_que_is_not_reported(build: Build) -> None:
    text = (
        "Le pouvoir lodavien exigeait que Vienne resserre ses règles d'asile et "
        "renvoie une vingtaine de militants qu'il accuse de collusion avec le Front du Nord ou "
        "avec la confrérie du pasteur Orvel Damsk, qu'Orvia tient pour responsable de "
        "l'attentat manqué de 2019."
    )
    cast: Cast = {"Lodavia": ("country", ["Le pouvoir lodavien", "Orvia"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("tient pour responsable" in statement for statement in reported)


def test_that_taken_for_a_relative_still_opens_a_reported_clause(build: Build) -> None:
    text = (
        "Trump warned Brazil, Japan, India and several others that steep duties "
        "would follow in early May."
    )
    cast: Cast = {"Donald Trump": ("person", ["Trump"])}
    reported = [q[0] for q in quotes_of(build(text, "en", cast)) if not q[2]]
    assert any("steep duties would follow" in statement for statement in reported)


def test_que_before_a_verb_predicating_its_object_is_a_relative_pronoun(build: Build) -> None:
    text = (
        "En 2011, le Tarvistan avait lancé un raid contre deux ports, faisant une quarantaine "
        "de morts, une opération que la Lodavie a toujours présentée comme une vengeance."
    )
    cast: Cast = {
        "Tarvistan": ("country", ["le Tarvistan"]),
        "Lodavie": ("country", ["la Lodavie"]),
    }
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("comme une vengeance" in statement for statement in reported)


def test_que_after_a_comma_and_a_noun_before_considere_comme_is_relative(build: Build) -> None:
    text = (
        "Orvalie a rejeté l'idée de revenir sur ce statut, qu'elle considère comme une "
        "conquête historique."
    )
    cast: Cast = {"Orvalie": ("country", ["Orvalie"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("conquête historique" in statement for statement in reported)


def test_a_verb_predicating_its_own_object_still_reports_its_clause(build: Build) -> None:
    text = (
        "Le président Paul Varenne a déclaré que Moscou présentait cette attaque comme une riposte."
    )
    cast: Cast = {"Paul Varenne": ("person", ["Le président Paul Varenne"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any("comme une riposte" in statement for statement in reported)


def test_a_relative_que_object_of_a_clause_run_into_the_report_is_none(build: Build) -> None:
    text = (
        "Valgaz justifie sa coupure par une dette de 512 millions de dollars qu'il reproche à "
        "Ostgaz, un montant que Kessel conteste : un audit externe n'a reconnu qu'environ 4,1 "
        "millions de dollars."
    )
    cast: Cast = {"Valgaz": ("organization", ["Valgaz"]), "Kessel": ("country", ["Kessel"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any(statement.startswith("que Kessel conteste") for statement in reported)


def test_an_infinitive_cue_in_an_object_relative_reports_no_claim(build: Build) -> None:
    text = (
        "Au centre de la querelle se trouve la consultation que le Premier ministre Jean Morel "
        "a promis de tenir avant l'été."
    )
    cast: Cast = {"Jean Morel": ("person", ["le Premier ministre Jean Morel"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("tenir avant" in statement for statement in reported)


def test_an_infinitive_cue_in_a_subject_relative_still_reports_its_claim(build: Build) -> None:
    text = "La ministre Anne Morel, qui affirme avoir préparé la réforme, sera entendue lundi."
    cast: Cast = {"Anne Morel": ("person", ["La ministre Anne Morel"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert any("avoir préparé la réforme" in statement for statement in reported)
