"""Fixtures shared by the events tests: syntax readers for parses written by hand, and the
event coders of both languages for the tests that run the models."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder
from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.syntax import Tree


@pytest.fixture(scope="package")
def fr() -> Tree:
    """The syntax reader of the French event lexicon."""
    return Tree(load_lexicon("fr"))


@pytest.fixture(scope="package")
def en() -> Tree:
    """The syntax reader of the English event lexicon."""
    return Tree(load_lexicon("en"))


@pytest.fixture(scope="package")
def coders() -> dict[str, Coder]:
    """The event coders of both languages, built once (they load the models)."""
    return {"fr": Coder("fr"), "en": Coder("en")}
