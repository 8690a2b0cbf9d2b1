"""Fixtures shared by the events tests that read parses written by hand."""

from __future__ import annotations

import pytest

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
