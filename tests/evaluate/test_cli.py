from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsgraph.cli import cli

from .helpers import gold_data, write_gold
from .test_adapters import PLOVER, PLV

FAST = ["--stages", "clean,language,published"]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["eval", *args, *FAST])


def test_eval_is_a_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "eval" in result.stdout
    assert "newsgraph eval gold/dev.fr.jsonl" in CliRunner().invoke(cli, ["eval", "--help"]).stdout


def test_tables(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl", gold_data(), {**gold_data(), "id": "a2"})
    result = run(str(gold), "--worst", "2")
    assert result.exit_code == 0, result.output
    for heading in ("Scores on 2 gold articles", "Rates", "Events by type", "Worst misses"):
        assert heading in result.stdout
    assert "quotes.reported" in result.stdout and "REQUEST" in result.stdout


def test_json(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl", gold_data())
    data = json.loads(run(str(gold), "--json").stdout)
    assert data["articles"] == 1
    assert data["metrics"]["metadata.language"] == 1.0
    assert data["metrics"]["events.recall"] == 0.0
    assert data["stages"]["events"]["counts"]["gold"] == 2
    assert len(data["misses"]) >= 2 + 2 + 5  # every miss: events, quotes, actors...
    assert data["datasets"] == []
    assert set(data["versions"]) == {"clean", "language", "published"}
    limited = json.loads(run(str(gold), "--json", "--worst", "1").stdout)
    assert len({m["stage"] for m in limited["misses"]}) == len(limited["misses"])


@pytest.mark.model
def test_public_datasets_are_scored_with_newsgraphs_own_components(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl", gold_data())
    (tmp_path / "plover.json").write_text(json.dumps(PLOVER), encoding="utf-8")
    (tmp_path / "plv.tsv").write_text(PLV, encoding="utf-8")
    args = ["--plover", str(tmp_path / "plover.json"), "--plv", str(tmp_path / "plv.tsv")]
    data = json.loads(run(str(gold), "--json", *args).stdout)
    assert [(d["name"], d["total"]) for d in data["datasets"]] == [("plover", 3), ("plv", 3)]
    assert all(d["answered"] >= 2 for d in data["datasets"])  # the event typer answers
    result = run(str(gold), *args, "--tempeval", str(tmp_path))
    assert "Public datasets" in result.stdout and "tempeval" in result.stdout


def test_malformed_gold_is_one_clear_error(tmp_path: Path) -> None:
    data = gold_data()
    data["gold"]["events"][0]["evidence"] = "not in the text"
    gold = write_gold(tmp_path / "g.jsonl", data)
    result = run(str(gold))
    assert result.exit_code == 1
    assert f"{gold}:1: field 'gold.events[0].evidence' is not an exact substring" in result.stderr


def test_records_whose_text_file_is_absent_are_skipped(tmp_path: Path) -> None:
    data = gold_data()
    del data["text"]
    data["text_file"] = "samples/x.txt"
    gold = write_gold(tmp_path / "g.jsonl", data, {**gold_data(), "id": "a2"})
    result = run(str(gold), "--json", "--shared", str(tmp_path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"] == 1
    assert "g.jsonl:1: skipped, samples/x.txt is not in" in result.stderr


def test_bad_options() -> None:
    result = CliRunner().invoke(cli, ["eval", "nope.jsonl"])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    result = CliRunner().invoke(cli, ["eval", __file__, "--stages", "clean,nope"])
    assert "unknown stage nope" in result.stderr
