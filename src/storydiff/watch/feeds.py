"""The articles a feed lists, for the watcher: link, title and the entry's own
updated time. The feed is read by ``ingest.feed.parse_feed`` (RSS, Atom, RDF, JSON
Feed, with its checks); what the watcher adds is that only absolute http(s) links
are kept, since it fetches them. The watcher checks the pages themselves, so a feed
only says which pages there are and when one says it was updated."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from storydiff.ingest.feed import parse_feed
from storydiff.ingest.rejected import Rejected


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str | None
    stamp: str | None
    """The entry's updated (else published) time as the feed writes it."""


@dataclass(frozen=True, slots=True)
class FeedList:
    title: str | None
    items: list[FeedItem]


def _resolve(link: str | None, base: str) -> str | None:
    if not link or not link.strip():
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


def read_feed_list(data: bytes, url: str) -> FeedList | None:
    """The feed's items with a link the watcher can fetch, or None when ``data`` is
    not a feed."""
    feed = parse_feed(data, url)
    if isinstance(feed, Rejected):
        return None
    items = []
    for entry in feed.entries:
        link = _resolve(entry.link, url)
        if link:
            items.append(FeedItem(link, entry.title, entry.stamp))
    return FeedList(feed.outlet, items)
