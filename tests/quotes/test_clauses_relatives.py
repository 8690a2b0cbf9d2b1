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
        "Sergei Lavrov a affirmé que le navire était entré dans les eaux du récif, que Moscou "
        "appelle Kamen, et que les garde-côtes avaient agi de manière mesurée."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert [speaker for _, speaker, direct in found if not direct] == ["Sergei Lavrov"]


def test_a_relative_clause_opened_by_que_is_not_reported(build: Build) -> None:
    text = (
        "Le pouvoir turc exigeait que Stockholm durcisse sa législation antiterroriste et "
        "extrade plusieurs dizaines de personnes qu'il accuse de liens avec le PKK ou avec le "
        "mouvement du prédicateur Fethullah Gülen, qu'Ankara tient pour responsable de la "
        "tentative de putsch de 2016."
    )
    cast: Cast = {"Turkey": ("country", ["Le pouvoir turc", "Ankara"])}
    reported = [q[0] for q in quotes_of(build(text, "fr", cast)) if not q[2]]
    assert not any("tient pour responsable" in statement for statement in reported)


def test_that_taken_for_a_relative_still_opens_a_reported_clause(build: Build) -> None:
    text = (
        "Trump warned Canada, Mexico, the European Union and others that reciprocal tariffs "
        "would follow on April 2."
    )
    cast: Cast = {"Donald Trump": ("person", ["Trump"])}
    reported = [q[0] for q in quotes_of(build(text, "en", cast)) if not q[2]]
    assert any("reciprocal tariffs would follow" in statement for statement in reported)
