"""RSS and Atom feeds (feedparser): each entry's full text when the feed carries it
(its content, or a description long enough to be the article), else the linked page,
fetched politely. Relative links are resolved against the feed's URL or its own
link; a valid feed with no entries yields nothing and is no error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser

from storydiff.document import Document
from storydiff.errors import InputError
from storydiff.ingest.decode import decode
from storydiff.ingest.html import read_html
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected

_TAG = re.compile(r"<[^>]+>")
MIN_CONTENT_WORDS = 80
"""Entry content shorter than this is taken as a teaser, and the page is fetched."""


def looks_like_feed(head: str) -> bool:
    head = head[:2048].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _when(value: struct_time | None) -> datetime | None:
    if not value:
        return None
    return datetime(*value[:6], tzinfo=UTC)


def read_feed(
    data: bytes, source: str, fetcher: PoliteFetcher | None
) -> Iterator[Document | Rejected]:
    """Documents from a feed's entries; a feed that cannot be parsed is one Rejected."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("version") and not parsed.get("bozo"):
            return  # a valid feed that has no entries today
        reason = f"not a feed ({parsed.get('bozo_exception', 'no entries')})"
        yield Rejected(source, "", reason)
        return
    outlet = parsed.feed.get("title") or None
    base = source if urlsplit(source).scheme in ("http", "https") else parsed.feed.get("link", "")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"entry {number}"
        link = entry.get("link")
        if link and base and not urlsplit(link).scheme:
            link = urljoin(base, link)  # "/news/ferry" in a feed of https://site/feed.xml
        html = entry.get("summary", "") or ""  # RSS <description>
        for content in entry.get("content", []):
            html = max(html, content.get("value", ""), key=len)
        try:
            if html and len(_TAG.sub(" ", html).split()) >= MIN_CONTENT_WORDS:
                doc = read_html(
                    f"<html><body><article>{html}</article></body></html>", source, link
                )
            elif link and fetcher is not None:
                body, charset, final_url = fetcher.get(link)
                doc = read_html(decode(body, link, charset), link, final_url)
            else:
                yield Rejected(source, where, "no content and no link to fetch")
                continue
        except InputError as exc:
            yield Rejected(source, where, str(exc))
            continue
        doc.source = source
        doc.url = link or doc.url
        doc.title = entry.get("title") or doc.title
        doc.outlet = outlet or doc.outlet  # the feed's own name beats a guess from the page
        doc.published = (
            _when(entry.get("published_parsed") or entry.get("updated_parsed")) or doc.published
        )
        doc.metadata["position"] = where
        yield doc
