"""Feeds read right (fictional feeds): full text in a description, relative links,
a valid feed with no entries."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.feed import read_feed
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected

STORY = " ".join(
    f"Sentence {n} of the ferry story says the crossing at Holloway Ford reopens in June."
    for n in range(12)
)
PAGE = f"<html><body><article><p>{STORY}</p></article></body></html>"


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Marsh Courier</title>'
        f"<link>https://marsh.example/</link>{items}</channel></rss>"
    ).encode()


def test_a_full_text_description_is_the_article_without_fetching() -> None:
    item = f"<item><title>Ferry</title><link>https://marsh.example/f</link><description>&lt;p&gt;{STORY}&lt;/p&gt;</description></item>"
    items = list(read_feed(_rss(item), "feed.xml", fetcher=None))
    assert len(items) == 1 and isinstance(items[0], Document)
    assert "Holloway Ford" in items[0].text and items[0].title == "Ferry"


def test_a_valid_feed_with_no_entries_is_no_error(tmp_path: Path) -> None:
    assert list(read_feed(_rss(""), "feed.xml", fetcher=None)) == []
    path = tmp_path / "empty.xml"
    path.write_bytes(_rss(""))
    assert list(iter_documents([str(path)])) == []
    broken = list(read_feed(b"<rss><channel><item>", "bad.xml", fetcher=None))
    assert len(broken) == 1 and isinstance(broken[0], Rejected)


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/news/feed.xml":
            body = _rss("<item><title>Ferry</title><link>/news/ferry</link></item>")
            ctype = "application/rss+xml"
        elif self.path == "/news/ferry":
            body, ctype = PAGE.encode(), "text/html"
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_relative_links_are_resolved_against_the_feed_url(site: str) -> None:
    fetcher = PoliteFetcher(InputConfig(read_timeout=3.0), min_interval=0.0)
    items = list(iter_documents([f"{site}/news/feed.xml"], fetcher=fetcher))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 1, items
    assert docs[0].url == f"{site}/news/ferry" and "Holloway Ford" in docs[0].text
