"""Atom feeds of changes (feedgen): one for everything, one per story, one per outlet,
in a folder; and the one Atom writer, which ``serve``'s ``/changes.atom`` uses too.
Each entry carries the fact changes and a short redline as HTML; every piece of text
from a page is escaped, and only http(s) URLs become links. Entry ids: ``entry_id``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from storydiff.config import ATOM_ENTRIES
from storydiff.errors import MissingExtraError, OutputError
from storydiff.store.watch import EventRow, WatchQueries

_SLUG = re.compile(r"[^a-z0-9]+")
_KIND = {
    "changed": "changed",
    "flipflop": "changed back",
    "removed": "was removed",
    "restored": "is back",
    "truncated": "was cut short",
}


def slug(name: str) -> str:
    """A file-name-safe name; a hash keeps distinct names apart.

    Examples:
        >>> slug("Fenwick Gazette")[:16]
        'fenwick-gazette-'
    """
    base = _SLUG.sub("-", name.casefold()).strip("-")[:40] or "outlet"
    return f"{base}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"


def _http(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def entry_html(body: dict[str, Any]) -> str:
    """An event as HTML: what changed as facts, then the redline. Escaped throughout."""
    parts = [f"<p>{escape(body.get('note') or '')}</p>"] if body.get("note") else []
    changes = body.get("changes") or []
    if changes:
        items = "".join(f"<li>{escape(c['kind'])}: {escape(c['text'])}</li>" for c in changes)
        parts.append(f"<ul>{items}</ul>")
    pieces = []
    for piece in body.get("redline") or []:
        text = escape(piece["text"])
        op = piece["op"]
        pieces.append(
            f"<del>{text}</del>" if op == "del" else f"<ins>{text}</ins>" if op == "ins" else text
        )
    if pieces:
        parts.append(f"<p>{''.join(pieces)}</p>")
    url = _http(body.get("url"))
    if url:
        parts.append(f'<p><a href="{escape(url)}">{escape(url)}</a></p>')
    return "".join(parts)


def entry_id(row: EventRow) -> str:
    """An event's Atom entry id: ``urn:storydiff:event:`` and the first 32 hex digits
    of the SHA-256 of its key, old and new document ids (one per line). The same in
    every feed that carries the event (the files ``watch`` writes, ``serve``'s
    ``/changes.atom``) and on every rewrite of them, since the key is what makes an
    event unique in the store; it is not the row number, which another store gives
    to another event."""
    text = "\n".join((row.key, row.old or "", row.new or ""))
    return f"urn:storydiff:event:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


def _article(row: EventRow) -> str | None:
    return _http(row.url)


def atom_feed(
    title: str,
    feed_id: str,
    events: list[EventRow],
    link: Callable[[EventRow], str | None] = _article,
    home: str | None = None,
    alternate: str | None = None,
) -> bytes:
    """One Atom feed of ``events`` (newest first): each entry's id is ``entry_id``,
    its link ``link(event)`` (by default the page that changed, when it is http(s)),
    its content the event's fact changes and redline (``entry_html``). ``home``: the
    feed's own address, when it is served; ``alternate``: the page it is a feed of."""
    try:
        from feedgen.feed import FeedGenerator
    except ImportError as exc:
        raise MissingExtraError("watch", "feedgen (for Atom feeds of changes)") from exc
    fg = FeedGenerator()
    fg.id(feed_id)
    fg.title(title)
    fg.generator("storydiff")
    if home:
        fg.link(href=home, rel="self")
    if alternate:
        fg.link(href=alternate, rel="alternate")
    fg.updated(datetime.fromtimestamp(events[0].seen, UTC) if events else datetime.now(UTC))
    for row in reversed(events):  # feedgen puts the last added first
        try:
            body = orjson.loads(row.body)
        except orjson.JSONDecodeError:
            body = {}
        body = body if isinstance(body, dict) else {}
        entry = fg.add_entry()
        entry.id(entry_id(row))
        headline = body.get("title") or row.url
        stealth = ", stealth edit" if body.get("stealth") is True else ""
        entry.title(f"{headline} {_KIND.get(row.kind, row.kind)} ({row.significance}{stealth})")
        entry.updated(datetime.fromtimestamp(row.seen, UTC))
        href = link(row)
        if href:
            entry.link(href=href)
        entry.content(entry_html(body), type="html")
        if row.outlet:
            entry.author(name=row.outlet)
    made: bytes = fg.atom_str(pretty=True)
    return made


def write_feed(path: Path, title: str, feed_id: str, events: list[EventRow]) -> None:
    """Write one Atom feed of ``events`` (newest first) to ``path``, atomically."""
    body = atom_feed(title, feed_id, events)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(body)
        tmp.replace(path)
    except OSError as exc:
        raise OutputError(str(path), f"cannot be written ({exc.strerror or exc})") from exc


def write_feeds(
    queries: WatchQueries,
    folder: Path,
    stories: set[int],
    outlets: set[str],
    limit: int = ATOM_ENTRIES,
    levels: tuple[str, ...] | None = None,
) -> list[Path]:
    """Rewrite the global feed (``changes.atom``) and those of the stories and outlets
    given (``story-ID.atom``, ``outlet-NAME.atom``), with the events of ``levels`` of
    significance (all when None); the paths written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(folder), f"cannot be made ({exc.strerror or exc})") from exc
    written = []
    base = "urn:storydiff:watch"
    path = folder / "changes.atom"
    write_feed(path, "storydiff: changes", base, queries.events(limit=limit, levels=levels))
    written.append(path)
    for story in sorted(stories):
        path = folder / f"story-{story}.atom"
        events = queries.events(story=story, limit=limit, levels=levels)
        write_feed(path, f"storydiff: changes in story {story}", f"{base}:story:{story}", events)
        written.append(path)
    for outlet in sorted(outlets):
        path = folder / f"outlet-{slug(outlet)}.atom"
        events = queries.events(outlet=outlet, limit=limit, levels=levels)
        write_feed(path, f"storydiff: changes at {outlet}", f"{base}:outlet:{slug(outlet)}", events)
        written.append(path)
    return written
