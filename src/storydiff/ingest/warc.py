"""Articles from WARC files (fastwarc), plain or gzip-compressed, WARC/0.18 to 1.1.

Pages come from ``response`` records (HTTP responses, decoded in
``ingest.archived``) and from ``resource`` and ``conversion`` records holding HTML or
text. Every record is accounted for: stored, skipped with a reason (a redirect, an
image, an error page; request, metadata and other non-page records are counted per
file), or rejected with its byte offset. A record cut short (the file ends early, or
the crawler marked it ``WARC-Truncated``) is rejected, since a partial page would
show as a version with its end removed. Where the file cannot be parsed (garbage, a
wrong Content-Length), the break is reported with its offset and reading resumes at
the next record found after it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.archived import Capture, read_capture
from storydiff.ingest.rejected import Rejected

_PAGES = {"response", "resource", "conversion"}
_SCAN = 1 << 20
_GZIP = re.compile(b"\x1f\x8b\x08")
_START = re.compile(rb"WARC/(?:0\.1[78]|1\.[01])\r?\n")
_INNER = re.compile(rb"WARC/(?:0\.1[78]|1\.[01])\r?\n[^\n]{0,400}\n?[\s\S]{0,2000}?WARC-Record-ID:")


class _Broken(Exception):
    """A record holds the start of the next one: its Content-Length is wrong."""


def _record(
    record: WarcRecord, source: str, offset: int, config: InputConfig
) -> Document | Rejected | None:
    """A page record read; None for a record that holds no page (counted by type)."""
    kind = str(record.record_type)
    if kind not in _PAGES:
        return None
    where = f"record at byte {offset}"
    headers = record.headers
    declared = headers.get("Content-Length") or ""
    block = record.reader.read(config.max_bytes + 1)
    if len(block) > config.max_bytes:
        return Rejected(source, where, f"over the limit of {config.max_bytes:,} bytes")
    if _INNER.search(block):
        raise _Broken("a record's Content-Length runs into the next record")
    if not declared.isdigit():
        return Rejected(source, where, "a record without a Content-Length (cut short?)")
    if len(block) < int(declared):
        return Rejected(
            source,
            where,
            f"truncated: the record says {int(declared):,} bytes but the file ends after "
            f"{len(block):,}",
        )
    truncated = headers.get("WARC-Truncated")
    if truncated:
        return Rejected(source, where, f"truncated by the crawler (WARC-Truncated: {truncated})")
    capture = Capture(
        source,
        where,
        headers.get("WARC-Target-URI") or None,
        record.record_date,
        headers.get("Content-Type"),
        block,
    )
    return read_capture(capture, kind, config)


def _resume_at(stream: BinaryIO, start: int, gzipped: bool) -> int | None:
    """The offset of the next record (or gzip member) at or after ``start``."""
    marker = _GZIP if gzipped else _START
    stream.seek(start)
    base, tail = start, b""
    while block := stream.read(_SCAN):
        data = tail + block
        found = marker.search(data)
        if found:
            return base - len(tail) + found.start()
        tail = data[-16:]
        base += len(block)
    return None


def read_warc(stream: BinaryIO, source: str, config: InputConfig) -> Iterator[Document | Rejected]:
    """Documents from a seekable WARC stream; see the module's docstring."""
    gzipped = stream.read(2) == b"\x1f\x8b"
    others: Counter[str] = Counter()
    offset = 0
    while True:
        stream.seek(offset)
        last: int | None = None
        try:
            records = ArchiveIterator(
                stream, record_types=WarcRecordType.any_type, parse_http=False
            )
            for record in records:
                last = record.stream_pos  # from the start of the file
                item = _record(record, source, last, config)
                if item is None:
                    others[str(record.record_type)] += 1
                else:
                    yield item
            break  # the end of the file
        except _Broken as exc:
            at = offset if last is None else last
            yield Rejected(source, f"record at byte {at}", f"{exc}; read on from the next record")
        except Exception as exc:  # fastwarc raises OSError (and others) on broken input
            at = offset if last is None else last
            where = f"byte {at}" if last is None else f"after the record at byte {at}"
            yield Rejected(source, where, f"unreadable WARC ({exc}); read on from the next record")
        resume = _resume_at(stream, at + 1, gzipped)
        if resume is None or resume <= offset:
            break
        offset = resume
    for kind, n in sorted(others.items()):
        yield Rejected(source, "", f"{kind} records (not pages)", True, n)
