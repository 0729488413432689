"""Feeds read right (fictional feeds): full text in a description, relative links,
a valid feed with no entries."""

from __future__ import annotations

from collections.abc import Iterator
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
