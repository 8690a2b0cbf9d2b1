"""Dates of events: which time expression of the sentence dates an event."""

from __future__ import annotations

import datetime as dt

from newsgraph.events.discourse import Discourse
from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.setting import (
    Moment,
    apart,
    counted_from,
    day_named,
    event_date,
    moments,
)
from newsgraph.events.syntax import Tree

from .trees import parse


def test_the_expression_inside_the_clause_wins() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (30, 60), 50) == found[1]


def test_else_the_expression_nearest_to_the_trigger() -> None:
    found = [Moment(0, 5, "2024-06-17"), Moment(40, 45, "2024-06-14")]
    assert event_date(found, (10, 20), 15) == found[0]
    assert event_date([], (10, 20), 15) is None


def test_the_end_of_a_span_is_not_the_date_of_the_event() -> None:
    text = "Le gouvernement a suspendu jusqu'en 2028 les négociations, lundi."
    values = [m.value for m in moments(text, 0, dt.date(2024, 12, 2), "fr", False)]
    assert "2028" not in values
    assert "2024-12-02" in values
    english = "Georgia suspended the talks until 2028."
    assert moments(english, 0, dt.date(2024, 12, 2), "en", False) == []


def test_an_anaphoric_expression_counts_from_the_day_given_before() -> None:
    text = "Le lendemain, l'Inde a suspendu le traité."
    (moment,) = moments(text, 0, dt.date(2025, 5, 12), "fr", False)
    assert moment.anaphoric and moment.value == "2025-05-13"  # from the publication date
    assert counted_from(moment, "2025-04-22", "fr", False) == "2025-04-23"
    assert counted_from(moment, "2025-04", "fr", False) == "2025-05-13"  # no day to count from
    assert counted_from(moment, None, "fr", False) == "2025-05-13"
    (plain,) = moments("Mardi, l'Inde a suspendu le traité.", 0, dt.date(2025, 5, 12), "fr", False)
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
    assert [m.text for m in moments(text, 0, reference, "fr", False)] == ["hier"]
    english = "ADEN, Yemen, March 7 (Crescent News Agency) - A ship was hit on Wednesday."
    assert [m.text for m in moments(english, 0, reference, "en", False)] == ["Wednesday"]
    plain = "On March 7 - a day of talks - the ship was hit."
    assert [m.text for m in moments(plain, 0, reference, "en", False)] == ["On March 7"]


def test_the_lead_gives_the_day_of_the_news() -> None:
    reference = dt.date(2024, 6, 20)
    assert day_named("Il a approuvé mardi soir le protocole.", 0, reference, "fr") == "2024-06-18"
    assert day_named("La Russie a bombardé Kiev.", 0, reference, "fr") is None
    # a dateline alone: the news comes in the next sentence
    assert day_named("BAMAKO, 8 avril (AOP) -", 0, reference, "fr") is None


def test_a_year_is_no_occasion_for_the_facts_told_next_to_it() -> None:
    discourse = Discourse()
    discourse.dated("2025-02-18", 100)
    assert discourse.occasion() == "2025-02-18"
    discourse.dated("1951", 100)  # "the 1951 treaty": background, not the occasion of the news
    assert discourse.occasion() is None


def test_a_day_in_another_relative_or_participial_clause_does_not_date_the_event() -> None:
    # "Washington reproche hier à l'armée d'avoir boudé les pourparlers organisés en août"
    rows = [
        ("Washington", "Washington", "PROPN", "", 1, "nsubj"),
        ("reproche", "reprocher", "VERB", "", 1, "ROOT"),
        ("hier", "hier", "ADV", "", 1, "advmod"),
        ("à", "à", "ADP", "", 5, "case"),
        ("l'", "le", "DET", "", 5, "det"),
        ("armée", "armée", "NOUN", "", 1, "obl:arg"),
        ("d'", "de", "ADP", "", 8, "mark"),
        ("avoir", "avoir", "AUX", "", 8, "aux"),
        ("boudé", "bouder", "VERB", "", 1, "xcomp"),
        ("les", "le", "DET", "", 10, "det"),
        ("pourparlers", "pourparlers", "NOUN", "", 8, "obj"),
        ("organisés", "organiser", "VERB", "", 10, "acl"),
        ("en", "en", "ADP", "", 13, "case"),
        ("août", "août", "NOUN", "", 11, "obl:mod"),
    ]
    doc = parse(rows)
    tree = Tree(load_lexicon("fr"))
    august = Moment(doc[12].idx, doc[13].idx + 4, "2024-08")
    yesterday = Moment(doc[2].idx, doc[2].idx + 4, "2024-09-09")
    boycott = apart(tree, doc[8])
    assert boycott(august) and not boycott(yesterday)
    assert not apart(tree, doc[10])(august)  # the clause modifies the talks: it dates them
    assert not apart(tree, doc[11])(august)
    clause = (0, len(doc.text))
    assert event_date([yesterday, august], clause, doc[8].idx, other_clause=boycott) == yesterday
    assert event_date([august], clause, doc[8].idx, other_clause=boycott) is None
