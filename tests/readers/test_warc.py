from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph import InputError, Options, read
from newsgraph.readers.warc import count_records

BODY = "<p>Le ministre des Affaires étrangères a rencontré son homologue à Paris mardi.</p>" * 6


def page(title: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{BODY}</article></body></html>"
    ).encode()


def warc(path: Path, records: list[tuple[str, str, bytes, str]], gz: bool = True) -> Path:
    """A WARC file of (url, content type, payload, HTTP status) response records, and a request
    record before each, as crawlers write them."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        for url, kind, payload, status in records:
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    url, "request", http_headers=request, payload=io.BytesIO()
                )
            )
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2025-02-19T08:00:00Z"},
            )
            writer.write_record(record)
    return path


def read_all(path: Path, options: Options | None = None) -> tuple[list, list[InputError]]:  # type: ignore[type-arg]
    errors: list[InputError] = []
    articles = list(read([path], options or Options(), errors.append))
    return articles, errors


HTML = "text/html; charset=utf-8"


def test_html_responses_are_articles(tmp_path: Path) -> None:
    path = warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://a.example/1", HTML, page("Premier", "2025-02-18"), "200 OK"),
            ("https://a.example/logo.png", "image/png", b"\x89PNG....", "200 OK"),
            ("https://a.example/old", HTML, b"", "301 Moved Permanently"),
            ("https://a.example/2", HTML, page("Second"), "200 OK"),
        ],
    )
    articles, errors = read_all(path)
    assert errors == []
    assert [a.url for a in articles] == ["https://a.example/1", "https://a.example/2"]
    assert articles[0].title == "Premier" and "homologue" in articles[0].raw
    assert str(articles[0].published) == "2025-02-18"  # the page's own date
    assert str(articles[1].published) == "2025-02-19"  # none on the page: the WARC date
    assert articles[0].origin == f"{path}:2"  # the second record of the file
    assert count_records(path) == 2


def test_uncompressed_warc_in_a_directory(tmp_path: Path) -> None:
    warc(tmp_path / "crawl.warc", [("https://a.example/1", HTML, page("Un"), "200 OK")], gz=False)
    articles, errors = read_all(tmp_path)
    assert len(articles) == 1 and errors == []


def test_bad_records_are_reported_and_the_others_read(tmp_path: Path) -> None:
    path = warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://a.example/big", HTML, page("Long") * 50, "200 OK"),
            ("https://a.example/empty", HTML, b"<html><body></body></html>", "200 OK"),
            ("https://a.example/ok", HTML, page("Court"), "200 OK"),
        ],
    )
    articles, errors = read_all(path, Options(max_bytes=5_000))
    assert [a.url for a in articles] == ["https://a.example/ok"]
    assert [e.origin for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "limit" in errors[0].why and "no article text" in errors[1].why


def test_a_truncated_file_keeps_the_records_before(tmp_path: Path) -> None:
    records = [(f"https://a.example/{n}", HTML, page(f"Titre {n}"), "200 OK") for n in range(3)]
    for gz in (True, False):
        path = warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), records, gz=gz)
        data = path.read_bytes()
        for cut in (len(data) - 40, len(data) * 2 // 3 + 7):
            path.write_bytes(data[:cut])
            articles, errors = read_all(path)
            assert 1 <= len(articles) < 3, (gz, cut)
            assert len(errors) == 1, (gz, cut, errors)
            assert "truncated" in errors[0].why, errors[0].why
            path.write_bytes(data)


def test_garbage_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"not gzip at all" * 20)
    articles, errors = read_all(path)
    assert articles == [] and len(errors) == 1 and str(path) in errors[0].origin


def test_a_wrong_charset_header_falls_back_to_detection(tmp_path: Path) -> None:
    latin = page("Été").decode().encode("cp1252")
    path = warc(
        tmp_path / "c.warc.gz",
        [("https://a.example/1", "text/html; charset=utf-8", latin, "200 OK")],
    )
    articles, errors = read_all(path)
    assert errors == [] and articles[0].title == "Été"
