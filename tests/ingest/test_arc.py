"""ARC files (the Internet Archive's format before WARC), plain and gzip-compressed."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.rejected import Rejected
from tests.ingest.archives import arc_header, arc_record, http, page

RESPONSE = http(page(), {"Content-Type": "text/html"}, eol=b"\n")
DNS = arc_record("dns:larkspur.example", b"larkspur.example. 300 IN A 10.0.0.1", "text/dns")


def read(tmp_path: Path, data: bytes, name: str) -> list[Document | Rejected]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_documents([str(path)], InputConfig()))


def test_plain_arc(tmp_path: Path) -> None:
    data = arc_header() + arc_record("http://larkspur.example/a", RESPONSE) + DNS
    data += arc_record("http://larkspur.example/b", RESPONSE)
    items = read(tmp_path, data, "crawl.arc")
    found = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in found] == ["http://larkspur.example/a", "http://larkspur.example/b"]
    assert all(not d.text.startswith(("http://", "HTTP/")) for d in found)  # no ARC or HTTP header
    assert found[0].retrieved == datetime(2026, 3, 1, 12, tzinfo=UTC)
    assert found[0].metadata["position"] == f"record at byte {len(arc_header())}"
    skipped = {i.reason: i.count for i in items if isinstance(i, Rejected)}
    assert skipped == {"dns records (not pages)": 1, "filedesc records (not pages)": 1}


def test_gzip_arc_one_member_per_record(tmp_path: Path) -> None:
    parts = [
        arc_header(),
        arc_record("http://larkspur.example/a", RESPONSE),
        arc_record("http://larkspur.example/b", page(), "text/html"),
    ]
    items = read(tmp_path, b"".join(gzip.compress(p) for p in parts), "crawl.arc.gz")
    found = [i for i in items if isinstance(i, Document)]
    assert len(found) == 2 and found[1].metadata["position"] == "record 3"


def test_truncated_arc_keeps_what_came_before(tmp_path: Path) -> None:
    data = arc_header() + arc_record("http://larkspur.example/a", RESPONSE)
    data += arc_record("http://larkspur.example/b", RESPONSE)[:-100]
    items = read(tmp_path, data, "crawl.arc")
    assert len([i for i in items if isinstance(i, Document)]) == 1
    [bad] = [i for i in items if isinstance(i, Rejected) and not i.skipped]
    assert "truncated" in bad.reason


def test_not_an_arc_file(tmp_path: Path) -> None:
    items = read(tmp_path, b"just some words in a file\nwith lines\n", "notes.arc")
    [bad] = [i for i in items if isinstance(i, Rejected)]
    assert "not an ARC record header" in bad.reason
