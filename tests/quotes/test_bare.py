"""Speech tags whose verb no word list names ('"…?" Beck questioned', '"…?" reacted Trump'):
an English form; French tags put the comma outside the marks ("« … », ironise-t-il")."""

from __future__ import annotations

import pytest

from .build import speaker_words
from .conftest import Build

pytestmark = pytest.mark.model


def _speakers(build: Build, text: str, lang: str) -> dict[str, str | None]:
    """The words naming the speaker of each quote ``find`` reads in ``text``, by its words."""
    return speaker_words(build(text, lang, {}))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('The debate lasted two hours. "Is Obama profiling?" reacted Trump.', "Is Obama", "Trump"),
        (
            'The board was split. "Analysts said no, and she went ahead," remembered Roy '
            "Verley, a former spokesman.",
            "Analysts said no",
            "Roy Verley, a former spokesman",
        ),
    ],
)
def test_a_name_after_a_verb_right_after_a_quote_tags_it(
    build: Build, text: str, words: str, speaker: str
) -> None:
    found = _speakers(build, text, "en")
    assert [found[k] for k in found if words in k] == [speaker]


def test_a_noun_after_a_verb_right_after_a_quote_tags_nothing(build: Build) -> None:
    text = 'The chair denied the request. "Call the roll," came shouts from the crowd.'
    assert "shouts" not in str(list(_speakers(build, text, "en").values()))


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (
            "en",
            "The host pressed him on the wall. "
            "“What was the pivot point that made him change?” Beck questioned.",
            "What was the pivot point that made him change?",
            "Beck",
        ),
        (
            "en",
            'The governor spoke for ten minutes. "Let me help you out, the answer is no," '
            "the Republican vice-presidential nominee riffed on the debate.",
            "Let me help you out, the answer is no",
            "the Republican vice-presidential nominee",
        ),
    ],
)
def test_a_clause_of_a_subject_and_a_verb_right_after_a_quote_tags_it(
    build: Build, lang: str, text: str, words: str, speaker: str
) -> None:
    found = _speakers(build, text, lang)
    assert [found[k] for k in found if words in k] == [speaker]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The candidate closed the rally. "
            "“I will fight for you!” — the balloons cascaded down on the crowd.",
            "balloons",
        ),
        ('The rally was loud. "Tax the rich!" Protesters carried banners downtown.', "Protesters"),
        (
            "Trump spoke in Cleveland. When he referred to the massacre and said he would "
            '"protect our LGBTQ citizens," the crowd applauded loudly.',
            "crowd",
        ),
    ],
)
def test_a_clause_set_off_with_an_object_or_after_a_quote_within_a_sentence_tags_nothing(
    build: Build, text: str, words: str
) -> None:
    assert words not in str(list(_speakers(build, text, "en").values()))
