"""The watcher's state in the store (migration 5): the URLs watched, with their
validators, schedule and last version; each URL's versions in order; and events,
unique by key so a restart never repeats one.

Every write here joins the caller's transaction (``Store.transaction``): the watcher
stores a version, its event and the URL's new state in one, so a kill at any moment
leaves all of a step or none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields

from storydiff.store.rows import pack, unpack
from storydiff.store.sqlite import Store

CHECKED = "('active', 'removed', 'failing', 'forbidden')"
"""The states of URLs that are checked when due: a forbidden URL too, when robots.txt
is read again (``next_check``), since the site may allow it by then; only stopped
URLs wait for their watch list to name them again."""


@dataclass(slots=True)
class WatchedUrl:
    """One row of ``watch_urls``."""

    url: str
    kind: str
    """"feed" or "page"."""
    entry: str
    outlet: str | None
    first_seen: float
    next_check: float
    last_check: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    stamp: str | None = None
    version: str | None = None
    seq: int = 0
    raw: str | None = None
    fails: int = 0
    last_status: int | None = None
    state: str = "active"
    settings: str | None = None
    """A watch-list entry's settings (JSON: interval, selector, ignore...), so runs
    without the list keep them; None for pages found in a feed."""


_COLUMNS = [f.name for f in fields(WatchedUrl)]


@dataclass(slots=True)
class EventRow:
    """One row of ``watch_events``."""

    id: int
    key: str
    kind: str
    url: str
    outlet: str | None
    story: int | None
    seen: float
    old: str | None
    new: str | None
    significance: str
    body: str
    emitted: int


def _row(values: sqlite3.Row | tuple[object, ...]) -> WatchedUrl:
    data = dict(zip(_COLUMNS, values, strict=True))
    raw = data["raw"]
    data["raw"] = unpack(raw) if isinstance(raw, bytes) else None
    return WatchedUrl(**data)


class WatchQueries:
    """Reads and writes of the watch tables of one open ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # -- URLs ----------------------------------------------------------------------

    def get(self, url: str) -> WatchedUrl | None:
        row = self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM watch_urls WHERE url = ?", (url,)
        ).fetchone()
        return _row(row) if row else None

    def add_url(self, row: WatchedUrl) -> bool:
        """Watch a URL not watched yet; False when it already is (its state is kept)."""
        values = [getattr(row, c) for c in _COLUMNS]
        values[_COLUMNS.index("raw")] = pack(row.raw) if row.raw is not None else None
        cur = self.db.execute(
            f"INSERT OR IGNORE INTO watch_urls ({', '.join(_COLUMNS)})"
            f" VALUES ({', '.join('?' for _ in _COLUMNS)})",
            values,
        )
        return cur.rowcount > 0

    def save(self, row: WatchedUrl, raw: bool = False) -> None:
        """Write back the fields of a watched URL (its last text too when ``raw``: it is
        compressed, and most checks leave it as it was)."""
        names = [c for c in _COLUMNS[1:] if raw or c != "raw"]
        values = [getattr(row, c) for c in names]
        if raw:
            values[names.index("raw")] = pack(row.raw) if row.raw is not None else None
        sets = ", ".join(f"{c} = ?" for c in names)
        self.db.execute(f"UPDATE watch_urls SET {sets} WHERE url = ?", [*values, row.url])

    def due(self, now: float, limit: int = 100) -> list[WatchedUrl]:
        """Active URLs whose next check is at or before ``now``, earliest first (feeds
        before pages at the same time, then by URL: one order for every run)."""
        rows = self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM watch_urls"
            f" WHERE state IN {CHECKED} AND next_check <= ?"
            " ORDER BY next_check, kind, url LIMIT ?",
            (now, limit),
        ).fetchall()
        return [_row(r) for r in rows]

    def next_due(self) -> float | None:
        row = self.db.execute(
            f"SELECT min(next_check) FROM watch_urls WHERE state IN {CHECKED}"
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def entries(self) -> Iterator[WatchedUrl]:
        """The watch-list entries (URLs with settings)."""
        cur = self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM watch_urls WHERE settings IS NOT NULL"
        )
        for row in cur:
            yield _row(row)

    def all_urls(self) -> Iterator[WatchedUrl]:
        cur = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM watch_urls ORDER BY url")
        for row in cur:
            yield _row(row)

    def lines(self) -> Iterator[tuple[str, str, str]]:
        """(host, shape, URL) of every short line's shape a page showed."""
        yield from self.db.execute("SELECT host, key, url FROM watch_lines")

    def add_lines(self, host: str, keys: list[str], url: str) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO watch_lines (host, key, url) VALUES (?, ?, ?)",
            [(host, k, url) for k in keys],
        )

    # -- versions ------------------------------------------------------------------

    def add_version(self, url: str, seq: int, document: str, seen: float) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO watch_versions (url, seq, document, seen) VALUES (?, ?, ?, ?)",
            (url, seq, document, seen),
        )

    def add_event(
        self,
        key: str,
        kind: str,
        url: str,
        outlet: str | None,
        story: int | None,
        seen: float,
        old: str | None,
        new: str | None,
        significance: str,
        body: str,
    ) -> int | None:
        """Record an event; None when one with this key exists already."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO watch_events"
            " (key, kind, url, outlet, story, seen, old, new, significance, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, kind, url, outlet, story, seen, old, new, significance, body),
        )
        return cur.lastrowid if cur.rowcount else None

    def events(
        self,
        *,
        pending: bool = False,
        story: int | None = None,
        outlet: str | None = None,
        limit: int | None = None,
        levels: tuple[str, ...] | None = None,
        before: int | None = None,
    ) -> list[EventRow]:
        """Events, newest first (``pending``: those not given to the outputs yet,
        oldest first); ``before``: only those older than that event's id (a page
        after the one that ended there)."""
        where: list[str] = []
        args: list[object] = []
        if before is not None:
            where.append("id < ?")
            args.append(before)
        if levels is not None:
            where.append(f"significance IN ({', '.join('?' for _ in levels)})")
            args += levels
        if pending:
            where.append("emitted = 0")
        if story is not None:
            where.append("story = ?")
            args.append(story)
        if outlet is not None:
            where.append("outlet = ?")
            args.append(outlet)
        sql = "SELECT * FROM watch_events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id" if pending else " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [EventRow(*row) for row in self.db.execute(sql, args).fetchall()]

    def mark_emitted(self, ids: list[int]) -> None:
        with self.store.transaction():
            self.db.executemany(
                "UPDATE watch_events SET emitted = 1 WHERE id = ?", [(i,) for i in ids]
            )

    def story_of_document(self, document: str) -> int | None:
        row = self.db.execute(
            "SELECT m.story FROM documents d JOIN members m ON m.document = d.number"
            " WHERE d.id = ?",
            (document,),
        ).fetchone()
        return int(row[0]) if row else None

    def summary(self) -> dict[str, int]:
        """URLs by kind and state, and events."""
        out: dict[str, int] = {}
        for kind, state, n in self.db.execute(
            "SELECT kind, state, count(*) FROM watch_urls GROUP BY kind, state"
        ):
            out[f"{kind}s {state}"] = int(n)
        out["events"] = int(self.db.execute("SELECT count(*) FROM watch_events").fetchone()[0])
        return out


def versions_of(queries: WatchQueries, url: str) -> list[tuple[int, str, float]]:
    """(seq, document id, time seen) of every version ``url`` showed, in order."""
    rows = queries.db.execute(
        "SELECT seq, document, seen FROM watch_versions WHERE url = ? ORDER BY seq", (url,)
    ).fetchall()
    return [(int(s), str(d), float(t)) for s, d, t in rows]
