from __future__ import annotations

import pytest

from newsgraph import Article, Options
from newsgraph.stages.language import DetectLanguage

FR = "Le ministre des Affaires étrangères a rencontré mardi son homologue pour évoquer la crise."
EN = "The foreign minister met his counterpart on Tuesday to discuss the crisis in the region."
DE = "Der Außenminister traf am Dienstag seinen Amtskollegen, um über die Krise zu sprechen."


@pytest.fixture(scope="module")
def stage() -> DetectLanguage:
    return DetectLanguage(Options())


@pytest.mark.parametrize(("text", "code"), [(FR, "fr"), (EN, "en")])
def test_detects_supported_languages(stage: DetectLanguage, text: str, code: str) -> None:
    article = stage(Article(raw=text, text=text))
    assert (article.language, article.status) == (code, "ok")


def test_other_languages_are_reported_not_analysed(stage: DetectLanguage) -> None:
    article = stage(Article(raw=DE, text=DE))
    assert article.language == "de"
    assert article.status == "unsupported-language"
    assert "not supported" in article.warnings[0]


def test_metadata_language_is_normalised(stage: DetectLanguage) -> None:
    assert stage(Article(raw=EN, text=EN, language="fr-FR")).language == "fr"


def test_forced_language_wins() -> None:
    stage = DetectLanguage(Options(language="fr"))
    assert stage(Article(raw=EN, text=EN)).language == "fr"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Paris condemned Russia's invasion of Ukraine.", "en"),
        ("France condemned Russia's invasion of Ukraine.", "en"),
        ("Macron a condamné l'invasion.", "fr"),
    ],
)
def test_a_short_text_is_read_closely(stage: DetectLanguage, text: str, code: str) -> None:
    assert stage(Article(raw=text, text=text)).language == code


def test_a_batch_gets_the_languages_each_text_gets_alone(stage: DetectLanguage) -> None:
    texts = [FR, EN, DE, "Macron a condamné l'invasion.", EN, _long(EN), _long(DE)]
    batch = [Article(raw=t, text=t) for t in texts]
    batch[4].language = "fr-FR"
    stage.prepare(batch)
    assert len(stage._detected) == 2  # the long samples are read in one call
    assert [stage(a).language for a in batch] == ["fr", "en", "de", "fr", "fr", "en", "de"]
    alone = [stage(Article(raw=t, text=t)).language for t in texts[:4] + texts[5:]]
    assert alone == ["fr", "en", "de", "fr", "en", "de"]


def test_an_article_left_over_from_a_batch_lends_its_language_to_no_other(
    stage: DetectLanguage,
) -> None:
    left = Article(raw=_long(FR), text=_long(FR))
    stage.prepare([left])
    other = Article(raw=EN, text=EN)
    stage._detected[id(other)] = stage._detected.pop(id(left))  # as if ``other`` reused the id
    assert stage(other).language == "en"


def _long(text: str) -> str:
    """A sample long enough for the batch's low-accuracy call."""
    return " ".join([text] * 3)


def test_only_the_start_is_read(stage: DetectLanguage) -> None:
    tail = [
        EN,
        "Officials said the talks would continue next week in Geneva.",
        "Protesters gathered outside parliament while lawmakers debated the budget.",
        "The government announced new sanctions against several companies.",
        "Analysts expect the central bank to hold interest rates steady.",
        "Rescue teams searched through the rubble after the earthquake.",
    ]
    text = " ".join([FR] * 4) + "\n" + " ".join(tail * 3)
    assert stage(Article(raw=text, text=text)).language == "fr"
