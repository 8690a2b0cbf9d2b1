"""A bare description takes up the person the article gave the same noun
(:mod:`newsgraph.quotes.epithets`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model

CAST: Cast = {
    "Léa Morvan": ("person", ["Léa Morvan"]),
    "Tomas Brekke": ("person", ["Tomas Brekke"]),
    "Ana Ruiz": ("person", ["Ana Ruiz"]),
    "Norway": ("country", ["Norvège", "Oslo", "Norway"]),
}


def test_a_description_takes_up_the_name_it_was_set_off_after(build: Build) -> None:
    text = (
        "Oslo « teste la patience de ses voisins », relève Léa Morvan, sinologue à "
        "l'université de Brest. Tomas Brekke a démenti.\n\n"
        "La sinologue a encore fait valoir que « la partie reste ouverte »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert found[-1][1] == "Léa Morvan"


def test_a_description_takes_up_the_name_it_introduced(build: Build) -> None:
    text = (
        "L'analyste Tomas Brekke a rencontré Léa Morvan à Oslo. L'analyste a estimé que cette "
        "décision était « précipitée et dangereuse pour la région »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert found[-1][1] == "Tomas Brekke"


def test_an_english_description_takes_up_its_name(build: Build) -> None:
    text = (
        "Norway has raised its quotas, said Ana Ruiz, a researcher at the Nordic Institute. "
        "Tomas Brekke disagreed. \u201cNothing is settled yet,\u201d the researcher said."
    )
    found = quotes_of(build(text, "en", CAST))
    assert found[-1][1] == "Ana Ruiz"


def test_a_description_the_article_never_gave_anyone_finds_nobody_by_it(build: Build) -> None:
    text = (
        "Léa Morvan a rencontré Tomas Brekke à Oslo. La chercheuse a estimé que cette décision "
        "était « précipitée et dangereuse pour la région »."
    )
    found = quotes_of(build(text, "fr", CAST))
    assert found[-1][1] != "Tomas Brekke"
