"""English senses of common news words (``lang/en/events.json``) and the conditions that choose
them (:meth:`newsgraph.events.coder.Coder.sense`)."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import check, make_article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January, Washington refused to rule out military action against Iran.",
            ("THREATEN", {"USA"}, {"IRN"}, "asserted"),
        ),
        (
            "Russia sentenced the American to 16 years in a penal colony.",
            ("COERCE", {"RUS"}, {"USA"}, "asserted"),
        ),
        (
            "Russian fire on Ukrainian positions killed two soldiers.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
        (
            "Russia revoked its military cooperation agreement with the United States.",
            ("SANCTION", {"RUS"}, {"USA"}, "asserted"),
        ),
        (
            "Georgian soldiers took up positions in Tbilisi.",
            ("MOBILIZE", {"GEO"}, {"GEO"}, "asserted"),
        ),
        (
            "Russia has waged an insurgency against Ukraine for years.",
            ("ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
        ),
    ],
)
def test_english_news_senses(
    coders: dict[str, Coder], text: str, expected: tuple[str, set[str], set[str], str]
) -> None:
    """A refusal to rule out is a threat whatever the time adverbial ("In January"); a
    sentence is coercion; fire on positions an assault; revoking an agreement a sanction;
    troops taking up positions a mobilisation; an insurgency an assault."""
    check(coders["en"], "en", text, expected)


def _sense_type(coder: Coder, text: str, word: str) -> str | None:
    article = make_article(text, "en")
    assert article.doc is not None
    token = next(t for t in article.doc if t.text == word)
    found = coder.sense(token)
    return found[0].type if found else None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "according to" is no "accord" struck
        (
            "The ship was struck by a missile but suffered minor damage, according to officials.",
            "struck",
            "ASSAULT",
        ),
        # a mission launched is a deployment, whatever its mandate says of strikes
        (
            "The European Union launched a naval mission, though its mandate does not allow it "
            "to strike targets on land.",
            "launched",
            "MOBILIZE",
        ),
        # a plan meets standards, not people
        ("The agency concluded that the plan met international safety standards.", "met", None),
        # speaking through a spokesman is no conversation
        ("Speaking through his spokesman, he condemned the strikes.", "Speaking", None),
    ],
)
def test_english_sense_conditions(
    coders: dict[str, Coder], text: str, word: str, expected: str | None
) -> None:
    assert _sense_type(coders["en"], text, word) == expected


def test_an_appeal_to_a_court_is_no_request(coders: dict[str, Coder]) -> None:
    """A legal appeal is a step in a trial, not a request of another actor."""
    text = "The government said it would appeal to the Court of Cassation."
    assert _sense_type(coders["en"], text, "appeal") is None
