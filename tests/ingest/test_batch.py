"""Many sources at once: JSONL, WARC, feeds, folders and globs, with bad items."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from storydiff import Document
from storydiff.config import InputConfig
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.jsonl import Fields
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from tests.localsite import Route, serve

BODY = (
    "<p>KESTREL BAY (MPA) — A cargo ship ran aground on rocks off the port early on Saturday "
    "as a winter storm battered the northern coast, the port authority said.</p>"
    "<p>Coastguard helicopters lifted 14 sailors from the deck before dawn, and three crew "
    "members are still missing after the vessel lost engine power in heavy seas overnight.</p>"
    "<p>The ship was carrying about 32,000 tonnes of iron ore to the smelter at Tollmouth.</p>"
)
PAGE = (
    "<html><head><title>Ship aground</title></head><body><nav><a href='/'>Home</a></nav>"
    f"<article><h1>Ship aground</h1>{BODY}</article></body></html>"
)
FEED_ITEMS = (
    "<item><title>Full</title><link>http://HOST/full</link>"
    "<pubDate>Sat, 14 Mar 2026 06:05:00 GMT</pubDate>"
    f"<content:encoded><![CDATA[{BODY * 2}]]></content:encoded></item>"
    "<item><title>Teaser</title><link>http://HOST/page</link>"
    "<description>Short teaser.</description></item>"
    "<item><title>Private</title><link>http://HOST/private/x</link>"
    "<description>Teaser.</description></item>"
)
FEED = (
    '<?xml version="1.0"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    f"<channel><title>Harbour Daily</title>{FEED_ITEMS}</channel></rss>"
)


def _split(items: list[Document | Rejected]) -> tuple[list[Document], list[Rejected]]:
    return [i for i in items if isinstance(i, Document)], [
        i for i in items if isinstance(i, Rejected)
    ]


def test_jsonl_with_bad_lines_and_custom_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {"body": "First article text here.", "headline": "One", "link": "https://x.example/1"}
        ),
        "{not json",
        json.dumps({"headline": "no body"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"body": "Second article.", "published": "2026-03-14T06:05:00Z"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fields = Fields(text="body", title="headline", url="link")
    docs, rejected = _split(list(iter_documents([str(path)], fields=fields)))
    assert [d.title for d in docs] == ["One", None]
    assert docs[0].url == "https://x.example/1" and docs[1].published is not None
    assert [r.position for r in rejected] == ["line 2", "line 3", "line 4"]
    assert (
        "not valid JSON" in rejected[0].reason and "no text in field 'body'" in rejected[1].reason
    )


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Compressed article text."}) + "\n")
    docs, rejected = _split(list(iter_documents([str(path)])))
    assert [d.text for d in docs] == ["Compressed article text."] and not rejected


def _warc_record(uri: str, html: str, content_type: str = "text/html; charset=utf-8") -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{html}").encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-14T09:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def test_warc_html_responses_and_a_corrupt_record(tmp_path: Path) -> None:
    good = _warc_record("https://x.example/ship", PAGE)
    empty = _warc_record("https://x.example/empty", "<html><body><nav>Home</nav></body></html>")
    image = _warc_record("https://x.example/a.png", "PNG...", "image/png")
    corrupt = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated"
    path = tmp_path / "crawl.warc"
    path.write_bytes(good + empty + image + good.replace(b"/ship", b"/ship2") + corrupt)
    docs, rejected = _split(list(iter_documents([str(path)])))
    assert [d.url for d in docs] == ["https://x.example/ship", "https://x.example/ship2"]
    assert docs[0].retrieved is not None and "14 sailors" in docs[0].text
    assert any("no article" in r.reason for r in rejected)
    gz = tmp_path / "crawl.warc.gz"
    gz.write_bytes(gzip.compress(good))
    docs, _ = _split(list(iter_documents([str(gz)])))
    assert [d.url for d in docs] == ["https://x.example/ship"]


def test_folder_glob_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("An article about the port.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title\n\nBody of b.", encoding="utf-8")
    (tmp_path / "sub" / "empty.txt").write_bytes(b"")
    (tmp_path / "sub" / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    docs, rejected = _split(list(iter_documents([str(tmp_path)])))
    assert sorted(Path(d.source or "").name for d in docs) == ["a.txt", "b.md"]
    assert sorted(Path(r.source).name for r in rejected) == ["bin.txt", "empty.txt"]
    docs, _ = _split(list(iter_documents([str(tmp_path / "**" / "*.md")])))
    assert [d.title for d in docs] == ["Title"]


HITS: list[str] = []


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes: dict[str, Route] = {
        "/feed.xml": (200, "application/rss+xml", FEED),
        "/page": (200, "text/html", PAGE),
        "/robots.txt": (200, "text/plain", "User-agent: *\nDisallow: /private/\n"),
        "/notfeed.xml": (200, "application/xml", "this is not xml at all"),
    }
    yield from serve(routes, HITS)


def test_feed_full_content_linked_page_and_robots(site: str) -> None:
    fetcher = PoliteFetcher(InputConfig(read_timeout=5.0), min_interval=0.0)
    docs, rejected = _split(list(iter_documents([f"{site}/feed.xml"], fetcher=fetcher)))
    assert [d.title for d in docs] == ["Full", "Teaser"]
    assert docs[0].published is not None and docs[0].outlet == "Harbour Daily"
    assert "14 sailors" in docs[1].text and docs[1].url == f"{site}/page"
    assert (
        len(rejected) == 1
        and "robots.txt" in rejected[0].reason
        and rejected[0].position == "entry 3"
    )
    assert "/private/x" not in HITS


def test_not_a_feed_and_unreachable(site: str) -> None:
    fetcher = PoliteFetcher(InputConfig(read_timeout=2.0, connect_timeout=1.0), min_interval=0.0)
    items = list(
        iter_documents(
            [f"{site}/notfeed.xml", f"{site}/missing", "http://127.0.0.1:9/"], fetcher=fetcher
        )
    )
    docs, rejected = _split(items)
    assert not docs and len(rejected) == 3


def test_polite_fetcher_waits_between_requests_to_one_host(site: str) -> None:
    import time

    fetcher = PoliteFetcher(InputConfig(read_timeout=5.0), min_interval=0.3)
    start = time.monotonic()
    for _ in range(3):
        fetcher.get(f"{site}/page")
    assert time.monotonic() - start >= 0.6  # robots.txt + 3 pages, 0.3 s apart
