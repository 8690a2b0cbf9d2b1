from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.evaluate.adapters import (
    Abstain,
    score_datasets,
    score_plover,
    score_plv,
    score_tempeval,
)
from newsgraph.evaluate.adapters.plover import read_plover
from newsgraph.evaluate.adapters.plv import read_plv
from newsgraph.evaluate.adapters.tempeval import read_tempeval
from newsgraph.evaluate.gold import PLOVER_TYPES


class Typer:
    """Answers from a table of sentences."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, str, str, str]] = []

    def type_of(self, sentence: str, source: str, target: str, lang: str) -> str | None:
        self.calls.append((sentence, source, target, lang))
        return self.answers.get(sentence)


class Resolver:
    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers

    def resolve(self, expression: str, reference: dt.date, lang: str) -> str | None:
        answer = self.answers.get(expression)
        return answer.replace("REF", reference.isoformat()) if answer else None


PLOVER = [
    {"id": "doc", "event": "DOCUMENT", "eventText": "documentation"},
    {
        "id": "1",
        "event": "DEMAND",
        "text": "Iran demanded that Iraq withdraw.",
        "source": [{"actorText": "Iran", "code": "IRN"}],
        "target": [{"actorText": "Iraq", "code": "IRQ"}],
    },
    {
        "id": "2",
        "event": "INVESTIGATE",
        "text": "The IAEA sent inspectors to Iran.",
        "source": [{"actorText": "IAEA", "code": "IGO"}],
        "target": "",
    },
    {
        "id": "3",
        "event": "FIGHT",
        "text": "Serb and Croat forces clashed.",
        "source": [{"actorText": "Serb", "code": "SRB"}, {"actorText": "Croat", "code": "HRV"}],
    },
]


def test_plover_labels_are_mapped_and_the_actors_given(tmp_path: Path) -> None:
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(PLOVER), encoding="utf-8")
    items = read_plover(path)
    assert [item.label for item in items] == ["REQUEST", "ACCUSE", "ASSAULT"]
    typer = Typer(
        {"Iran demanded that Iraq withdraw.": "REQUEST", "Serb and Croat forces clashed.": "COERCE"}
    )
    result = score_plover(path, typer)
    assert typer.calls[0] == ("Iran demanded that Iraq withdraw.", "Iran", "Iraq", "en")
    assert typer.calls[2][1:3] == ("Serb and Croat", "")
    assert (result.total, result.answered, result.right) == (3, 2, 1)
    assert result.accuracy == pytest.approx(1 / 3) and result.answered_accuracy == 0.5
    assert result.by_label["ASSAULT"].right == 0


PLV = (
    "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root\n"
    "0\t4\tIran condemned the U.S.\t<s>Iran</s> condemned <t>the U.S.</t>\t"
    "Iran\tthe U.S.\t3\tACCUSE\n"
    '1\t5\t"Kiev" freed 100 prisoners.\tx\tKiev\tprisoners\t2\tYIELD\n'
    "2\t6\tTroops left the town.\tx\tTroops\tthe town\t2\tYIELD\n"
)


def test_plv_yield_stands_for_concede_or_retreat(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    path.write_text(PLV, encoding="utf-8")
    assert [item.sentence for item in read_plv(path)][1] == '"Kiev" freed 100 prisoners.'
    typer = Typer(
        {
            "Iran condemned the U.S.": "ACCUSE",
            '"Kiev" freed 100 prisoners.': "CONCEDE",
            "Troops left the town.": "RETREAT",
        }
    )
    result = score_plv(path, typer)
    assert (result.total, result.answered, result.right) == (3, 3, 3)
    assert result.by_label["YIELD"].total == 2
    assert typer.calls[0][1:] == ("Iran", "the U.S.", "en")


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30"
functionInDocument="CREATION_TIME">1998-11-20</TIMEX3></DCT>
<TEXT>
The attack <TIMEX3 tid="t1" type="DATE" value="1998-10">last month</TIMEX3>, reported
<TIMEX3 tid="t2" type="DATE" value="1998-11-20">Friday</TIMEX3> at
<TIMEX3 tid="t3" type="TIME" value="1998-11-20T10:00">10 a.m. today</TIMEX3>, during
<TIMEX3 tid="t4" type="DURATION" value="P3D">three days</TIMEX3> of
<TIMEX3 tid="t5" type="DATE" value="PRESENT_REF">now</TIMEX3> and
<TIMEX3 tid="t6" type="DATE" value="1998-Q3">the third quarter</TIMEX3> of
<TIMEX3 tid="t7" type="DATE" value="1997">last
year</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_tempeval_keeps_calendar_dates_and_checks_them_as_gold_dates(tmp_path: Path) -> None:
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "TimeBank" / "x.tml").write_text(TML, encoding="utf-8")
    items = read_tempeval(tmp_path)
    assert [(i.expression, i.value, i.granularity) for i in items] == [
        ("last month", "1998-10", "month"),
        ("Friday", "1998-11-20", "day"),
        ("10 a.m. today", "1998-11-20", "day"),
        ("last year", "1997", "year"),
    ]
    assert items[0].reference == dt.date(1998, 11, 20)
    resolver = Resolver({"last month": "1998-10-15", "Friday": "REF", "last year": "1998"})
    result = score_tempeval(tmp_path, resolver)
    assert (result.total, result.answered, result.right) == (4, 3, 2)
    assert result.by_label["year"].right == 0


def test_abstaining_scores_zero_with_nothing_answered(tmp_path: Path) -> None:
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(PLOVER), encoding="utf-8")
    [result] = score_datasets(plover=path)
    assert (result.accuracy, result.answered, result.total) == (0.0, 0, 3)
    assert result.to_dict()["answered_accuracy"] == 0.0
    assert Abstain().resolve("hier", dt.date(2024, 1, 1), "fr") is None
    assert score_datasets() == []


@pytest.mark.shared
def test_the_public_datasets_read_as_documented(shared: Path) -> None:
    data = shared / "data"
    plover = read_plover(data / "plover" / "PLOVER_GSR_CAMEO.json")
    assert len(plover) == 322
    assert {item.label for item in plover} <= PLOVER_TYPES
    plv = read_plv(data / "plv" / "PLV_train.tsv")
    assert len(plv) == 1050
    assert {item.label for item in plv} <= PLOVER_TYPES | {"YIELD"}
    timexes = read_tempeval(data / "tempeval3_tbaq_cleaned")
    assert len(timexes) > 1000
    assert {item.granularity for item in timexes} == {"day", "month", "year"}
