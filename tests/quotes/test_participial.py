"""A present participle that restricts a noun says what that noun says
(:mod:`newsgraph.quotes.participial`)."""

from __future__ import annotations

import pytest

from .build import Cast, quotes_of
from .conftest import Build

pytestmark = pytest.mark.model


def test_a_participle_restricting_a_noun_speaks_for_that_noun(build: Build) -> None:
    text = (
        "En juillet 2024, Alger avait rappelé son ambassadeur à Paris après la lettre "
        "d'Emmanuel Macron au roi Mohammed VI reconnaissant que l'avenir du Sahara occidental "
        "s'inscrivait « dans le cadre de la souveraineté marocaine »."
    )
    cast: Cast = {
        "Algeria": ("country", ["Alger"]),
        "France": ("country", ["Paris"]),
        "Emmanuel Macron": ("person", ["Emmanuel Macron"]),
        "Mohammed VI": ("person", ["Mohammed VI"]),
    }
    found = [name for words, name, _ in quotes_of(build(text, "fr", cast)) if "cadre" in words]
    assert found and set(found) == {"Emmanuel Macron"}
