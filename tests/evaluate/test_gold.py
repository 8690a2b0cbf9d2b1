from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import InputError, MalformedRecord
from newsgraph.evaluate.gold import default_shared, load_gold

from ..conftest import ROOT
from .helpers import gold_data, write_gold


def test_a_valid_record_loads(tmp_path: Path) -> None:
    [record] = load_gold([write_gold(tmp_path / "g.jsonl", gold_data())])
    assert record.id == "a1" and record.lang == "fr"
    assert record.published == dt.date(2024, 3, 14)
    assert record.origin == f"{tmp_path / 'g.jsonl'}:1"
    lavrov = record.actor("Sergueï Lavrov")
    assert lavrov is not None and lavrov.names == ("Sergey Lavrov", "Sergueï Lavrov")
    assert record.events[1].source == ("IGO:UN",)
    assert record.quotes[0].direct is True


def _with(change: dict[str, Any]) -> dict[str, Any]:
    data = gold_data()
    for path, value in change.items():
        *parents, key = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[key]
        else:
            target[key] = value
    return data


@pytest.mark.parametrize(
    ("change", "field", "why"),
    [
        ({"gold.body_first": "Le ministre  russe"}, "body_first", "not an exact substring"),
        ({"gold.body_last": "au calme !"}, "body_last", "not an exact substring"),
        ({"gold.boilerplate": ["Partager"]}, "boilerplate[0]", "not an exact substring"),
        (
            {"gold.quotes.0.contains": "Nous ne cederons pas"},
            "quotes[0].contains",
            "not an exact substring",
        ),
        ({"gold.events.1.evidence": "ont appelé au calme"}, "events[1].evidence", "substring"),
        ({"gold.events.0.types": ["DISAPPROVE"]}, "events[0].types", "unknown types"),
        ({"gold.events.0.types": []}, "events[0].types", "is empty"),
        ({"gold.events.0.modality": "possible"}, "events[0].modality", "'possible'"),
        ({"gold.events.0.date": "2024-13"}, "events[0].date", "'2024-13'"),
        ({"gold.events.0.date": "14/03/2024"}, "events[0].date", "14/03/2024"),
        ({"gold.events.0.source": ["Russia"]}, "events[0].source", "bad codes"),
        ({"gold.events.0.target": []}, "events[0].target", "is empty"),
        ({"gold.quotes.1.speaker": "Joe Biden"}, "quotes[1].speaker", "not the name of any"),
        ({"gold.quotes.0.direct": "yes"}, "quotes[0].direct", "true or false"),
        ({"gold.actors.0.kind": "human"}, "actors[0].kind", "'human'"),
        ({"gold.actors.1.country": "Russia"}, "actors[1].country", "'Russia'"),
        ({"gold.actors.0.name": KeyError}, "actors[0].name", "is missing"),
        ({"gold.body_first": KeyError}, "body_first", "is missing"),
        ({"gold": KeyError}, "gold", "is missing"),
        ({"id": 7}, "id", "must be a string"),
        ({"published": "14 mars"}, "published", "not a date"),
    ],
)
def test_malformed_records_name_file_line_and_field(
    tmp_path: Path, change: dict[str, Any], field: str, why: str
) -> None:
    path = write_gold(tmp_path / "g.jsonl", gold_data(), _with({"id": "a2", **change}))
    with pytest.raises(MalformedRecord) as caught:
        load_gold([path])
    message = caught.value.message
    assert message.startswith(f"{path}:2: field '")
    assert field in message and why in message


def test_bad_json_and_non_objects(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\n{broken\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match=r"g\.jsonl:2: malformed JSON"):
        load_gold([path])
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(MalformedRecord, match="expected a JSON object"):
        load_gold([path])


def test_ids_are_unique_across_files(tmp_path: Path) -> None:
    first = write_gold(tmp_path / "a.jsonl", gold_data())
    second = write_gold(tmp_path / "b.jsonl", gold_data())
    with pytest.raises(
        MalformedRecord, match=r"b\.jsonl:1: field 'id'.*already used at .*a\.jsonl:1"
    ):
        load_gold([first, second])


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the gold file"):
        load_gold([tmp_path / "nope.jsonl"])


def test_text_file_is_read_from_shared(tmp_path: Path) -> None:
    data = gold_data()
    text = data.pop("text")
    data["text_file"] = "samples/a1.txt"
    (tmp_path / "shared" / "samples").mkdir(parents=True)
    (tmp_path / "shared" / "samples" / "a1.txt").write_text(text, encoding="utf-8")
    path = write_gold(tmp_path / "g.jsonl", data)
    [record] = load_gold([path], shared=tmp_path / "shared")
    assert record.text == text


def test_missing_text_file_is_skipped_with_a_notice(tmp_path: Path) -> None:
    data = gold_data()
    del data["text"]
    data["text_file"] = "samples/absent.txt"
    path = write_gold(tmp_path / "g.jsonl", data, {**gold_data(), "id": "a2"})
    notices: list[str] = []
    records = load_gold([path], shared=tmp_path, notice=notices.append)
    assert [r.id for r in records] == ["a2"]
    assert notices == [f"{path}:1: skipped, samples/absent.txt is not in {tmp_path}"]


def test_default_shared_is_beside_the_repository() -> None:
    assert default_shared() == ROOT.parent / "shared"


def test_the_repository_gold_sets_are_valid() -> None:
    paths = sorted((ROOT / "gold").glob("*.jsonl"))
    if not paths:
        pytest.skip("no gold sets in the repository")
    records = load_gold(paths)
    assert records
    assert all(record.lang in ("fr", "en") for record in records)
