"""Bytes to text.

In order: a byte-order mark; UTF-16 or UTF-32 without one (told by its zero bytes);
UTF-8 (also when a few stray bytes are broken, which
become U+FFFD rather than garbling every other character); an encoding the
transport declared; Windows-1252 when the result reads as Western European text
(charset-normalizer guesses wrong on short texts: "Zürich café" came back as cp1006);
else the encoding charset-normalizer detects.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from storydiff.errors import BinaryInputError, EmptyInputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """ "utf-16-le/be" or "utf-32-le/be" for text in those encodings without a
    byte-order mark, told by where the zero bytes fall (Latin text in UTF-16LE has a
    zero after every letter); None otherwise."""
    sample = data[: 4096 - 4096 % 4]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    for width in (4, 2):
        if len(sample) % width:
            continue
        columns = [sample[i::width] for i in range(width)]
        zero = [c.count(0) / len(c) for c in columns]
        for index, name in ((0, "le"), (width - 1, "be")):
            others = [z for i, z in enumerate(zero) if i != index]
            if zero[index] < 0.5 and min(others) > 0.9:
                encoding = f"utf-{8 * width}-{name}"
                try:
                    data[: len(data) - len(data) % width].decode(encoding)
                except UnicodeDecodeError:
                    continue
                return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding ``decode`` reads."""
    if wide_encoding(data) is not None:
        return False
    return _binary_sample(data)


def _binary_sample(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(b < 32 and b not in (9, 10, 12, 13, 27) for b in sample)
    return controls > len(sample) * 0.05


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters, when valid multi-byte characters far
    outnumber the broken bytes."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(ord(ch) > 127 for ch in text) - text.count("\ufffd")
    return text if valid > 0 and broken <= max(1, valid // 10) else None


_WESTERN_MARKS = set("’‘“”–—…€£¥©®°·«»§¶•×÷¿¡ºª")


def _western(data: bytes) -> str | None:
    """Windows-1252, when every non-ASCII character is a Latin letter or common
    punctuation and they are a minority of the letters (text in another script read
    as 1252 is almost all accented letters)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() for ch in text)
    accented = 0
    for ch in text:
        if ord(ch) < 128 or ch in _WESTERN_MARKS or ch == "\xa0":
            continue
        if not (ch.isalpha() and "LATIN" in unicodedata.name(ch, "")):
            return None
        accented += 1
    return text if letters and accented <= 0.25 * letters else None


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
            text = data.decode(encoding, errors="replace")
            if not text.strip():
                raise EmptyInputError(
                    source, "is empty", "give it a file or page with article text"
                )
            return text
    if not data.strip():
        raise EmptyInputError(source, "is empty", "give it a file or page with article text")
    wide = wide_encoding(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    if _binary_sample(data):
        raise BinaryInputError(
            source, "is binary, not text", "give it a text, Markdown or HTML file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = _mostly_utf8(data)
    if guess is not None:
        return guess
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    guess = _western(data)
    if guess is not None:
        return guess
    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError(
            source, "is not text in any encoding storydiff recognises", "convert it to UTF-8"
        )
    return str(best)
