"""Speech tags outside the sentence of the quote, in French and English."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


def _speakers(build: Build, text: str, lang: str) -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``text``, by its words."""
    return speaker_words(build(text, lang, {}))


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            "Here are the claims we checked.\n\n"
            '"Almost all new income and wealth is going to the top 1 percent."\n\n'
            "- Bernie Sanders.\n\nThe senator is relying on an outdated statistic.",
            "Almost all new income and wealth is going to the top 1 percent.",
            "Bernie Sanders",
        ),
        (
            "fr",
            "Voici les affirmations vérifiées.\n\n"
            "« Le chômage n'a jamais été aussi bas depuis quarante ans. »\n\n"
            "— Emmanuel Macron.\n\nLe chiffre est exact.",
            "Le chômage n'a jamais été aussi bas depuis quarante ans.",
            "Emmanuel Macron",
        ),
    ],
)
def test_a_name_after_a_dash_on_the_line_after_a_quotation_signs_it(
    build: Build, lang: str, text: str, words: str, speaker: str
) -> None:
    assert _speakers(build, text, lang)[words] == speaker


def test_a_name_after_a_hyphen_on_the_line_after_a_sentence_signs_nothing(build: Build) -> None:
    text = (
        'The senator called the bill "a disgrace to the country."\n\n'
        "- Bernie Sanders.\n\nThe senator is relying on an outdated statistic."
    )
    assert "Bernie" not in str(_speakers(build, text, "en"))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Trump spoke on Tuesday.\n\n“See, I thought she might do that. Would that have been "
            "great?,” Trump said.",
            "See, I thought she might do that. Would that have been great",
            "Trump",
        ),
        (
            "Clinton joined the stage.\n\n“Thank you for making sure the world knows that Black "
            "Girls Rock!,” Clinton said Tuesday.",
            "Thank you for making sure the world knows that Black Girls Rock",
            "Clinton",
        ),
    ],
)
def test_a_comma_after_a_question_or_an_exclamation_leads_to_the_tag(
    build: Build, text: str, words: str, speaker: str
) -> None:
    speakers = _speakers(build, text, "en")
    quote = next(found for found in speakers if found.startswith(words))
    assert speakers[quote] == speaker


def test_a_participle_read_as_a_clause_of_the_tag_does_not_cut_it_off(build: Build) -> None:
    text = (
        "Sanders spoke on Sunday.\n\n"
        '"Let\'s go back six months and look at Bernie Sanders announcing his candidacy," '
        'Sanders said in an interview with CNN\'s Gloria Borger aired Monday on "New Day."'
    )
    speakers = _speakers(build, text, "en")
    quote = next(words for words in speakers if words.startswith("Let's go back"))
    assert speakers[quote] == "Sanders"
