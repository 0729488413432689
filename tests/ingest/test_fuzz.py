"""Fuzzing every reader: whatever the bytes, a run ends with stored items and
rejections, never an exception (issue 14: one bad record is one rejection)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.rejected import Rejected
from tests.ingest.archives import arc_header, arc_record, chunked, http, page, response, warc

_JSONL = b"".join(
    json.dumps(
        {"text": f"The ferry sailed at dawn on day {n}.", "published": "2026-03-01"}
    ).encode()
    + b"\n"
    for n in range(3)
)
_RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Marsh</title>'
    b"<item><title>Ferry</title><description>&lt;p&gt;The ferry sailed.&lt;/p&gt;</description>"
    b"<link>/ferry</link></item><item><title>Full</title><description>&lt;p&gt;"
    + b"The ferry sailed at dawn. " * 30
    + b"&lt;/p&gt;</description></item></channel></rss>"
)
_JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [{"id": "1", "content_text": "The ferry sailed. " * 30}],
    }
).encode()
_WARC = response() + warc(
    http(
        chunked(gzip.compress(page())), {"Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
    )
)

SEEDS: dict[str, bytes] = {
    "crawl.warc": _WARC,
    "crawl.warc.gz": gzip.compress(response()) * 2,
    "crawl.arc": arc_header() + arc_record("http://larkspur.example/a", http(page(), {})),
    "crawl.arc.gz": gzip.compress(arc_header())
    + gzip.compress(arc_record("http://a.example/", page())),
    "lines.jsonl": _JSONL,
    "lines.jsonl.gz": gzip.compress(_JSONL),
    "feed.rss": _RSS,
    "feed.json": _JSON_FEED,
    "page.html": page(),
    "story.txt": b"Ferry back\n\nThe harbour ferry sailed at dawn, the council said.\n",
}

mutation = st.lists(
    st.tuples(
        st.sampled_from(["flip", "cut", "insert", "delete"]), st.floats(0, 1), st.binary(max_size=8)
    ),
    min_size=1,
    max_size=4,
)


def mutate(data: bytes, steps: list[tuple[str, float, bytes]]) -> bytes:
    out = bytearray(data)
    for op, where, junk in steps:
        at = int(where * len(out))
        if op == "flip" and out:
            out[min(at, len(out) - 1)] ^= 0xFF
        elif op == "cut":
            del out[at:]
        elif op == "insert":
            out[at:at] = junk
        elif op == "delete":
            del out[at : at + len(junk) + 1]
    return bytes(out)


def read_all(name: str, data: bytes) -> list[Document | Rejected]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        # no fetcher can reach anything: feed links must fail as rejections, quickly
        return list(iter_documents([str(path)], InputConfig(max_bytes=1 << 20, deadline=2.0)))


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_files_are_read(name: str) -> None:
    items = read_all(name, SEEDS[name])
    assert any(isinstance(i, Document) for i in items), items


@pytest.mark.parametrize("name", sorted(SEEDS))
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(steps=mutation)
def test_mutated_files_give_items_and_rejections_only(
    name: str, steps: list[tuple[str, float, bytes]]
) -> None:
    items = read_all(name, mutate(SEEDS[name], steps))
    assert all(isinstance(i, Document | Rejected) for i in items)


@pytest.mark.parametrize("name", sorted(SEEDS))
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048))
def test_random_bytes_give_items_and_rejections_only(name: str, data: bytes) -> None:
    items = read_all(name, data)
    assert all(isinstance(i, Document | Rejected) for i in items)
