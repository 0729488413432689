"""RSS, Atom (feedparser) and JSON Feed: each entry's full text when the feed carries
it (its content, or a description long enough to be the article), else the linked
page, fetched politely. Relative links are resolved against the feed's URL or its
own link; a valid feed with no entries yields nothing and is no error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from time import struct_time
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import orjson

from storydiff.config import MIN_CONTENT_WORDS
from storydiff.document import Document
from storydiff.errors import InputError
from storydiff.ingest.decode import decode, wide_encoding
from storydiff.ingest.html import read_html
from storydiff.ingest.plain import parse_datetime
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected

_TAG = re.compile(r"<[^>]+>")
_XML_ENCODING = re.compile(rb"""(?<=<\?xml)([^>]*?)\sencoding=["'][^"']*["']""")
_JSON_FEED = re.compile(r'^\s*\{.*"version"\s*:\s*"https?://jsonfeed\.org/version/', re.DOTALL)


@dataclass(slots=True)
class Entry:
    link: str | None
    title: str | None
    html: str
    """The entry's longest content: its full text, or a teaser."""
    published: datetime | None
    stamp: str | None = None
    """The entry's updated (else published) time as the feed writes it: what a
    watcher compares to notice that the feed says the article changed."""


@dataclass(slots=True)
class Feed:
    outlet: str | None
    link: str
    entries: list[Entry]


def looks_like_feed(head: str) -> bool:
    """RSS, Atom, RDF or JSON Feed, from the first 2 KB."""
    head = head[:2048]
    lower = head.lower()
    return (
        "<rss" in lower or "<feed" in lower or "<rdf:rdf" in lower or bool(_JSON_FEED.match(head))
    )


def _when(value: struct_time | None) -> datetime | None:
    if not value:
        return None
    return datetime(*value[:6], tzinfo=UTC)


def _xml_feed(data: bytes, source: str) -> Feed | Rejected:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("version") and not parsed.get("bozo"):
            return Feed(None, "", [])  # a valid feed that has no entries today
        return Rejected(source, "", f"not a feed ({parsed.get('bozo_exception', 'no entries')})")
    entries = []
    for entry in parsed.entries:
        html = entry.get("summary", "") or ""  # RSS <description>
        for content in entry.get("content", []):
            html = max(html, content.get("value", ""), key=len)
        when = _when(entry.get("published_parsed") or entry.get("updated_parsed"))
        # dict.get: feedparser's own get("updated") falls back to "published" with a
        # DeprecationWarning; the fall-back is wanted, the warning is not.
        stamp = dict.get(entry, "updated") or dict.get(entry, "published") or None
        entries.append(Entry(entry.get("link"), entry.get("title"), html, when, stamp))
    return Feed(parsed.feed.get("title") or None, parsed.feed.get("link", ""), entries)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _json_feed(data: bytes, source: str) -> Feed | Rejected:
    """A JSON Feed (https://jsonfeed.org, versions 1 and 1.1)."""
    try:
        feed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        return Rejected(source, "", f"not a valid JSON Feed ({exc})")
    version = feed.get("version") if isinstance(feed, dict) else None
    if not (isinstance(version, str) and "jsonfeed.org" in version):
        return Rejected(source, "", "JSON, but not a JSON Feed (JSON Lines files end in .jsonl)")
    items = feed.get("items")
    if not isinstance(items, list):
        return Rejected(source, "", "not a valid JSON Feed (no list of items)")
    entries = []
    for item in items:
        item = item if isinstance(item, dict) else {}
        plain = _text(item.get("content_text"))
        html = _text(item.get("content_html")) or (f"<p>{plain}</p>" if plain else "")
        html = max(html, _text(item.get("summary")), key=len)
        link = _text(item.get("url")) or _text(item.get("external_url")) or None
        when = item.get("date_published") or item.get("date_modified")
        published = parse_datetime(when) if isinstance(when, str) else None
        stamp = _text(item.get("date_modified")) or _text(item.get("date_published")) or None
        title = _text(item.get("title")) or None
        entries.append(Entry(link, title, html, published, stamp))
    return Feed(_text(feed.get("title")) or None, _text(feed.get("home_page_url")), entries)


def parse_feed(data: bytes, source: str) -> Feed | Rejected:
    """A feed's entries as the feed gives them (links not yet resolved), or why
    ``data`` is not a feed. The one feed reader: ingest turns the entries into
    documents, ``watch`` into pages to watch."""
    wide = wide_encoding(data)
    if wide is not None:  # UTF-16/32 without a byte-order mark: feedparser needs help
        data = _XML_ENCODING.sub(rb"\1", data.decode(wide).encode("utf-8"), count=1)
    is_json = data[:64].lstrip().startswith((b"{", b"["))
    return _json_feed(data, source) if is_json else _xml_feed(data, source)


def read_feed(
    data: bytes, source: str, fetcher: PoliteFetcher | None
) -> Iterator[Document | Rejected]:
    """Documents from a feed's entries; a feed that cannot be parsed is one Rejected."""
    feed = parse_feed(data, source)
    if isinstance(feed, Rejected):
        yield feed
        return
    base = source if urlsplit(source).scheme in ("http", "https") else feed.link
    for number, entry in enumerate(feed.entries, start=1):
        yield _document(entry, f"entry {number}", source, base, feed.outlet, fetcher)


def _document(
    entry: Entry,
    where: str,
    source: str,
    base: str,
    outlet: str | None,
    fetcher: PoliteFetcher | None,
) -> Document | Rejected:
    link = entry.link
    if link and base and not urlsplit(link).scheme:
        link = urljoin(base, link)  # "/news/ferry" in a feed of https://site/feed.xml
    html = entry.html
    try:
        if html and len(_TAG.sub(" ", html).split()) >= MIN_CONTENT_WORDS:
            doc = read_html(f"<html><body><article>{html}</article></body></html>", source, link)
        elif link and urlsplit(link).scheme not in ("http", "https"):
            return Rejected(source, where, f"a teaser whose link cannot be fetched ({link})")
        elif link and fetcher is not None:
            body, charset, final_url = fetcher.get(link)
            doc = read_html(decode(body, link, charset), link, final_url)
        else:
            return Rejected(source, where, "no content and no link to fetch")
    except InputError as exc:
        return Rejected(source, where, str(exc))
    doc.source = source
    doc.url = link or doc.url
    doc.title = entry.title or doc.title
    doc.outlet = outlet or doc.outlet  # the feed's own name beats a guess from the page
    doc.published = entry.published or doc.published
    doc.metadata["position"] = where
    return doc
