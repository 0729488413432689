"""Articles from ARC files, the Internet Archive's format before WARC (plain or
gzip-compressed, versions 1 and 2).

An ARC file is a ``filedesc://`` header record, then records of one header line
(``URL IP date content-type ... length``; the length is always the last field) and
that many bytes: an HTTP response, or a document. The captures are read as the WARC
reader reads them (``ingest.archived``); a record cut short is rejected, and a
header line that is not one ends the file with a rejection naming its position.
"""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import BinaryIO

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.archived import Capture, read_capture
from storydiff.ingest.rejected import Rejected

_SKIP = 1 << 20


def _when(value: bytes) -> datetime | None:
    try:
        return datetime.strptime(value.decode("ascii")[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except (UnicodeDecodeError, ValueError):
        return None


def _discard(stream: BinaryIO, size: int) -> int:
    """Read past ``size`` bytes without holding them; return how many there were."""
    done = 0
    while done < size and (piece := stream.read(min(_SKIP, size - done))):
        done += len(piece)
    return done


def read_arc(stream: BinaryIO, source: str, config: InputConfig) -> Iterator[Document | Rejected]:
    """Documents from an ARC stream; see the module's docstring."""
    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(0)
    reader: BinaryIO = gzip.GzipFile(fileobj=stream) if gzipped else stream  # type: ignore[assignment]
    others: Counter[str] = Counter()
    number, where = 0, "record 1"
    try:
        while line := reader.readline(8192):
            if not line.strip():
                continue
            number += 1
            where = f"record {number}" if gzipped else f"record at byte {reader.tell() - len(line)}"
            fields = line.split()
            if len(fields) < 5 or not fields[-1].isdigit():
                yield Rejected(source, where, "not an ARC record header; the rest is not read")
                break
            length = int(fields[-1])
            url = fields[0].decode("latin-1")
            if not url.startswith(("http://", "https://")):
                _discard(reader, length)  # filedesc://, dns: and the like
                others[url.split(":", 1)[0]] += 1
                continue
            if length > config.max_bytes:
                _discard(reader, length)
                yield Rejected(source, where, f"over the limit of {config.max_bytes:,} bytes")
                continue
            block = reader.read(length)
            if len(block) < length:
                yield Rejected(
                    source,
                    where,
                    f"truncated: the record says {length:,} bytes but the file ends after "
                    f"{len(block):,}",
                )
                break
            kind = "response" if block.startswith(b"HTTP/") else "resource"
            mime = fields[3].decode("latin-1")
            capture = Capture(source, where, url, _when(fields[2]), mime, block)
            yield read_capture(capture, kind, config)
    except (OSError, EOFError, zlib.error) as exc:
        yield Rejected(source, where, f"unreadable ARC ({exc}); the rest is not read")
    for kind, n in sorted(others.items()):
        yield Rejected(source, "", f"{kind} records (not pages)", True, n)
