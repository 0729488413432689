"""Articles from WARC and WARC.gz files (fastwarc): the HTML response records."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.errors import InputError
from storydiff.ingest.decode import decode
from storydiff.ingest.html import read_html
from storydiff.ingest.rejected import Rejected


def read_warc(stream: BinaryIO, source: str, config: InputConfig) -> Iterator[Document | Rejected]:
    """Documents from the HTML responses of a WARC stream. Records that are not
    responses or not HTML are skipped silently; HTML that yields no article, or a
    record that cannot be read, is a Rejected at the record's byte offset."""
    try:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
        for record in records:
            where = f"record at byte {record.stream_pos}"
            content_type = (record.http_content_type or "").lower()
            if "html" not in content_type:
                continue
            url = record.headers.get("WARC-Target-URI") or None
            try:
                body = record.reader.read(config.max_bytes + 1)
                if len(body) > config.max_bytes:
                    yield Rejected(source, where, f"over the limit of {config.max_bytes:,} bytes")
                    continue
                doc = read_html(
                    decode(body, url or source, record.http_charset), url or source, url
                )
            except InputError as exc:
                yield Rejected(source, where, exc.problem)
                continue
            doc.source = source
            doc.url = doc.url or url
            doc.retrieved = record.record_date
            doc.metadata["position"] = where
            yield doc
    except Exception as exc:  # fastwarc raises plain exceptions on broken streams
        yield Rejected(source, "", f"unreadable WARC ({type(exc).__name__}: {exc})")
