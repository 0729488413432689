"""Bytes to text: UTF-8 when it is, else the encoding charset-normalizer detects."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from storydiff.errors import BinaryInputError, EmptyInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13, 27) for b in sample)
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` read from ``source``; raise a clear error for binary or empty input.

    Args:
        data: the raw bytes.
        source: the input's name, for error messages.
        declared: an encoding the transport declared (HTTP ``charset``), tried after
            UTF-8 and before detection.

    Examples:
        >>> decode("Zürich".encode("latin-1"), "x.txt")
        'Zürich'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if not data.strip():
        raise EmptyInputError(source, "is empty", "give it a file or page with article text")
    if _looks_binary(data):
        raise BinaryInputError(
            source, "is binary, not text", "give it a text, Markdown or HTML file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError(
            source, "is not text in any encoding storydiff recognises", "convert it to UTF-8"
        )
    return str(best)
