from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.store import Store

from ..conftest import EXAMPLES
from ..store.conftest import FAST, write_corpus
from ..store.test_ingest import bad_inputs

STAGES = ["--stages", ",".join(FAST)]


def ingest(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ingest", *args, *STAGES], env=env)
    return result.exit_code, result.stderr


def test_ingest_then_again(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    code, err = ingest(str(corpus), "--db", db)
    assert code == 0 and "40 stored, 0 already stored" in err, err
    code, err = ingest(str(corpus), "--db", db)
    assert code == 0 and "0 stored, 40 already stored" in err, err


def test_bad_inputs_are_reported_and_the_exit_status_is_1(tmp_path: Path) -> None:
    folder = bad_inputs(tmp_path / "in")
    db, report = tmp_path / "store.db", tmp_path / "report.json"
    code, err = ingest(str(folder), "--db", str(db), "--max-bytes", "1000", "--report", str(report))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("newsgraph: skipped")]
    assert len(lines) == 6 and any("lines.jsonl:2: malformed JSON" in line for line in lines)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["stored"] == 4 and data["status"] == "done"
    assert {"file", "line", "reason", "kind"} <= set(data["problems"][0])
    with Store.open(str(db)) as store:
        assert store.count() == 4


def test_the_store_can_be_named_in_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    code, err = ingest(str(write_corpus(tmp_path / "c.jsonl", 3)), env={"NEWSGRAPH_DB": str(db)})
    assert code == 0 and str(db) in err
    assert db.exists()


def test_an_unreachable_postgres_is_explained(tmp_path: Path) -> None:
    corpus = str(write_corpus(tmp_path / "c.jsonl", 1))
    code, err = ingest(corpus, "--db", "postgresql://nobody:secret@127.0.0.1:9/none")
    assert code == 1 and "cannot connect" in err and "secret" not in err


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert "Example:" in result.stdout and "--db" in result.stdout


@pytest.mark.model
def test_ingest_the_examples(tmp_path: Path) -> None:
    db = str(tmp_path / "examples.db")
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert store.count() == 8
