"""One archived capture (a WARC or ARC record's content) to a Document, a skip with
its reason, or a rejection: shared by the WARC and ARC readers.

HTTP responses are parsed here, leniently: header lines may end in LF alone (as in
ClueWeb's WARC/0.18 files, where a strict parser finds no headers and an empty
body). Content and transfer codings are undone within the size limit; a body whose
headers say ``gzip`` or ``chunked`` but which the archiver stored decoded (common)
is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.errors import DecodeError, InputError
from storydiff.ingest.decode import decode, looks_binary
from storydiff.ingest.inflate import decoded, encodings_of
from storydiff.ingest.rejected import Rejected
from storydiff.ingest.source import from_text

_STATUS = re.compile(rb"HTTP/\d(?:\.\d)?\s+(\d{3})")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_TEXT_TYPES = ("text/html", "application/xhtml", "text/plain", "text/markdown")


@dataclass(slots=True)
class Capture:
    """What an archive record holds about one page."""

    source: str
    """The archive file."""
    position: str
    url: str | None
    captured: datetime | None
    content_type: str | None
    """The record's own content type (for resource and conversion records)."""
    block: bytes


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def parse_response(block: bytes) -> Response | None:
    """The status, headers (lower-cased names) and body of an HTTP response, or None
    when ``block`` does not start with a status line."""
    m = _STATUS.match(block)
    if m is None:
        return None
    crlf, lf = block.find(b"\r\n\r\n"), block.find(b"\n\n")
    if crlf < 0 and lf < 0:
        head, body = block, b""
    elif lf < 0 or 0 <= crlf < lf:
        head, body = block[:crlf], block[crlf + 4 :]
    else:
        head, body = block[:lf], block[lf + 2 :]
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").splitlines()[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return Response(int(m.group(1)), headers, body)


def _looks_textual(body: bytes) -> bool:
    return bool(body.strip()) and not looks_binary(body)


def _payload(response: Response, source: str, limit: int) -> bytes:
    encodings = [e for e in encodings_of(response.headers.get("content-encoding")) if e]
    chunked = "chunked" in response.headers.get("transfer-encoding", "").lower()
    if not encodings and not chunked:
        return response.body
    try:
        return decoded([response.body], encodings, limit, source, chunked=chunked)
    except DecodeError:
        if _looks_textual(response.body):
            return response.body  # stored decoded, headers kept as sent
        raise


def _is_text(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower().startswith(_TEXT_TYPES)
    return _looks_textual(body)


def read_capture(capture: Capture, kind: str, config: InputConfig) -> Document | Rejected:
    """``kind`` is "response" (an HTTP response), or "resource" / "conversion" (the
    page itself, typed by the record)."""
    src, where = capture.source, capture.position
    name = capture.url or src
    content_type, charset, body = capture.content_type, None, capture.block
    if kind == "response":
        response = parse_response(capture.block)
        if response is None:
            return Rejected(src, where, "a response record without an HTTP status line")
        if 300 <= response.status < 400:
            target = response.headers.get("location", "?")
            return Rejected(src, where, f"a redirect (HTTP {response.status} to {target})", True)
        if not 200 <= response.status < 300 or response.status == 204:
            return Rejected(src, where, f"not a page (HTTP {response.status})", True)
        content_type = response.headers.get("content-type")
        try:
            body = _payload(response, name, config.max_bytes)
        except InputError as exc:
            return Rejected(src, where, exc.problem)
    if not _is_text(content_type, body):
        shown = (content_type or "unknown type").split(";")[0].strip()
        return Rejected(src, where, f"not HTML or text ({shown})", True)
    if content_type and (m := _CHARSET.search(content_type)):
        charset = m.group(1)
    try:
        doc = from_text(decode(body, name, charset), name, url=capture.url)
    except InputError as exc:
        return Rejected(src, where, exc.problem)
    doc.source = src
    doc.url = doc.url or capture.url
    doc.retrieved = capture.captured
    doc.metadata["position"] = where
    return doc
