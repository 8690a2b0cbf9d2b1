"""A meeting told as the purpose of a visit is the visit (:mod:`newsgraph.events.purpose`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président français s'est rendu à Tokyo pour rencontrer le Premier ministre."),
        ("fr", "Le chancelier allemand se rendra lundi au Japon pour rencontrer son homologue."),
        ("en", "The French president travelled to Tokyo to meet the Japanese prime minister."),
        ("en", "The German chancellor visited Japan on Monday to meet his Japanese counterpart."),
    ],
)
def test_a_visit_to_meet_someone_is_one_consult(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """ "Travelled to Tokyo to meet …", « s'est rendu à Tokyo pour rencontrer … » is one
    CONSULT, the visit, not a visit and a meeting of the same two."""
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    assert len(found) == 1, found
    assert found[0][2] == frozenset({"JPN"}), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président français s'est rendu à Tokyo pour rencontrer Vladimir Poutine.",
        ),
        ("en", "The French president travelled to Tokyo to meet Vladimir Putin."),
    ],
)
def test_a_meeting_with_someone_the_visit_does_not_name_stays(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    """A meeting with a party who is not the host ("travelled to Tokyo to meet Putin") is
    an act of its own beside the visit."""
    found = [e for e in coded(coders[lang], text, lang) if e[0] == "CONSULT"]
    met = [e for e in found if "RUS" in e[1] | e[2]]
    assert met and len(found) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "Japan summoned the Chinese ambassador to protest the vote.",
        "Tokyo summoned China's ambassador on Monday to protest the sale.",
    ],
)
def test_a_summons_to_protest_is_one_accuse(coders: dict[str, Coder], text: str) -> None:
    """ "Summoned the Chinese ambassador to protest the vote" is the summons, an ACCUSE
    Japan→China, and no street protest of Japan's besides."""
    found = coded(coders["en"], text, "en")
    assert [e[0] for e in found] == ["ACCUSE"], found
    assert found[0][1:3] == (frozenset({"JPN"}), frozenset({"CHN"})), found
