from __future__ import annotations

import json
from typing import Any

import pytest

from newsgraph.evaluate.metrics import Counts, Rate
from newsgraph.evaluate.score import (
    body_lines,
    score,
    score_actors,
    score_cleaning,
    score_events,
    score_quotes,
)

from .helpers import BODY, TEXT, actor, event, output, record

# cleaning


def test_a_clean_body_scores_perfectly() -> None:
    metrics, misses = score_cleaning(output(text=BODY), record())
    assert metrics.counts == Counts(found=3, gold=3, correct=3, output=3)
    assert metrics.rates["body_kept"] == Rate(1, 1)
    assert metrics.rates["body_lines_kept"] == Rate(3, 3)
    assert misses == []


def test_boilerplate_left_in_and_body_lines_removed() -> None:
    text = BODY.replace("Selon Washington, la Russie prépare une nouvelle offensive.", "")
    text += "\n\nLire aussi : la guerre en cartes"
    metrics, misses = score_cleaning(output(text=text), record())
    # two of three chrome lines removed; three lines removed, one of them body
    assert metrics.counts == Counts(found=2, gold=3, correct=2, output=3)
    assert metrics.rates["body_kept"] == Rate(1, 1)
    assert metrics.rates["body_lines_kept"] == Rate(2, 3)
    assert {m.note for m in misses} == {"boilerplate kept", "body line removed"}


def test_the_body_is_kept_only_when_both_ends_are_there() -> None:
    metrics, misses = score_cleaning(output(text=BODY[:-10]), record())
    assert metrics.rates["body_kept"] == Rate(0, 1)
    assert misses[0].note == "body end missing from the output text"


def test_an_article_without_output_text_removes_nothing() -> None:
    metrics, _ = score_cleaning(output(text=""), record())
    assert metrics.counts == Counts(found=0, gold=3, correct=0, output=3)
    assert metrics.rates["body_kept"] == Rate(0, 1)


def test_body_lines_start_where_the_first_end_starts_a_line() -> None:
    text = "Photo: Le ministre russe Sergueï Lavrov à Paris\n\n" + TEXT
    lines = body_lines(record(text=text))
    assert lines[0].startswith("Le ministre russe Sergueï Lavrov a accusé")
    assert lines[-1] == "Les Nations unies ont appelé les deux parties au calme."
    assert "Lire aussi : la guerre en cartes" not in lines


# actors


def test_actors_match_by_surname_alias_and_accents() -> None:
    actors = [
        actor("p1", "Lavrov", "RUS"),
        actor("p2", "Ukraine", "UKR", kind="country"),
        actor("p3", "Etats-Unis", "USA", kind="country"),
        actor("p4", "Moscou", "RUS", kind="country"),
    ]
    metrics, misses = score_actors(output(actors=actors), record())
    # Lavrov (surname) and Ukraine found; "Etats-Unis" is not "United States"; Moscou is no one
    assert metrics.counts == Counts(found=2, gold=5, correct=2, output=4)
    assert metrics.rates["country"] == Rate(2, 2)
    assert {m.text for m in misses} == {"Russia", "United States", "United Nations"}


def test_the_country_is_checked_on_the_best_match() -> None:
    actors = [actor("p1", "Lavrov", "UKR"), actor("p2", "Sergueï LAVROV", "RUS")]
    metrics, _ = score_actors(output(actors=actors), record())
    assert metrics.rates["country"] == Rate(1, 1)
    metrics, misses = score_actors(output(actors=[actor("p1", "Lavrov", None)]), record())
    assert metrics.rates["country"] == Rate(0, 1)
    assert misses[0].note == "country None instead of RUS"


def test_a_surname_alone_does_not_match_a_country_or_organisation() -> None:
    metrics, _ = score_actors(output(actors=[actor("o1", "Nations", None)]), record())
    assert metrics.counts == Counts(found=0, gold=5, correct=0, output=1)


# quotes


def test_quotes_found_and_speakers_resolved_from_actor_ids() -> None:
    actors = [actor("p1", "Sergueï Lavrov", "RUS"), actor("c1", "Washington", "USA")]
    quotes = [
        {"text": "Nous ne céderons pas", "speaker": "p1", "direct": True},
        {"text": "la Russie prépare une nouvelle offensive", "speaker": "c1", "direct": False},
        {"text": "calme", "speaker": None, "direct": True},
    ]
    metrics, misses = score_quotes(output(actors=actors, quotes=quotes), record(), None)
    assert metrics.counts == Counts(found=2, gold=2, correct=2, output=3)
    assert metrics.rates["speaker"] == Rate(1, 2)  # Washington is not "United States" by name
    assert misses[0].note == "speaker Washington instead of United States"


def test_direct_and_reported_quotes_are_scored_apart() -> None:
    quotes = [
        {"text": "« Nous ne céderons pas »", "speaker": "Lavrov", "direct": True},
        {"text": "la Russie prépare une nouvelle offensive", "speaker": "USA", "direct": True},
    ]
    direct, _ = score_quotes(output(quotes=quotes), record(), True)
    reported, _ = score_quotes(output(quotes=quotes), record(), False)
    assert direct.counts == Counts(found=1, gold=1, correct=1, output=2)
    assert direct.rates["speaker"] == Rate(1, 1)  # a name, not an id: the surname matches
    assert reported.counts == Counts(found=0, gold=1, correct=0, output=0)


def test_one_output_quote_may_contain_several_gold_pieces() -> None:
    gold = record(
        quotes=[
            {"contains": "a accusé jeudi", "speaker": "Sergey Lavrov", "direct": True},
            {"contains": "Nous ne céderons pas", "speaker": "Sergey Lavrov", "direct": True},
        ]
    )
    text = "a accusé jeudi l'Ukraine\u00a0de saboter les pourparlers. « Nous ne céderons pas »"
    quotes = [{"text": text, "speaker": "Lavrov", "direct": True}]
    metrics, _ = score_quotes(output(quotes=quotes), gold, None)
    assert metrics.counts == Counts(found=2, gold=2, correct=1, output=1)
    assert (metrics.counts.precision, metrics.counts.recall) == (1.0, 1.0)


def test_the_speaker_is_that_of_the_closest_quote() -> None:
    # an interview's answer quotes someone else: the inner quotation says the words
    answer = "Le ministre le dit : « Nous ne céderons pas », et je le crois."
    quotes = [
        {"text": answer, "speaker": "Kallas", "direct": True},
        {"text": "Nous ne céderons pas", "speaker": "Lavrov", "direct": True},
    ]
    metrics, _ = score_quotes(output(quotes=quotes), record(), True)
    assert metrics.rates["speaker"] == Rate(1, 1)
    metrics, misses = score_quotes(output(quotes=quotes[:1]), record(), True)
    assert metrics.rates["speaker"] == Rate(0, 1) and "Kallas" in misses[0].note


# events

ACTORS = [
    actor("ru", "Russia", "RUS", kind="country"),
    actor("ua", "Ukraine", "UKR", kind="country"),
    actor("un", "Nations unies", None, kind="organization", sector="IGO"),
    actor("p", "Kaja Kallas", None),
]


def test_events_match_on_type_and_countries_through_the_actors() -> None:
    events = [
        event("ACCUSE", ["ru"], ["ua"], date="2024-03-14"),
        event("REQUEST", ["un"], ["ru"], modality="future"),
        event("ASSAULT", ["ru"], ["ua"]),
    ]
    metrics, misses = score_events(output(actors=ACTORS, events=events), record())
    assert metrics.counts == Counts(found=2, gold=2, correct=2, output=3)
    assert metrics.rates["date"] == Rate(2, 2)  # a day inside the month-level gold date; null
    assert metrics.rates["date_given"] == Rate(1, 1)  # only the gold events that have a date
    assert metrics.rates["modality"] == Rate(1, 2)
    assert [m.note for m in misses] == ["modality future instead of asserted"]
    assert metrics.by_type["ASSAULT"] == Counts(0, 0, 0, 1)
    assert metrics.by_type["ACCUSE"] == Counts(1, 1, 1, 1)


@pytest.mark.parametrize(
    ("kind", "source", "target"),
    [
        ("REJECT", ["ru"], ["ua"]),  # wrong type
        ("ACCUSE", ["ua"], ["ru"]),  # sides swapped
        ("ACCUSE", ["ru"], ["p"]),  # a person without a country stands for no country
        ("ACCUSE", ["un"], ["ua"]),  # the UN is not Russia
    ],
)
def test_events_that_do_not_match(kind: str, source: list[str], target: list[str]) -> None:
    gold = record(events=[_accuse()])
    metrics, misses = score_events(
        output(actors=ACTORS, events=[event(kind, source, target)]), gold
    )
    assert metrics.counts == Counts(found=0, gold=1, correct=0, output=1)
    assert misses[0].note == "ACCUSE RUS→UKR not found"


def _accuse() -> dict[str, object]:
    return {
        "types": ["ACCUSE"],
        "source": ["RUS"],
        "target": ["UKR"],
        "modality": "asserted",
        "date": None,
        "evidence": "a accusé jeudi l'Ukraine",
    }


def test_each_gold_event_matches_at_most_one_output_event() -> None:
    twice = [event("ACCUSE", ["ru"], ["ua"]), event("ACCUSE", ["ru"], ["ua"])]
    metrics, _ = score_events(output(actors=ACTORS, events=twice), record(events=[_accuse()]))
    assert metrics.counts == Counts(found=1, gold=1, correct=1, output=2)
    gold = record(events=[_accuse(), _accuse()])
    metrics, _ = score_events(output(actors=ACTORS, events=twice[:1]), gold)
    assert metrics.counts == Counts(found=1, gold=2, correct=1, output=1)


def test_matching_is_maximal() -> None:
    wide = {**_accuse(), "types": ["ACCUSE", "REJECT"]}
    events = [
        event("ACCUSE", ["ru"], ["ua"]),
        event("REJECT", ["ru"], ["ua"], modality="negated"),
    ]
    # the first gold event prefers the ACCUSE output, which the second one needs
    metrics, _ = score_events(
        output(actors=ACTORS, events=events), record(events=[wide, _accuse()])
    )
    assert metrics.counts == Counts(found=2, gold=2, correct=2, output=2)
    assert metrics.rates["modality"] == Rate(1, 2)


def test_matching_prefers_outputs_with_the_right_details() -> None:
    events = [
        event("ACCUSE", ["ru"], ["ua"], date="2024-04-01"),
        event("ACCUSE", ["ru"], ["ua"], date="2024-03-02"),
    ]
    gold = record(events=[{**_accuse(), "date": "2024-03"}])
    metrics, misses = score_events(output(actors=ACTORS, events=events), gold)
    assert metrics.rates["date"] == Rate(1, 1)
    assert misses == []


def test_a_reciprocal_gold_event_accepts_either_direction() -> None:
    met = {**_accuse(), "types": ["CONSULT"], "source": ["RUS", "UKR"], "target": ["RUS", "UKR"]}
    events = [event("CONSULT", ["ua"], ["ru"]), event("CONSULT", ["ru"], ["ua"])]
    metrics, _ = score_events(output(actors=ACTORS, events=events), record(events=[met]))
    assert metrics.counts == Counts(found=1, gold=1, correct=1, output=2)


# the whole report


def test_counts_are_summed_over_articles_before_dividing() -> None:
    one = record(id="a1", events=[_accuse()])
    three = record(id="a2", events=[_accuse(), _accuse(), _accuse()])
    outputs = [output("a1", actors=ACTORS, events=[event("ACCUSE", ["ru"], ["ua"])]), output("a2")]
    report = score(outputs, [one, three])
    assert report.flat()["events.recall"] == 0.25  # not the mean of 1.0 and 0.0
    assert report.flat()["events.precision"] == 1.0


def test_a_gold_article_without_output_finds_nothing() -> None:
    report = score([], [record()])
    flat = report.flat()
    assert flat["cleaning.body_kept"] == flat["cleaning.recall"] == 0.0
    assert flat["actors.recall"] == flat["events.recall"] == 0.0
    assert report.stages["events"].counts == Counts(0, 2, 0, 0)


def test_report_names_json_and_worst_misses() -> None:
    report = score([output("a1", text=BODY), output("a2")], [record(id="a1"), record(id="a2")])
    flat = report.flat()
    for name in (
        "cleaning.precision",
        "cleaning.body_kept",
        "metadata.language",
        "actors.f1",
        "actors.country",
        "quotes.direct.speaker",
        "quotes.reported.f1",
        "events.f1",
        "events.modality",
        "events.date",
        "events.date_given",
        "events.type.ACCUSE.f1",
    ):
        assert name in flat
    data = json.loads(json.dumps(report.to_dict(worst=2)))
    assert data["metrics"] == flat
    assert data["stages"]["events"]["counts"]["gold"] == 4
    worst = report.worst("cleaning", 2)
    assert [m.article for m in worst] == ["a2", "a2"]
    assert len(report.to_dict()["misses"]) == len(report.misses)


def test_an_actor_is_found_by_a_full_name_the_article_writes() -> None:
    def lavrov(*written: str) -> dict[str, Any]:
        mentions = [{"start": 0, "end": len(w), "text": w} for w in written]
        return actor("p1", "Sergei Lavrov", "RUS", mentions=mentions)

    found, _ = score_actors(output(actors=[lavrov("Sergueï Lavrov", "il")]), record())
    assert found.counts.found == 1 and found.counts.correct == 1
    # a mention of the surname alone, or a title, is no name to match on
    missed, _ = score_actors(output(actors=[lavrov("Lavrov", "le ministre russe")]), record())
    assert missed.counts.found == 0 and missed.counts.correct == 0
    quotes = [{"text": "Nous ne céderons pas", "speaker": "p1", "direct": True}]
    scored, _ = score_quotes(
        output(actors=[lavrov("Sergueï Lavrov")], quotes=quotes), record(), True
    )
    assert scored.rates["speaker"] == Rate(1, 1)


def test_matching_pairs_a_gold_event_with_its_own_sentence_first() -> None:
    text = "Moscou a accusé Kiev en 2022. Hier, la Russie a accusé jeudi l'Ukraine de tout."
    at = text.index("Hier")
    events = [
        event("ACCUSE", ["ru"], ["ua"], date="2024-03-13", sentence={"start": 0, "end": at}),
        event("ACCUSE", ["ru"], ["ua"], date="2022", sentence={"start": at, "end": len(text)}),
    ]
    out = output(text=text, actors=ACTORS, events=events)
    gold = record(events=[{**_accuse(), "date": "2024-03-13"}])
    metrics, misses = score_events(out, gold)
    # the telling in the gold evidence's sentence, though the other one has the gold date
    assert metrics.rates["date"] == Rate(0, 1)
    assert [m.note for m in misses] == ["date 2022 instead of 2024-03-13"]
