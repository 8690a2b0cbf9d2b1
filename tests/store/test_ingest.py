from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsgraph import Options
from newsgraph.store import Store, count_inputs, dyad, ingest

from .conftest import FAST, write_corpus

OPTIONS = Options(stages=FAST, on_error="record", batch_size=16)
TEXT = (
    "Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris pour évoquer "
    "la situation dans la région, a indiqué le ministère dans un communiqué publié le soir."
)


def bad_inputs(folder: Path) -> Path:
    """A folder with good articles and every kind of bad input."""
    folder.mkdir(exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01" * 50)
    (folder / "invalid.txt").write_bytes("Le président ".encode() + b"\xff")
    (folder / "huge.txt").write_bytes(b"mot " * 300)
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": TEXT + " (1)"}) + "\n{broken\n" + json.dumps({"text": TEXT + " (2)"}),
        encoding="utf-8",
    )
    truncated = gzip.compress((json.dumps({"text": TEXT + " (3)"}) + "\n").encode() * 50)
    (folder / "cut.jsonl.gz").write_bytes(truncated[: len(truncated) // 2])
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "also.html").write_text(
        f"<html><head><title>Titre</title></head><body><article><p>{TEXT} (4)</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    return folder


def test_every_good_article_is_stored_and_every_bad_one_reported(
    store: Store, tmp_path: Path
) -> None:
    folder = bad_inputs(tmp_path / "in")
    report = ingest([folder], store, OPTIONS.but(max_bytes=1000))
    assert report.status == "done"
    assert store.count() == report.stored == 4
    reasons = {
        Path(p.file).name + (f":{p.line}" if p.line else ""): p.reason for p in report.problems
    }
    assert set(reasons) == {
        "empty.txt", "binary.txt", "invalid.txt", "huge.txt", "lines.jsonl:2", "cut.jsonl.gz",
    }  # fmt: skip
    assert "binary" in reasons["binary.txt"] and "malformed JSON" in reasons["lines.jsonl:2"]
    assert "truncated" in reasons["cut.jsonl.gz"]
    stored = store.db.query("SELECT file, line, reason FROM ingest_problems ORDER BY seq")
    assert len(stored) == 6 and any(row[1] == 2 for row in stored)
    run = store.db.query("SELECT status, stored, problems FROM ingest_runs")
    assert run == [("done", 4, 6)]


def test_re_ingesting_skips_what_is_stored(store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 200)
    first = ingest([corpus], store, OPTIONS)
    assert (first.stored, first.skipped) == (200, 0)
    write_corpus(tmp_path / "more.jsonl", 250)  # the same 200 and 50 new ones
    second = ingest([corpus, tmp_path / "more.jsonl"], store, OPTIONS)
    assert (second.stored, second.skipped, second.articles) == (50, 400, 450)
    assert store.count() == 250
    assert store.db.query("SELECT count(DISTINCT content_hash) FROM articles")[0][0] == 250


def test_progress_counts_every_input(tmp_path: Path) -> None:
    folder = bad_inputs(tmp_path / "in")
    total = count_inputs([folder])  # 6 one-article files, 3 lines, and the lines of the gzip
    assert total is not None and total >= 10  # before it breaks, and its error
    steps: list[int] = []
    with Store.open(str(tmp_path / "p.db")) as store:
        ingest([folder], store, OPTIONS.but(max_bytes=1000), progress=steps.append)
    assert sum(steps) == total
    assert count_inputs(["-"]) is None


def _ingest_process(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db)]
    command += ["--stages", ",".join(FAST), "--batch-size", "16", "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(db: Path, count: int, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with Store.open(str(db), create=False) as store:
                    stored = store.count()
            except Exception:  # the schema is being created
                stored = 0
            if stored >= count:
                return stored
        time.sleep(0.02)
    return -1


def test_kill_9_mid_ingest_then_rerun(tmp_path: Path) -> None:
    total = 20_000
    corpus = write_corpus(tmp_path / "corpus.jsonl", total)
    db = tmp_path / "kill.db"
    process = _ingest_process(corpus, db)
    seen = _wait_for(db, 500, process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert seen >= 500, "the ingest ended before it could be killed"
    with Store.open(str(db)) as store:
        partial = store.count()
        assert 500 <= partial < total and partial % 16 == 0  # whole batches only
        assert store.db.query("PRAGMA integrity_check") == [("ok",)]
    rerun = _ingest_process(corpus, db)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err.decode()
    assert f"{total - partial} stored, {partial} already stored" in err.decode()
    with Store.open(str(db)) as store:
        assert store.count() == total
        ids = store.db.query(
            "SELECT count(DISTINCT id), count(DISTINCT content_hash) FROM articles"
        )
        assert ids == [(total, total)]


def test_queries_while_an_ingest_writes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12_000)
    db = tmp_path / "busy.db"
    process = _ingest_process(corpus, db)
    assert _wait_for(db, 16, process) >= 16
    queries, counts = 0, []
    with Store.open(str(db), create=False) as reader:
        while process.poll() is None:
            counts.append(reader.count())
            dyad(reader, "USA", "PRK")
            reader.db.query("SELECT id, title FROM articles ORDER BY id DESC LIMIT 20")
            queries += 1
    _, err = process.communicate()
    assert process.returncode == 0, err.decode()
    assert queries > 10 and counts == sorted(counts) and counts[-1] > counts[0]
