from __future__ import annotations

import pytest

from newsgraph.errors import BinaryInput, DecodingError, EmptyInput
from newsgraph.readers.decode import decode

FRENCH = "Le président français a déclaré à l’Élysée que la coopération était « essentielle »."


def test_utf8() -> None:
    assert decode(FRENCH.encode("utf-8"), "a.txt") == (FRENCH, "utf-8")


def test_utf8_with_bom() -> None:
    text, encoding = decode(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "a.txt")
    assert text == FRENCH and encoding == "utf-8-sig"


def test_legacy_single_byte_text_is_detected() -> None:
    text = "Le président a déclaré mardi à Genève que la négociation était sérieuse."
    decoded, encoding = decode(text.encode("cp1252"), "a.txt")
    assert decoded == text
    assert encoding in ("cp1252", "iso8859_15", "latin_1")


def test_corrupt_utf8_is_refused_with_the_byte_offset() -> None:
    data = "Le président a dit ".encode() + b"\xff\xfe" + b" bonjour."
    with pytest.raises(DecodingError, match="invalid UTF-8 at byte 20") as caught:
        decode(data, "bad.txt")
    assert caught.value.origin == "bad.txt"
    assert "--encoding" in caught.value.message


def test_mojibake_like_bytes_are_refused() -> None:
    with pytest.raises(DecodingError):
        decode(b"Texte \xc3\x28 et \xc3\x28 encore \xc3\x28", "bad.txt")


def test_forced_encoding() -> None:
    assert decode("été".encode("cp1252"), "a.txt", encoding="cp1252")[0] == "été"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInput, match="empty"):
        decode(data, "empty.txt")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"abc\x00def", "NUL byte at offset 3"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (bytes(range(1, 9)) * 40, "control bytes"),
    ],
)
def test_binary(data: bytes, why: str) -> None:
    with pytest.raises(BinaryInput, match=why):
        decode(data, "blob.bin")
