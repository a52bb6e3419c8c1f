"""Bytes to text: UTF-8 first, then charset detection, but binary data is never "decoded"."""

from __future__ import annotations

import codecs
from typing import NamedTuple

from charset_normalizer import from_bytes


class UnreadableInput(Exception):
    """An input (or one part of it) that cannot become an article; the message is the reason."""


# Leading bytes of common binary formats, to name them in the failure reason.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"PAR1", "Parquet file"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control bytes that do not occur in text (tab, newlines, form feed and escape excepted).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F}
_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.01
_DETECT_BYTES = 256 * 1024


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is in, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    controls = sum(1 for byte in sample if byte in _CONTROL)
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        return "binary data (control bytes)"
    return None


class Decoded(NamedTuple):
    """Decoded text, and a warning when it was not UTF-8 but a detected legacy encoding."""

    text: str
    warning: str | None = None


def decode_text(data: bytes) -> str:
    """Decode ``data`` as text with normalised newlines, or raise :class:`UnreadableInput`.

    A byte-order mark decides; else strict UTF-8; else the encoding charset-normalizer finds
    coherent (legacy single-byte news archives). Binary content is refused, not guessed at.
    """
    return decode(data).text


def decode(data: bytes) -> Decoded:
    """As :func:`decode_text`, also saying when the legacy fallback decided the encoding.

    The fallback is a guess from the bytes, so a reader reports it: a wrong code page turns
    accented letters into others without any error.
    """
    kind = binary_kind(data)
    if kind:
        raise UnreadableInput(f"binary content: {kind}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(f"bad encoding: invalid {codec} ({exc.reason})") from exc
            return Decoded(_normalise_newlines(text))
    try:
        return Decoded(_normalise_newlines(data.decode("utf-8")))
    except UnicodeDecodeError as exc:
        utf8_error = exc
    encoding = _legacy_encoding(data[:_DETECT_BYTES])
    if encoding is None:
        raise UnreadableInput(
            f"bad encoding: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) "
            "and no other encoding fits"
        )
    try:
        text = _normalise_newlines(data.decode(encoding))
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableInput(f"bad encoding: neither UTF-8 nor {encoding}") from exc
    return Decoded(
        text,
        f"decoding: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}), decoded as "
        f"{encoding} by detection; accented letters may be wrong",
    )


def _legacy_encoding(data: bytes) -> str | None:
    """The legacy encoding charset-normalizer finds least chaotic; windows-1252 wins ties.

    Short Western texts decode equally cleanly as several code pages; windows-1252 is the
    web's legacy default (WHATWG) and the right one for Dutch, English, French or German.
    """
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
