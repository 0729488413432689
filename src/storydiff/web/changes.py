"""Outlets, and the changes ``storydiff watch`` recorded (its ``watch_events``
table, schema migration 5: read only when the store has it)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from storydiff.errors import BadRequestError
from storydiff.store import browse
from storydiff.store.watch import EventRow, WatchQueries
from storydiff.web.reader import Reader

EVENTS = "watch_events"
_outlets_cache: dict[str, tuple[float, list[tuple[str, int]]]] = {}


def outlets(reader: Reader) -> tuple[list[tuple[str, int]], list[str]]:
    """Every outlet and its stories (from the search index), or without it its texts
    (a scan of every sighting, kept a minute)."""
    if reader.search.available:
        notes = []
        if reader.search.coverage.documents < reader.store().max_number():
            notes.append("the search index is still reading the store: counts will grow")
        return reader.search.outlets(), notes
    key = str(reader.path)
    cached = _outlets_cache.get(key)
    if cached is None or time.monotonic() - cached[0] > 60:
        cached = _outlets_cache[key] = (time.monotonic(), browse.all_outlets(reader.db))
    return cached[1], [f"texts, not stories, are counted: {reader.search.problem}"]


def event_json(row: EventRow, stories: dict[int, str]) -> dict[str, Any]:
    """An event as the API and the changes page show it: its story by id
    (``stories``: story number to id), its time in ISO 8601 and its body parsed."""
    try:
        body = json.loads(row.body)
    except ValueError:
        body = {}
    story = stories.get(row.story) if row.story is not None else None
    return {
        "id": row.id,
        "kind": row.kind,
        "url": row.url,
        "outlet": row.outlet,
        "story": story,
        "seen": datetime.fromtimestamp(float(row.seen), UTC).isoformat(timespec="seconds"),
        "old": row.old,
        "new": row.new,
        "significance": row.significance,
        "body": body if isinstance(body, dict) else {},
    }


@dataclass(slots=True)
class Events:
    events: list[dict[str, Any]]
    """``event_json`` of each."""
    next: str | None
    available: bool
    notes: list[str] = field(default_factory=list)


def page(reader: Reader, after: str, limit: int) -> Events:
    """A page of events, newest first; ``after``: the id of the last one seen."""
    if not browse.has_table(reader.db, EVENTS):
        return Events([], None, False, ["no watch has written to this store (storydiff watch)"])
    last = browse.counting(after) if after else None
    if after and last is None:
        raise BadRequestError(f"after={after!r} is not an event number")
    store = reader.store()
    rows = WatchQueries(store).events(limit=limit + 1, before=last)
    more = len(rows) > limit
    rows = rows[:limit]
    stories = store.ids_by_number({r.story for r in rows if r.story is not None})
    events = [event_json(r, stories) for r in rows]
    return Events(events, str(rows[-1].id) if more else None, True)
