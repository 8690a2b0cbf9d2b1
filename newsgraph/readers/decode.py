"""Bytes to text: refuse empty and binary inputs, detect legacy encodings, refuse corrupt UTF-8."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import BinaryInput, DecodingError, EmptyInput

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an office document)",
    b"\x1f\x8b": "gzip data (name the file *.gz)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Single-byte encodings accepted for text that is not UTF-8.
LEGACY = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
#: Characters a legacy-encoded French or English text plausibly contains beyond ASCII.
_PLAUSIBLE = set("àâäáãçéèêëíìîïñóòôöõúùûüÿœæÀÂÄÁÇÉÈÊËÍÎÏÑÓÔÖÚÙÛÜŸŒÆß«»‘’“”–—…•€£°§©®ºª¡¿ \u00a0")
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, origin: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with.

    Raises :class:`EmptyInput`, :class:`BinaryInput` or :class:`DecodingError` naming ``origin``.
    """
    if not data.strip():
        raise EmptyInput(origin, "the input is empty", "give a file with the article's text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, origin), name
    _refuse_binary(data, origin)
    if encoding:
        return _strict(data, encoding, origin), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        return _legacy(data, origin, error)


def _strict(data: bytes, encoding: str, origin: str) -> str:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise DecodingError(
            origin, f"cannot be decoded as {encoding}: {error}", "check the --encoding value"
        ) from error
    if not text.strip():
        raise EmptyInput(origin, "the input holds only whitespace", "give the article's text")
    return text


def _refuse_binary(data: bytes, origin: str) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(origin, f"this is {kind}, not text", "give plain text or HTML")
    head = data[:8192]
    if b"\x00" in head:
        at = head.index(b"\x00")
        raise BinaryInput(
            origin, f"binary data (a NUL byte at offset {at})", "give plain text or HTML"
        )
    control = sum(1 for byte in head if byte in _CONTROL)
    if control > max(8, len(head) // 50):
        raise BinaryInput(
            origin,
            f"binary data ({control} control bytes in the first {len(head)})",
            "give plain text or HTML",
        )


def _legacy(data: bytes, origin: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """Decode a text that is not UTF-8, if it is clearly in a single-byte encoding.

    UTF-8 that is merely corrupt (valid multi-byte sequences beside invalid bytes) is refused
    rather than silently turned into mojibake.
    """
    where = f"invalid UTF-8 at byte {error.start} ({data[error.start : error.start + 4]!r})"
    fix = "re-save the file as UTF-8, or pass --encoding NAME"
    if _has_utf8_sequences(data):
        raise DecodingError(origin, f"{where}, in a file that is otherwise UTF-8", fix)
    guess = from_bytes(data, cp_isolation=list(LEGACY)).best()
    candidates = [guess.encoding] if guess is not None else []
    for name in [*candidates, *LEGACY]:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, name
    raise DecodingError(origin, f"{where}, and no single-byte encoding gives readable text", fix)


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether ``data`` holds at least one well-formed multi-byte UTF-8 character."""
    decoded = data.decode("utf-8", errors="ignore")
    return any(ord(c) > 127 for c in decoded)


def _plausible(text: str) -> bool:
    extended = [c for c in text if ord(c) > 127]
    if not extended:
        return True
    readable = sum(1 for c in extended if c in _PLAUSIBLE)
    return readable / len(extended) >= 0.9
