"""WARC files as crawlers write them: encoded and chunked bodies, old versions,
resource records, truncation and breakage; every record accounted for."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import brotli
import pytest
import zstandard

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.rejected import Rejected
from tests.ingest.archives import chunked, http, page, response, warc

Item = Document | Rejected


def read(tmp_path: Path, data: bytes, name: str = "crawl.warc", **config: int) -> list[Item]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_documents([str(path)], InputConfig(**config)))  # type: ignore[arg-type]


def docs(items: list[Item]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def problems(items: list[Item]) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected) and not i.skipped]


def skips(items: list[Item]) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected) and i.skipped]


ENCODERS = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": lambda b: zstandard.ZstdCompressor().compress(b),
}


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_content_encoded_responses_are_decoded(tmp_path: Path, coding: str) -> None:
    record = response(ENCODERS[coding](page()), content_encoding=coding)
    [doc] = read(tmp_path, record)
    assert isinstance(doc, Document)
    assert "Larkspur harbour ferry" in doc.text
    assert doc.url == "https://larkspur.example/ferry"
    assert doc.metadata["position"] == "record at byte 0"


def test_chunked_and_gzip_together(tmp_path: Path) -> None:
    record = response(
        chunked(gzip.compress(page())), content_encoding="gzip", transfer_encoding="chunked"
    )
    [doc] = read(tmp_path, record)
    assert isinstance(doc, Document) and "three days" in doc.text


def test_body_stored_decoded_with_its_encoding_headers_kept(tmp_path: Path) -> None:
    # wget and others store the body as received but some tools decode it and keep the headers
    record = response(page(), content_encoding="gzip", transfer_encoding="chunked")
    assert len(docs(read(tmp_path, record))) == 1


def test_warc_0_18_with_lf_only_http_headers(tmp_path: Path) -> None:
    # ClueWeb09: WARC/0.18, HTTP header lines ending in LF alone
    block = http(page(), {"Content-Type": "text/html"}, eol=b"\n")
    found = docs(read(tmp_path, warc(block, version="0.18") * 2))
    assert len(found) == 2 and all("island council" in d.text for d in found)


@pytest.mark.parametrize("kind", ["resource", "conversion"])
def test_resource_and_conversion_records_holding_pages(tmp_path: Path, kind: str) -> None:
    [doc] = read(tmp_path, warc(page(), kind=kind, content_type="text/html"))
    assert isinstance(doc, Document) and "Larkspur" in doc.text


def test_every_record_is_counted(tmp_path: Path) -> None:
    request = warc(
        b"GET /ferry HTTP/1.1\r\nHost: larkspur.example\r\n\r\n",
        kind="request",
        content_type="application/http; msgtype=request",
    )
    info = warc(b"software: tests\r\n", kind="warcinfo", content_type="application/warc-fields")
    redirect = warc(
        http(b"", {"Location": "https://larkspur.example/ferry-2"}, "301 Moved Permanently")
    )
    missing = warc(
        http(b"<html><body>gone</body></html>", {"Content-Type": "text/html"}, "404 Not Found")
    )
    image = warc(http(b"\x89PNG\r\n\x1a\n\x00\x00", {"Content-Type": "image/png"}))
    items = read(tmp_path, info + request + response() + redirect + missing + image + request)
    assert len(docs(items)) == 1
    assert problems(items) == []
    reasons = {s.reason: s.count for s in skips(items)}
    assert reasons == {
        "a redirect (HTTP 301 to https://larkspur.example/ferry-2)": 1,
        "not a page (HTTP 404)": 1,
        "not HTML or text (image/png)": 1,
        "request records (not pages)": 2,
        "warcinfo records (not pages)": 1,
    }


def test_truncated_last_record_is_rejected_not_stored(tmp_path: Path) -> None:
    data = response() + response()[:400]
    items = read(tmp_path, data)
    assert len(docs(items)) == 1
    [bad] = problems(items)
    assert bad.position == f"record at byte {len(response())}"
    assert "truncated" in bad.reason


def test_record_marked_truncated_by_the_crawler(tmp_path: Path) -> None:
    cut = warc(http(page(), {"Content-Type": "text/html"}), extra={"WARC-Truncated": "length"})
    items = read(tmp_path, cut + response())
    assert len(docs(items)) == 1
    [bad] = problems(items)
    assert bad.position == "record at byte 0" and "WARC-Truncated: length" in bad.reason


def test_garbage_mid_file_is_reported_with_its_offset_and_reading_goes_on(tmp_path: Path) -> None:
    data = response() + b"\x00garbage that is not a record\r\n\r\n" + response()
    items = read(tmp_path, data)
    assert len(docs(items)) == 2
    [bad] = problems(items)
    assert bad.position == "after the record at byte 0"
    assert docs(items)[1].metadata["position"] == f"record at byte {len(response()) + 33}"


def test_content_length_too_long_swallows_no_record(tmp_path: Path) -> None:
    wrong = warc(http(page(), {"Content-Type": "text/html"}), length=5000)
    items = read(tmp_path, wrong + response())
    assert len(docs(items)) == 1
    [bad] = problems(items)
    assert bad.position == "record at byte 0" and "Content-Length" in bad.reason


def test_cut_gzip_file_keeps_what_came_before(tmp_path: Path) -> None:
    member = gzip.compress(response())
    items = read(tmp_path, member * 2 + member[: len(member) // 2], "crawl.warc.gz")
    assert len(docs(items)) == 2
    assert len(problems(items)) == 1


def test_record_over_the_size_limit(tmp_path: Path) -> None:
    big = response(page(paragraphs=200))
    items = read(tmp_path, big + response(), max_bytes=len(big) // 2)
    assert len(docs(items)) == 1
    [bad] = problems(items)
    assert "over the limit" in bad.reason


def test_gzip_bomb_in_a_record_is_refused(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<html><body>" + b" " * (64 << 20), compresslevel=9)
    items = read(tmp_path, response(bomb, content_encoding="gzip") + response(), max_bytes=1 << 20)
    assert len(docs(items)) == 1
    [bad] = problems(items)
    assert "once decoded" in bad.reason


def test_a_response_without_content_type_is_sniffed(tmp_path: Path) -> None:
    text = (
        b"Larkspur ferry back\n\nThe harbour ferry resumed service on Monday, the council said.\n"
    )
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
    items = read(tmp_path, warc(http(text, {})) + warc(http(page(), {})) + warc(http(png, {})))
    assert [d.text.splitlines()[0] for d in docs(items)][:1] == [
        "The harbour ferry resumed service on Monday, the council said."
    ]
    assert len(docs(items)) == 2
    [skip] = skips(items)
    assert skip.reason == "not HTML or text (unknown type)"
