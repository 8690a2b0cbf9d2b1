"""Quotations over several paragraphs, in English and French: a quote never runs across a
paragraph break, so each paragraph of a run is a quotation of its own, all with the speaker the
run names."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("lang", "text", "parts", "speaker"),
    [
        (
            "en",
            'The senator spoke on Monday.\n\n"We are ready to act. We have the votes.\n\n'
            '"But we will not yield to pressure," he said.',
            ("We are ready to act. We have the votes.", "But we will not yield to pressure"),
            "he",
        ),
        (
            "en",
            "“The deal is done,” Smith said. “We signed it today.\n\n“Now the hard part begins.”",
            ("The deal is done", "We signed it today.", "Now the hard part begins."),
            "Smith",
        ),
        (
            "fr",
            "Le ministre s'est exprimé lundi.\n\n« Nous sommes prêts à agir.\n\n"
            "« Mais nous ne céderons pas », a déclaré Jean Dupont.",
            ("Nous sommes prêts à agir.", "Mais nous ne céderons pas"),
            "Jean Dupont",
        ),
    ],
)
def test_each_paragraph_of_a_quotation_left_open_is_a_quotation_of_the_run_s_speaker(
    build: Build, lang: str, text: str, parts: tuple[str, ...], speaker: str
) -> None:
    found = speaker_words(build(text, lang, {}), direct_only=True)
    assert all("\n" not in words for words in found), found
    for part in parts:
        assert any(part in words and who == speaker for words, who in found.items()), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"We are ready to act," he said.\n\n"We have the votes," Smith added.'),
        ("fr", "« Nous sommes prêts », a-t-il dit.\n\n« Nous avons les voix », a ajouté Jean."),
        # a paragraph opened by another kind of mark quotes another source
        ("en", 'He spoke first.\n\n"We are ready to act.\n\n“We have the votes,” Smith added.'),
        ("fr", "Il a parlé.\n\n« Nous sommes prêts.\n\n“Nous avons les voix”, a ajouté Jean."),
        # words that end an aside in brackets are no quotation left open
        ("en", "He was blunt (“It was a hard year.)\n\n“Then we rebuilt,” he said."),
    ],
)
def test_quotations_closed_in_their_paragraphs_stay_apart(
    build: Build, lang: str, text: str
) -> None:
    found = speaker_words(build(text, lang, {}), direct_only=True)
    assert len(found) == 2
    assert all("\n" not in words for words in found)
