"""Dates of events: which time expression of the sentence dates an event."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph import Article, timex
from newsgraph.events import Coder, timing
from newsgraph.events.discourse import Discourse, load_time_words
from newsgraph.events.timing import (
    Moment,
    before,
    counted_from,
    day_before,
    day_named,
    event_date,
    moments,
    timex_version,
)

from .helpers import dates_of, make_article

FR, EN = load_time_words("fr"), load_time_words("en")


def test_the_expression_inside_the_clause_wins() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (30, 60), 50) == found[1]


def test_else_the_expression_nearest_to_the_trigger() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (10, 20), 15) == found[0]
    assert event_date([], (10, 20), 15) is None


def test_the_end_of_a_span_is_not_the_date_of_the_event() -> None:
    text = "Le gouvernement a suspendu jusqu'en 2028 les négociations, lundi."
    values = [m.value for m in moments(text, 0, dt.date(2024, 12, 2), FR, False)]
    assert "2028" not in values
    assert "2024-12-02" in values
    english = "Georgia suspended the talks until 2028."
    assert moments(english, 0, dt.date(2024, 12, 2), EN, False) == []


def test_an_anaphoric_expression_counts_from_the_day_given_before() -> None:
    text = "Le lendemain, l'Inde a suspendu le traité."
    (moment,) = moments(text, 0, dt.date(2025, 5, 12), FR, False)
    assert moment.anaphoric and moment.value == "2025-05-13"  # from the publication date
    assert counted_from(moment, "2025-04-22", "fr", False) == "2025-04-23"
    assert counted_from(moment, "2025-04", "fr", False) is None  # no day to count from
    assert counted_from(moment, None, "fr", False) is None  # nothing to count from
    (plain,) = moments("Mardi, l'Inde a suspendu le traité.", 0, dt.date(2025, 5, 12), FR, False)
    assert counted_from(plain, "2025-04-22", "fr", False) == plain.value  # not anaphoric


def test_a_year_elsewhere_in_the_sentence_does_not_date_the_event() -> None:
    # "annoncé son retrait du Cemoc, qui réunissait depuis 2010 les armées": the year dates the
    # relative clause, not the withdrawal; a day or month elsewhere in the sentence still does
    found = [Moment(0, 5, "2010")]
    assert event_date(found, (10, 20), 15) is None
    assert event_date(found, (0, 20), 15) == found[0]  # inside the event's clause it does
    found = [Moment(0, 5, "2010"), Moment(40, 45, "2025-04-06")]
    assert event_date(found, (10, 20), 15) == found[1]


def test_the_date_of_a_dateline_is_not_the_date_of_the_news() -> None:
    reference = dt.date(2025, 4, 8)
    text = "BAMAKO, 8 avril (AOP) - L'Algérie a rappelé hier ses ambassadeurs."
    assert [m.text for m in moments(text, 0, reference, FR, False)] == ["hier"]
    english = "ADEN, Yemen, March 7 (Crescent News Agency) - A ship was hit on Wednesday."
    assert [m.text for m in moments(english, 0, reference, EN, False)] == ["Wednesday"]
    plain = "On March 7 - a day of talks - the ship was hit."
    assert [m.text for m in moments(plain, 0, reference, EN, False)] == ["On March 7"]


def test_the_lead_gives_the_day_of_the_news() -> None:
    reference = dt.date(2024, 6, 20)
    assert day_named("Il a approuvé mardi soir le protocole.", 0, reference, FR) == "2024-06-18"
    assert day_named("La Russie a bombardé Kiev.", 0, reference, FR) is None
    # a dateline alone: the news comes in the next sentence
    assert day_named("BAMAKO, 8 avril (AOP) -", 0, reference, FR) is None


def test_a_year_is_no_occasion_for_the_facts_told_next_to_it() -> None:
    discourse = Discourse()
    discourse.dated("2025-02-18", 100)
    assert discourse.occasion() == "2025-02-18"
    discourse.dated("1951", 100)  # "the 1951 treaty": background, not the occasion of the news
    assert discourse.occasion() is None


def test_an_earlier_month_or_year_is_the_background_of_a_plan() -> None:
    published = dt.date(2024, 6, 20)
    assert before("2023-10", published)  # "agreed last October to supply"
    assert before("2019", published)
    assert before("2024-04-02", published)  # more than a month before the news
    assert not before("2024-06-19", published)  # "a annoncé hier": the news itself
    assert not before("2024-06", published)  # "later this month"
    assert not before("2024-07", published)
    assert not before("2023-10", None)


def test_the_day_before_a_sentence_is_the_last_date_given() -> None:
    text = "La crise a commencé le 22 avril. Le lendemain, Kiev a protesté."
    article = Article(raw=text, text=text, published=dt.date(2025, 5, 2))
    discourse = Discourse()
    start = text.index("Le lendemain")
    assert day_before(discourse, article, start, FR) == "2025-04-22"  # the sentence before
    discourse.dated("2025-04-23", 0, start - 2)  # an event told after the day named
    assert day_before(discourse, article, start, FR) == "2025-04-23"  # an event's date first


def test_without_a_publication_date_only_full_dates_resolve() -> None:
    text = "Paris a expulsé l'ambassadeur en janvier 2022, puis vendredi ses conseillers."
    assert [m.value for m in moments(text, 0, None, FR, False)] == ["2022-01"]


@pytest.mark.model
def test_a_year_dated_background_fact_leaves_the_occasion_told_before_it(
    coders: dict[str, Coder],
) -> None:
    text = (
        "The United States met China on Monday, years after Russia invaded Ukraine in 2022. "
        "Washington imposed sanctions on Beijing."
    )
    found = dates_of(coders["en"], text, "en")
    assert ("SANCTION", "2024-06-17") in found


def test_a_month_or_year_anaphor_counts_from_a_month_told_before() -> None:
    # "ECOWAS imposed sanctions in July 2023 … activating a standby force in August that year"
    text = "Elle a activé une force en attente en août de la même année."
    (moment,) = moments(text, 0, dt.date(2025, 1, 29), FR, False)
    assert moment.anaphoric
    assert counted_from(moment, "2023-07", "fr", False) == "2023-08"
    assert counted_from(moment, "2023-07-26", "fr", False) == "2023-08"
    assert counted_from(moment, "2023", "fr", False) is None  # coarser than the month


def test_a_count_after_an_event_dates_only_what_follows_it() -> None:
    # "Their meeting came a week after Russia freed him": the release, not the meeting
    found = [Moment(19, 31, "2025-02-12", ahead=True)]
    assert event_date(found, (0, 50), 6) is None
    assert event_date(found, (0, 50), 39) == found[0]


def test_a_count_after_an_event_counts_from_the_date_of_its_sentence() -> None:
    text = "Le mouvement avait ouvert un front le 8 octobre 2023, au lendemain de l'attaque."
    found = moments(text, 0, dt.date(2024, 11, 27), FR, False)
    assert [(m.value, m.anaphoric, m.ahead) for m in found] == [
        ("2023-10-08", False, False),
        ("2023-10-07", False, True),
    ]
    text = "Le communiqué, publié en avril 2023, au lendemain de l'attaque, accusait Kiev."
    found = moments(text, 0, dt.date(2024, 11, 27), FR, False)
    assert [(m.value, m.ahead) for m in found] == [("2023-04", False), ("2023-04", True)]
    text = "The statement, issued in 2023, a week after the attack, accused Kyiv."
    found = moments(text, 0, dt.date(2024, 11, 27), EN, False)
    assert [(m.value, m.ahead) for m in found] == [("2023", False), ("2023", True)]
    text = "Ces frappes interviennent deux jours après l'adoption d'une résolution."
    (moment,) = moments(text, 0, dt.date(2024, 1, 12), FR, False)
    assert (moment.value, moment.anaphoric) == ("2024-01-10", False)  # from the publication


@pytest.mark.model
def test_an_event_counted_back_from_another_is_no_occasion_for_the_next_sentence(
    coders: dict[str, Coder],
) -> None:
    text = (
        "Russian and American envoys met in Riyadh on Tuesday, a week after Russia freed "
        "Marc Fogel. The two sides agreed to restore embassy staff."
    )
    dates = dict(dates_of(coders["en"], text, "en", dt.date(2024, 3, 14)))
    assert dates["CONCEDE"] == "2024-03-05"
    assert dates["AGREE"] == "2024-03-12"


def test_the_closest_hanging_expression_wins() -> None:
    # "avaient conclu le 30 juillet un cessez-le-feu entré en vigueur le 4 août"
    found = [Moment(15, 28, "2024-07-30"), Moment(55, 65, "2024-08-04")]
    ranks = {15: 1, 55: 2}
    assert event_date(found, (0, 70), 30, lambda m: ranks[m.start]) == found[1]
    assert event_date(found, (0, 70), 30, lambda m: int(m.start == 15)) == found[0]


@pytest.mark.model
def test_a_participle_after_a_nominal_trigger_dates_its_event(coders: dict[str, Coder]) -> None:
    text = (
        "Sous son égide, la Russie et l'Ukraine avaient conclu le 30 juillet un cessez-le-feu "
        "entré en vigueur le 4 août."
    )
    dates = dict(dates_of(coders["fr"], text, "fr", dt.date(2024, 12, 15)))
    assert dates["CONCEDE"] == "2024-08-04"


def test_an_anaphor_counts_from_a_day_named_after_the_last_dated_event() -> None:
    """The narrative moves on to a day it names after its last dated event ("EU leaders sat on
    Thursday … ¶ The crisis began at the summit of 14 December. … Late that night")."""
    text = (
        "EU leaders agreed on Thursday to a fund.\n\n"
        "The crisis began at the summit of 14 December. Orbán left the room.\n\n"
        "Late that night he vetoed the fund."
    )
    article = Article(raw=text, text=text, published=dt.date(2024, 2, 4))
    discourse = Discourse()
    discourse.dated("2024-02-01", 0, text.index("agreed"))
    start = text.index("Late")
    assert day_before(discourse, article, start, EN) == "2023-12-14"


def test_before_any_dated_event_an_anaphor_counts_from_the_paragraph_before() -> None:
    """ "Within hours" or "the same day" count from the last day the text named, back to the
    paragraph before, when no event has taken a date yet."""
    text = (
        "When Tepco opened the valves on August 24, 2023, Japan believed it had won.\n\n"
        "It did not persuade Beijing. The same day, China suspended imports."
    )
    article = Article(raw=text, text=text, published=dt.date(2023, 9, 6))
    discourse = Discourse()
    discourse.previous = text.index("It did")
    start = text.index("The same")
    assert day_before(discourse, article, start, EN) == "2023-08-24"


def test_an_anaphoric_expression_the_finder_cannot_count_is_no_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # no finder to count "le lendemain" from April 22: not the day after publication
    text = "Le lendemain, l'Inde a suspendu le traité."
    (moment,) = moments(text, 0, dt.date(2025, 5, 12), FR, False)
    monkeypatch.setattr(timing, "timex_finder", lambda: None)
    assert counted_from(moment, "2025-04-22", "fr", False) is None


def test_the_timex_version_is_none_only_without_time_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (timex_version("fr") or "").startswith("timex.")
    assert timex_version("xx") is None  # no time data for this language

    def broken(code: str) -> str:
        raise KeyError(code)

    monkeypatch.setattr(timex, "version", broken)
    with pytest.raises(KeyError):  # a real failure is not swallowed
        timex_version("fr")
    monkeypatch.delattr(timex, "version")
    assert timex_version("fr") is None  # a timex stage without a version


@pytest.mark.model
def test_no_date_without_a_publication_date(coders: dict[str, Coder]) -> None:
    article = make_article("Kim Jong-un a rencontré Vladimir Poutine mardi dernier.", "fr", None)
    (event,) = coders["fr"].code_article(article)
    assert event.date is None
