"""The articles a feed lists: link, title and the entry's own updated time (RSS,
Atom and RDF with feedparser; JSON Feed). The watcher checks the pages themselves,
so a feed only says which pages there are and when one says it was updated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import orjson


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


def _resolve(link: Any, base: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


def _json_feed(data: bytes, base: str) -> FeedList | None:
    try:
        feed = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        return None
    items = []
    for item in feed.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = _resolve(item.get("url") or item.get("external_url"), base)
        if link:
            stamp = item.get("date_modified") or item.get("date_published")
            title = item.get("title")
            items.append(
                FeedItem(
                    link,
                    title if isinstance(title, str) else None,
                    stamp if isinstance(stamp, str) else None,
                )
            )
    title = feed.get("title")
    return FeedList(title if isinstance(title, str) else None, items)


def read_feed_list(data: bytes, url: str) -> FeedList | None:
    """The feed's items, or None when ``data`` is not a feed."""
    if data[:64].lstrip().startswith(b"{"):
        return _json_feed(data, url)
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        return None
    items = []
    for entry in parsed.entries:
        link = _resolve(entry.get("link"), url)
        if link:
            stamp = entry.get("updated") or entry.get("published")
            items.append(FeedItem(link, entry.get("title"), stamp))
    return FeedList(parsed.feed.get("title") or None, items)
