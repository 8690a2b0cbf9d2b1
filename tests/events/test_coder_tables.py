"""The coder on the example tables of :mod:`.coder_rows`, French and English: each row's sentence
yields its event, and every PLOVER type has a row in each language."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .coder_rows import ENGLISH, FRENCH
from .helpers import check

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("name", "text", "expected"), FRENCH, ids=[r[0] for r in FRENCH])
def test_french(
    coders: dict[str, Coder], name: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["fr"], "fr", text, expected)


@pytest.mark.parametrize(("name", "text", "expected"), ENGLISH, ids=[r[0] for r in ENGLISH])
def test_english(
    coders: dict[str, Coder], name: str, text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    check(coders["en"], "en", text, expected)


def test_every_plover_type_has_a_row_in_each_language() -> None:
    from newsgraph.events.lexicon import PLOVER_TYPES

    for rows in (FRENCH, ENGLISH):
        assert {row[0] for row in rows} >= PLOVER_TYPES
