"""A bare official's title as speaker refers back to the person introduced with that title
(:mod:`newsgraph.quotes.holders`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def _speakers(build: Build, text: str, lang: str, cast: Cast) -> list[str | None]:
    return [speaker for _, speaker, _ in quotes_of(build(text, lang, cast))]


def test_the_spokesman_is_the_person_introduced_as_spokesman(build: Build) -> None:
    text = (
        "Dmitry Peskov, the Kremlin spokesman, spoke on Monday. \u201cNo meeting is planned "
        "for now,\u201d the spokesman said."
    )
    cast: Cast = {
        "Dmitry Peskov": ("person", ["Dmitry Peskov", "the Kremlin spokesman"]),
        "Russia": ("country", ["Kremlin"]),
    }
    assert _speakers(build, text, "en", cast) == ["Dmitry Peskov"]


def test_le_porte_parole_est_la_personne_presentee_comme_porte_parole(build: Build) -> None:
    text = (
        "Dmitri Peskov, porte-parole du Kremlin, s'est exprimé lundi. \u00ab Aucune rencontre "
        "n'est prévue pour l'instant \u00bb, a déclaré le porte-parole."
    )
    cast: Cast = {
        "Dmitry Peskov": ("person", ["Dmitri Peskov", "porte-parole du Kremlin"]),
        "Russia": ("country", ["Kremlin"]),
    }
    assert _speakers(build, text, "fr", cast) == ["Dmitry Peskov"]


def test_an_unnamed_spokesman_is_no_other_person_named_since(build: Build) -> None:
    text = (
        "A Kremlin spokesman rejected the warning. Joe Biden spoke on Monday. \u201cNo meeting "
        "is planned for now,\u201d the spokesman said."
    )
    cast: Cast = {"Joe Biden": ("person", ["Joe Biden"]), "Russia": ("country", ["Kremlin"])}
    assert _speakers(build, text, "en", cast) == ["Russia"]


def test_un_porte_parole_anonyme_n_est_pas_la_personne_nommee_ensuite(build: Build) -> None:
    text = (
        "Un porte-parole du Kremlin a rejeté l'avertissement. Joe Biden s'est exprimé lundi. "
        "\u00ab Aucune rencontre n'est prévue \u00bb, a déclaré le porte-parole."
    )
    cast: Cast = {"Joe Biden": ("person", ["Joe Biden"]), "Russia": ("country", ["Kremlin"])}
    assert _speakers(build, text, "fr", cast) == ["Russia"]


def test_a_title_linked_alone_to_someone_else_is_not_his(build: Build) -> None:
    text = (
        "Cameron disagrees with Donald Trump, the prime minister's spokesman said. \u201cHe "
        "stands by his comments,\u201d the spokesman said."
    )
    cast: Cast = {
        "Donald Trump": ("person", ["Donald Trump", "prime minister's spokesman"]),
        "David Cameron": ("person", ["Cameron"]),
    }
    found = [q for q in quotes_of(build(text, "en", cast)) if "stands by" in q[0]]
    assert found and "Donald Trump" not in {speaker for _, speaker, _ in found}
