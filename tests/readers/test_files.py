from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.options import Options
from newsgraph.readers import read, read_text

TEXT = "Le ministre a rencontré son homologue mardi à Paris pour évoquer la crise régionale."
HTML = (
    "<!doctype html><html><head><title>Titre</title>"
    '<meta property="article:published_time" content="2024-05-14T10:00:00+02:00">'
    '<meta name="author" content="Hélène Martin"></head><body><article><h1>Titre</h1>'
    f"<p>{TEXT}</p><p>{TEXT.replace('mardi', 'jeudi')}</p></article></body></html>"
)


def collect(paths: list[Path], options: Options | None = None) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    articles = list(read(paths, options or Options(), errors.append))
    return articles, errors


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b" / "d.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert errors == []
    assert [Path(a.origin).name for a in articles] == ["a.txt", "c.html", "d.jsonl:1"]


def test_html_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [article], _ = collect([path])
    assert article.title == "Titre"
    assert article.authors == ["Hélène Martin"]
    assert article.published is not None and article.published.isoformat() == "2024-05-14"
    assert TEXT in article.raw


def test_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8")))
    lines = "\n".join(json.dumps({"text": TEXT, "id": str(i)}) for i in range(3))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    articles, errors = collect([tmp_path])
    assert errors == []
    assert [a.id for a in articles][1:] == ["0", "1", "2"]
    assert articles[0].raw == TEXT


def test_truncated_gzip_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8"))[:20])
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert "gzip" in errors[0].why


def test_bad_inputs_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "invalid.txt").write_bytes("Le président a dit ".encode() + b"\xff\xfe")
    (tmp_path / "huge.txt").write_bytes(b"a " * 600)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    articles, errors = collect([tmp_path, tmp_path / "missing.txt"], Options(max_bytes=1000))
    assert [Path(a.origin).name for a in articles] == ["good.txt"]
    named = {Path(e.origin).name: e.why for e in errors}
    assert set(named) == {"empty.txt", "binary.txt", "invalid.txt", "huge.txt", "missing.txt"}
    assert "larger than" in named["huge.txt"]
    assert "no such file" in named["missing.txt"]


def test_read_text_takes_html_or_text() -> None:
    assert read_text(TEXT).raw == TEXT
    assert TEXT in read_text(HTML).raw
