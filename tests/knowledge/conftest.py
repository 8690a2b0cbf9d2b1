"""The knowledge base loaded once for each test module of the knowledge tests."""

from __future__ import annotations

import pytest

from newsgraph.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()
