"""The one record type that flows through every stage."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """The text with lone surrogates (from JSON escapes such as "\\ud800", which no
    encoding can store) replaced by U+FFFD.

    Examples:
        >>> valid_unicode("a\\ud800b") == "a\\ufffdb"
        True
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


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
        self.text = valid_unicode(self.text)
        for name in ("title", "url", "source", "outlet"):
            value = getattr(self, name)
            if isinstance(value, str):
                setattr(self, name, valid_unicode(value))
        if not self.id:
            self.id = content_id(self.text)

    def label(self) -> str:
        """A short human name: the source, else the title, else the id."""
        return self.source or self.title or self.id
