"""The language cues of the actors stage, as the data files give them."""

from __future__ import annotations

import pytest

from newsgraph.actors.index import LanguageCues, _party_tag
from newsgraph.errors import ConfigurationError


def test_the_english_party_tag_is_compiled_once_with_its_state() -> None:
    tag = LanguageCues.load("en").party_tag
    assert tag is not None
    pattern, country, sector = tag
    assert (country, sector) == ("USA", "LEG")
    assert pattern.match(" (R-Idaho) said", 0)
    assert not pattern.match(" (D-Day) said", 0)


def test_a_party_tag_without_its_state_says_what_to_write() -> None:
    with pytest.raises(ConfigurationError, match="country"):
        _party_tag("en", {"pattern": r"\(R-\w+\)", "sector": "LEG"})
