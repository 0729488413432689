"""One entry point that reads any input as a Document: a file, a URL or ``-``.

The format is sniffed from the content (HTML starts like HTML), with the file
extension as a hint for Markdown.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.errors import EmptyInputError, InputError, MissingInputError, TooLargeError
from storydiff.ingest.decode import decode
from storydiff.ingest.fetch import fetch
from storydiff.ingest.html import looks_like_html, read_html
from storydiff.ingest.plain import read_plain

_MARKDOWN = {".md", ".markdown", ".mdown"}


def _read_limited(stream: BinaryIO, source: str, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(source, f"is over the limit of {limit:,} bytes", "raise --max-bytes")
    return data


def from_text(
    text: str, source: str, *, markdown: bool = False, url: str | None = None
) -> Document:
    """A Document from already decoded text: HTML is extracted, anything else read as
    plain text or Markdown."""
    if looks_like_html(text):
        return read_html(text, source, url)
    doc = read_plain(text, source, markdown=markdown)
    if not doc.text.strip():
        raise EmptyInputError(source, "has no article text", "give it a file with text in it")
    return doc


def load(spec: str, config: InputConfig | None = None) -> Document:
    """Read an input named on the command line.

    Args:
        spec: a path, an ``http(s)://`` URL, or ``-`` for standard input.
        config: size limit and fetch settings.

    Raises:
        InputError: with a one-line message naming the input and what to do.
    """
    config = config or InputConfig()
    if spec == "-":
        data = _read_limited(sys.stdin.buffer, "<stdin>", config.max_bytes)
        return from_text(decode(data, "<stdin>"), "<stdin>")
    if spec.startswith(("http://", "https://")):
        data, charset, final_url, retrieved = fetch(spec, config)
        doc = from_text(decode(data, spec, charset), spec, url=final_url)
        doc.url = doc.url or final_url
        doc.retrieved = retrieved
        return doc
    path = Path(spec)
    if not path.exists():
        raise MissingInputError(spec, "does not exist", "check the path")
    if path.is_dir():
        raise InputError(spec, "is a folder, not a file", "name one file per version")
    size = path.stat().st_size
    if size > config.max_bytes:
        raise TooLargeError(
            spec, f"is {size:,} bytes, over the limit of {config.max_bytes:,}", "raise --max-bytes"
        )
    try:
        with path.open("rb") as fh:
            data = _read_limited(fh, spec, config.max_bytes)
    except OSError as exc:
        raise InputError(spec, f"cannot be read ({exc.strerror})", "check its permissions") from exc
    return from_text(decode(data, spec), spec, markdown=path.suffix.lower() in _MARKDOWN)
