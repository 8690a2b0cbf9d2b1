from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

from ..conftest import EXAMPLES

TEXT = (
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris pour évoquer "
    "la situation dans la région, a indiqué le ministère dans un communiqué publié le soir."
)
FAST = ["--stages", "clean,language,published"]


def run(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(cli, list(args))
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, lines, result.stderr


def test_jsonl_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code, [article], _ = run("process", str(tmp_path / "a.txt"), *FAST, "--published", "2024-03-14")
    assert code == 0
    assert article["language"] == "fr" and article["text"] == TEXT
    assert article["published"] == "2024-03-14" and article["published_estimated"] is False


def test_bad_inputs_are_one_line_each_and_the_rest_is_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "invalid.txt").write_bytes("Le président ".encode() + b"\xff")
    (tmp_path / "huge.txt").write_bytes(b"mot " * 300)
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"text": TEXT}) + "\n{broken\n", encoding="utf-8"
    )
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    code, articles, stderr = run("process", str(tmp_path), *FAST, "--max-bytes", "1000")
    assert code == 1
    assert len(articles) == 2
    errors = stderr.strip().splitlines()
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "invalid.txt", "huge.txt", "lines.jsonl:2"):
        assert any(f"{name}:" in line for line in errors), name


def test_bad_option_values_are_explained() -> None:
    result = CliRunner().invoke(cli, ["process", "x.txt", "--published", "mardi"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr
    result = CliRunner().invoke(cli, ["process", "x.txt", "--stages", "clean,nope"])
    assert "unknown stage nope" in result.stderr


def test_stdin() -> None:
    result = CliRunner().invoke(cli, ["process", "-", *FAST], input=TEXT)
    assert json.loads(result.stdout)["text"] == TEXT


@pytest.mark.model
def test_pretty_view_of_the_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the registry is written to the working directory
    result = CliRunner().invoke(cli, ["process", str(EXAMPLES), "--format", "pretty"])
    assert result.exit_code == 0, result.output
    assert "published" in result.stdout and "removed" in result.stdout
    assert result.stdout.count("title") >= 5


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["process", "--help"])
    assert "Example:" in result.stdout and "--format" in result.stdout
