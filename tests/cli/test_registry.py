from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

FIRST = ("La ministre lettone des Affaires étrangères Baiba Zarina a appelé mardi l'OTAN à "
         "renforcer sa présence en mer Baltique, a indiqué le ministère.")  # fmt: skip
LATER = "Zarina a rencontré jeudi ses homologues nordiques à Stockholm pour parler de sécurité."


@pytest.mark.model
def test_learned_in_one_article_resolved_in_the_next(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LATER, encoding="utf-8")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    runner.invoke(cli, ["process", str(tmp_path / "a.txt"), "--registry", db])
    result = runner.invoke(cli, ["process", str(tmp_path / "b.txt"), "--registry", db])
    [actor] = [a for a in json.loads(result.stdout)["actors"] if a["kind"] == "person"]
    assert (actor["name"], actor["country"], actor["sector"]) == ("Baiba Zarina", "LVA", "GOV")

    shown = runner.invoke(cli, ["actors", "show", "Zarina", "--db", db, "--format", "json"])
    [entry] = json.loads(shown.stdout)
    assert entry["origin"].endswith("a.txt")
    assert entry["phrase"].startswith("ministre lettone") and entry["phrase"].endswith("Zarina")

    runner.invoke(cli, ["actors", "set", "Baiba Zarina", "--country", "est", "--db", db])
    listed = runner.invoke(cli, ["actors", "learned", "--db", db, "--format", "json"])
    assert json.loads(listed.stdout)[0]["country"] == "EST"
    assert runner.invoke(cli, ["actors", "forget", "Baiba Zarina", "--db", db]).exit_code == 0


def test_show_without_a_registry_explains(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["actors", "show", "X", "--db", str(tmp_path / "no.db")])
    assert result.exit_code == 1 and "no registry yet" in result.stderr
