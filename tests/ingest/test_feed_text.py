"""Feeds read right (fictional feeds): full text in a description, relative links,
a valid feed with no entries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storydiff.config import InputConfig
from storydiff.document import Document
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.feed import read_feed
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from tests.localsite import Route, serve

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


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    feed = _rss("<item><title>Ferry</title><link>/news/ferry</link></item>")
    routes: dict[str, Route] = {
        "/news/feed.xml": (200, "application/rss+xml", feed),
        "/news/ferry": (200, "text/html", PAGE),
    }
    yield from serve(routes)


def test_relative_links_are_resolved_against_the_feed_url(site: str) -> None:
    fetcher = PoliteFetcher(InputConfig(read_timeout=3.0), min_interval=0.0)
    items = list(iter_documents([f"{site}/news/feed.xml"], fetcher=fetcher))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 1, items
    assert docs[0].url == f"{site}/news/ferry" and "Holloway Ford" in docs[0].text


def _json_feed(items: list[dict[str, str]]) -> bytes:
    import json

    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Marsh Courier",
        "home_page_url": "https://marsh.example/",
        "items": items,
    }
    return json.dumps(feed).encode()


def test_json_feed_full_text_and_dates(tmp_path: Path) -> None:
    items = [
        {
            "id": "1",
            "url": "/news/ferry",
            "title": "Ferry",
            "content_html": f"<p>{STORY}</p>",
            "date_published": "2026-03-01T23:30:00-05:00",
        },
        {"id": "2", "title": "Plain", "content_text": STORY.replace("ferry", "bridge")},
    ]
    path = tmp_path / "feed.json"
    path.write_bytes(_json_feed(items))
    out = list(iter_documents([str(path)]))
    assert all(isinstance(o, Document) for o in out), out
    first, second = out
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.url == "https://marsh.example/news/ferry" and first.outlet == "Marsh Courier"
    assert first.published == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)  # the same instant
    assert "bridge story" in second.text and '"version"' not in second.text


def test_a_json_file_that_is_not_a_feed_is_rejected_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"name": "not a feed", "items": []}')
    [out] = list(iter_documents([str(path)]))
    assert isinstance(out, Rejected) and "not a JSON Feed" in out.reason


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    item = f"<item><title>Fähre</title><link>https://marsh.example/f</link><description>&lt;p&gt;{STORY}&lt;/p&gt;</description></item>"
    xml = (
        _rss(item)
        .decode()
        .replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding[:6]}"?>')
    )
    path = tmp_path / "feed.rss"
    path.write_bytes(xml.encode(encoding))
    [doc] = list(iter_documents([str(path)]))
    assert isinstance(doc, Document), doc
    assert doc.title == "Fähre" and "Holloway Ford" in doc.text


def test_an_offline_feed_of_700_entries_finishes_fast_with_every_entry_reported(
    tmp_path: Path,
) -> None:
    import socket
    import time

    ports = []
    for _ in range(2):  # ports nothing listens on: refused at once, as offline
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
    hosts = [f"http://127.0.0.1:{p}" for p in ports] + ["http://podcasts.invalid"]
    items = "".join(
        f"<item><title>Episode {n}</title><link>{hosts[n % 3]}/ep/{n}</link></item>"
        for n in range(700)
    )
    path = tmp_path / "podcast.rss"
    path.write_bytes(_rss(items))
    start = time.monotonic()
    out = list(iter_documents([str(path)], InputConfig(connect_timeout=3.0)))
    assert time.monotonic() - start < 10
    assert len(out) == 700 and all(isinstance(o, Rejected) for o in out)
    assert len({o.position for o in out if isinstance(o, Rejected)}) == 700
