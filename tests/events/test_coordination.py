"""A demand hung by the parser on a verb of a reported clause goes with the reporting verb."""

from __future__ import annotations

import pytest

from newsgraph.events import Coder

from .helpers import described, make_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coders() -> dict[str, Coder]:
    return {"fr": Coder("fr"), "en": Coder("en")}


def _requests(coders: dict[str, Coder], lang: str, text: str) -> set[tuple[str, ...]]:
    article = make_article(text, lang)
    found = [described(article, e) for e in coders[lang].code_article(article)]
    return {(*sorted(s), "->", *sorted(t)) for kind, s, t, _ in found if kind == "REQUEST"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Biden said the deaths showed Russian disregard for life and called on Iran to act.",
        ),
        ("en", "Biden said Russia attacked Kyiv and called on Iran to use its influence."),
        ("fr", "Joe Biden a affirmé que la Russie menaçait la paix et a appelé l'Iran à agir."),
        (
            "fr",
            "Joe Biden a estimé que la force ne pouvait remplacer un processus « conduit par les "
            "Haïtiens », et a appelé l'Iran à contrôler le trafic d'armes.",
        ),
    ],
)
def test_a_demand_in_the_tense_of_the_reporting_verb_is_the_speaker_s(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("USA", "->", "IRN") in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the tense of the reported clause: Russia called
        (
            "fr",
            "Biden a dit que la Russie avait attaqué l'Ukraine et avait appelé l'Iran à l'aide.",
        ),
        # no reported clause: the verb's own conjunct speaks
        ("en", "Russia attacked Kyiv and called on Iran to help."),
    ],
)
def test_a_demand_in_the_reported_clause_or_in_no_report_keeps_its_subject(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    assert ("RUS", "->", "IRN") in _requests(coders, lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Biden was concerned by the developments in Russia and called on Iran to act."),
        ("fr", "Joe Biden a été critiqué par la Russie et a appelé l'Iran à l'aide."),
    ],
)
def test_a_verb_coordinated_with_a_passive_shares_its_subject_not_its_agent(
    coders: dict[str, Coder], lang: str, text: str
) -> None:
    requests = _requests(coders, lang, text)
    assert ("USA", "->", "IRN") in requests
    assert ("RUS", "->", "IRN") not in requests
