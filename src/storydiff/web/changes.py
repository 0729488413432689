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


@dataclass(slots=True)
class Event:
    id: int
    kind: str
    url: str
    outlet: str | None
    story: str | None
    """The story's id, when the event has one."""
    seen: str
    old: str | None
    new: str | None
    significance: str
    body: dict[str, Any]


@dataclass(slots=True)
class Events:
    events: list[Event]
    next: str | None
    available: bool
    notes: list[str] = field(default_factory=list)


def page(reader: Reader, after: str, limit: int) -> Events:
    """A page of events, newest first; ``after``: the id of the last one seen."""
    db = reader.db
    if not browse.has_table(db, EVENTS):
        return Events([], None, False, ["no watch has written to this store (storydiff watch)"])
    last = browse.counting(after) if after else 2**62
    if last is None:
        raise BadRequestError(f"after={after!r} is not an event number")
    rows = db.execute(
        f"SELECT id, kind, url, outlet, story, seen, old, new, significance, body FROM {EVENTS}"
        " WHERE id < ? ORDER BY id DESC LIMIT ?",
        (last, limit + 1),
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    ids = reader.store().ids_by_number({r[4] for r in rows if r[4] is not None})
    events = []
    for r in rows:
        try:
            body = json.loads(r[9])
        except ValueError:
            body = {}
        seen = datetime.fromtimestamp(float(r[5]), UTC).isoformat(timespec="seconds")
        events.append(
            Event(int(r[0]), str(r[1]), str(r[2]), r[3], ids.get(r[4]), seen, r[6], r[7],
                  str(r[8]), body if isinstance(body, dict) else {})
        )  # fmt: skip
    return Events(events, str(rows[-1][0]) if more else None, True)
