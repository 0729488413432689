"""The one record type that flows through every stage."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _safe_utf8(text: str) -> bytes | None:
    """The text's UTF-8 when it holds nothing ``valid_unicode`` would change, else
    None. Much faster than the regex on the usual clean article (encoding and one
    byte scan), and the bytes serve the content id."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return None  # a lone surrogate
    if b"\xc2" in raw and _UNSAFE.search(text):
        return None  # a C1 character (U+0080-U+009F is \xc2\x80-\xc2\x9f)
    return raw if len(raw.translate(None, _CONTROL_BYTES)) == len(raw) else None


def _replacement(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in "\x0b\x0c":
        return " "  # vertical tab, form feed: whitespace
    if "\x80" <= ch <= "\x9f":
        try:
            return bytes([ord(ch)]).decode("cp1252")  # "\x93" was a curly quote
        except UnicodeDecodeError:
            pass
    return "\ufffd"


def valid_unicode(text: str) -> str:
    """The text made safe to store and to print: lone surrogates (from JSON escapes
    such as "\\ud800", which no encoding can store) and control characters (ESC
    sequences would reach the reader's terminal) become U+FFFD; C1 characters of
    Windows-1252 text read as Latin-1 become what they meant; tab, newline and
    carriage return stay.

    Examples:
        >>> valid_unicode("a\\ud800b\\x1b[31m") == "a\\ufffdb\\ufffd[31m"
        True
        >>> valid_unicode("\\x93quoted\\x94")
        '“quoted”'
    """
    return _UNSAFE.sub(_replacement, text) if _UNSAFE.search(text) else text


def content_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256.

    Examples:
        >>> content_id("hello")
        '2cf24dba5fb0a30e'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Document:
    """An article as storydiff sees it: its text plus what is known about it.

    ``text`` is the article body exactly as extracted; every offset storydiff reports
    (sentences, word edits) is a Python string index into it. The headline lives in
    ``title`` and is compared on its own.
    """

    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it came from: a file path, a URL or ``-`` for standard input."""
    outlet: str | None = None
    """The publisher's name, when known (site name, front matter ``source``)."""
    published: datetime | None = None
    retrieved: datetime | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        raw = _safe_utf8(self.text)
        if raw is None:
            self.text = valid_unicode(self.text)
            raw = self.text.encode("utf-8")
        for name in ("title", "url", "source", "outlet"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, valid_unicode(value))
        if not self.id:
            self.id = hashlib.sha256(raw).hexdigest()[:16]  # content_id, encoded once

    def label(self) -> str:
        """A short human name: the source, else the title, else the id."""
        return self.source or self.title or self.id
