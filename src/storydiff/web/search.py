"""The web app's own file beside the store, ``NAME.db.search``: derived from the
store, rebuildable, never read by anything else.

The store is opened read-only by ``storydiff serve`` (an ingest or a watch may be
writing it), so what the app needs and the store lacks lives here:

- ``texts``: an SQLite FTS5 index of every text's headline and words (contentless:
  the store keeps the text), by text number;
- ``story_outlets`` and ``story_meta``: each story's outlets and sort key, so that an
  outlet's stories or the stories with fact changes page by keyset like the list;
- ``steps``: comparisons' facts the app worked out (the store's own cache, written
  by ``storydiff story``, is read first);
- ``meta``: the store it belongs to and how far it has read (text and sighting
  numbers).

It is brought up to date by number, a batch at a time, when ``serve`` starts and
every ``SEARCH_REFRESH_SECONDS``: texts and sightings the store gained since, and the
stories they touched. A store made anew (another store id) starts it over. Deleting
the file loses nothing.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from storydiff.config.web import CONNECTION_CACHE_MB, SEARCH_BATCH, SEARCH_SUFFIX
from storydiff.store import browse
from storydiff.store.connect import why_unwritable

log = logging.getLogger(__name__)

VERSION = "1"
"""The file's layout: another number and it is made again."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS story_meta (
    story INTEGER PRIMARY KEY, last_seen TEXT NOT NULL, size INTEGER NOT NULL,
    facts INTEGER);  -- fact changes shown in its timeline; NULL: not worked out yet
CREATE INDEX IF NOT EXISTS story_meta_facts
    ON story_meta(last_seen DESC, size DESC, story) WHERE facts > 0;
CREATE TABLE IF NOT EXISTS story_outlets (
    outlet TEXT NOT NULL, story INTEGER NOT NULL, last_seen TEXT NOT NULL,
    size INTEGER NOT NULL, PRIMARY KEY (outlet, story)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_outlets_recent
    ON story_outlets(outlet, last_seen DESC, size DESC, story);
CREATE TABLE IF NOT EXISTS steps (
    old TEXT NOT NULL, new TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (old, new, kind)) WITHOUT ROWID;
"""

_WORD = re.compile(r"\w+", re.UNICODE)


def match_query(text: str) -> tuple[str, list[str]]:
    """An FTS5 query that finds texts holding every word of ``text`` (each quoted:
    nothing a user types is read as FTS5 syntax), and the words."""
    words = [w.lower() for w in _WORD.findall(text)]
    words = list(dict.fromkeys(words))
    return " ".join(f'"{w}"' for w in words), words


@dataclass(slots=True)
class Coverage:
    """How far the index has read the store."""

    documents: int = 0
    sightings: int = 0


def _uri(path: Path, options: str) -> str:
    return f"file:{quote(str(path.absolute()))}?{options}"


class SearchIndex:
    """The file beside the store; ``problem`` says why there is none (the folder
    cannot be written), and then every search falls back (``web.reader``)."""

    def __init__(self, store_path: Path) -> None:
        self.path = Path(f"{store_path}{SEARCH_SUFFIX}")
        self.problem: str | None = None
        self._local = threading.local()
        self._pending: list[tuple[str, tuple[object, ...]]] = []
        self._pending_lock = threading.Lock()
        self.writer: sqlite3.Connection | None = None
        self.coverage = Coverage()
        self._sweep_from = 0
        folder_problem = why_unwritable(self.path)
        if folder_problem is not None:
            self.problem = f"{self.path} cannot be written: {folder_problem}"
            return
        try:
            self.writer = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.writer.execute("PRAGMA journal_mode = WAL")
            self.writer.execute("PRAGMA synchronous = NORMAL")
            self.writer.executescript(SCHEMA)
        except sqlite3.Error as exc:
            self.problem = f"{self.path} cannot be used: {exc}"
            self.writer = None

    @property
    def available(self) -> bool:
        return self.writer is not None

    # -- reading (any thread) -----------------------------------------------------

    def reader(self) -> sqlite3.Connection | None:
        """This thread's read-only connection, or None without the file."""
        if self.writer is None:
            return None
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(_uri(self.path, "mode=ro"), uri=True, isolation_level=None)
            db.execute("PRAGMA query_only = 1")
            db.execute(f"PRAGMA cache_size = -{CONNECTION_CACHE_MB * 1024}")
            self._local.db = db
        return db

    def step(self, old: str, new: str, kind: str) -> str | None:
        db = self.reader()
        if db is None:
            return None
        row = db.execute(
            "SELECT body FROM steps WHERE old = ? AND new = ? AND kind = ?", (old, new, kind)
        ).fetchone()
        return str(row[0]) if row else None

    def later(self, sql: str, args: tuple[object, ...]) -> None:
        """A write for the indexing thread to make (request threads never wait on it)."""
        if self.writer is not None:
            with self._pending_lock:
                self._pending.append((sql, args))

    def save_step(self, old: str, new: str, kind: str, body: str) -> None:
        self.later(
            "INSERT OR REPLACE INTO steps (old, new, kind, body) VALUES (?, ?, ?, ?)",
            (old, new, kind, body),
        )

    def record_facts(self, story: int, last_seen: str, size: int, facts: int) -> None:
        """That ``story`` (of this sort key) shows ``facts`` fact changes."""
        self.later(
            "INSERT INTO story_meta (story, last_seen, size, facts) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (story) DO UPDATE SET facts = excluded.facts"
            " WHERE story_meta.size = excluded.size",
            (story, last_seen, size, facts),
        )

    def matching(self, query: str, before: int | None, limit: int) -> list[int]:
        """Numbers of texts matching the FTS5 ``query``, newest first, below ``before``."""
        db = self.reader()
        if db is None:
            return []
        rows = db.execute(
            "SELECT rowid FROM texts WHERE texts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?",
            (query, before if before is not None else 2**62, limit),
        )
        return [int(r[0]) for r in rows]

    def keyed_page(
        self,
        table: str,
        where: str,
        args: Sequence[object],
        after: browse.Cursor | None,
        limit: int,
    ) -> list[int]:
        """Story numbers of ``story_outlets`` or ``story_meta`` rows matching ``where``,
        by the list's order, after ``after``."""
        db = self.reader()
        if db is None:
            return []
        conds, values = [where], list(args)
        if after is not None:
            conds.append(
                "last_seen <= ? AND (last_seen < ? OR size < ? OR (size = ? AND story > ?))"
            )
            values += [after.last_seen, after.last_seen, after.size, after.size, after.number]
        rows = db.execute(
            f"SELECT story FROM {table} WHERE {' AND '.join(conds)}"
            " ORDER BY last_seen DESC, size DESC, story LIMIT ?",
            [*values, limit],
        )
        return [int(r[0]) for r in rows]

    def outlets(self) -> list[tuple[str, int]]:
        """Every outlet known to the index and its stories."""
        db = self.reader()
        if db is None:
            return []
        rows = db.execute(
            "SELECT outlet, count(*) FROM story_outlets GROUP BY outlet ORDER BY outlet"
        )
        return [(str(o), int(n)) for o, n in rows]

    def facts_unknown(self, newest: int) -> list[int]:
        """Stories among the ``newest`` whose facts are not worked out yet."""
        db = self.reader()
        if db is None:
            return []
        rows = db.execute(
            "SELECT story FROM (SELECT story, facts FROM story_meta"
            " ORDER BY last_seen DESC, size DESC, story LIMIT ?) WHERE facts IS NULL",
            (newest,),
        )
        return [int(r[0]) for r in rows]

    def with_facts(self, stories: list[int]) -> set[int]:
        """Those of ``stories`` whose timeline is known to show fact changes."""
        db = self.reader()
        if db is None or not stories:
            return set()
        marks = ",".join("?" * len(stories))
        rows = db.execute(
            f"SELECT story FROM story_meta WHERE facts > 0 AND story IN ({marks})", stories
        )
        return {int(r[0]) for r in rows}

    def facts_known(self) -> int:
        db = self.reader()
        if db is None:
            return 0
        return int(
            db.execute("SELECT count(*) FROM story_meta WHERE facts IS NOT NULL").fetchone()[0]
        )

    # -- writing (the indexing thread only) ---------------------------------------

    def _meta(self, key: str) -> str | None:
        assert self.writer is not None
        row = self.writer.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        assert self.writer is not None
        self.writer.execute("BEGIN IMMEDIATE")
        try:
            yield self.writer
            self.writer.execute("COMMIT")
        except BaseException:
            self.writer.execute("ROLLBACK")
            raise

    def start(self, store_id: str) -> None:
        """Check that the file is this store's, of this layout; else start it over."""
        if self.writer is None:
            return
        if self._meta("store_id") != store_id or self._meta("version") != VERSION:
            with self._transaction() as w:
                for table in ("texts", "story_meta", "story_outlets", "steps", "meta"):
                    w.execute(f"DELETE FROM {table}")
                w.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("store_id", store_id), ("version", VERSION), ("documents", "0"),
                     ("sightings", "0")],
                )  # fmt: skip
        self.coverage = Coverage(
            int(self._meta("documents") or 0), int(self._meta("sightings") or 0)
        )

    def flush(self) -> int:
        """Make the writes request threads left (``later``); how many."""
        with self._pending_lock:
            pending, self._pending = self._pending, []
        if pending and self.writer is not None:
            with self._transaction() as w:
                for sql, args in pending:
                    w.execute(sql, args)
        return len(pending)

    def refresh(self, db: sqlite3.Connection) -> bool:
        """Read one batch of what the store gained (``db``: a read connection to it);
        False when there was nothing left to read."""
        if self.writer is None:
            return False
        cov = self.coverage
        docs = browse.new_documents(db, cov.documents, SEARCH_BATCH)
        story = browse.stories_of(db, [n for n, _, _ in docs])
        # A text stored but not linked yet (an ingest between its two transactions)
        # has no story: stop before it, and read it again next time.
        ready = []
        for doc in docs:
            if doc[0] not in story:
                break
            ready.append(doc)
        last = ready[-1][0] if ready else cov.documents
        seen = []  # sightings of texts read so far, in order (the rest wait their texts)
        for sighting in browse.new_sightings(db, cov.sightings, SEARCH_BATCH * 4):
            if sighting[1] > last:
                break
            seen.append(sighting)
        touched = {story[n] for n, _, _ in ready}
        touched |= set(browse.stories_of(db, {d for _, d in seen}).values())
        if not ready and not seen:
            return False
        rows = browse.stories_by_number(db, touched)
        outlets = browse.outlets_of(db, touched)
        with self._transaction() as w:
            w.executemany(
                "INSERT OR REPLACE INTO texts (rowid, title, body) VALUES (?, ?, ?)",
                [(n, title or "", text) for n, title, text in ready],
            )
            self._write_stories(w, touched, rows, outlets)
            cov.documents = ready[-1][0] if ready else cov.documents
            cov.sightings = seen[-1][0] if seen else cov.sightings
            w.executemany(
                "UPDATE meta SET value = ? WHERE key = ?",
                [(str(cov.documents), "documents"), (str(cov.sightings), "sightings")],
            )
        return True

    @staticmethod
    def _write_stories(
        w: sqlite3.Connection,
        touched: set[int],
        rows: dict[int, browse.Listed],
        outlets: dict[int, list[str]],
    ) -> None:
        keys = [(s,) for s in touched]
        w.executemany("DELETE FROM story_outlets WHERE story = ?", keys)
        w.executemany(
            "INSERT INTO story_meta (story, last_seen, size, facts) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (story) DO UPDATE SET last_seen = excluded.last_seen,"
            " facts = CASE WHEN size = excluded.size THEN facts ELSE excluded.facts END,"
            " size = excluded.size",
            # one text: no step, no fact change; more: not worked out yet
            [(s, r.last_seen or "", r.size, 0 if r.size == 1 else None) for s, r in rows.items()],
        )
        w.executemany(
            "INSERT OR REPLACE INTO story_outlets VALUES (?, ?, ?, ?)",
            [
                (outlet, s, r.last_seen or "", r.size)
                for s, r in rows.items()
                for outlet in outlets.get(s, [])
            ],
        )

    def sweep(self, db: sqlite3.Connection, count: int = 5_000) -> None:
        """Forget up to ``count`` stories (in turn) that the store no longer has: a
        story merged into another goes, and the other is written again."""
        if self.writer is None:
            return
        ids = [
            int(r[0])
            for r in self.writer.execute(
                "SELECT story FROM story_meta WHERE story > ? ORDER BY story LIMIT ?",
                (self._sweep_from, count),
            )
        ]
        self._sweep_from = ids[-1] if len(ids) == count else 0
        gone = set(ids) - set(browse.stories_by_number(db, ids))
        if gone:
            with self._transaction() as w:
                w.executemany("DELETE FROM story_meta WHERE story = ?", [(s,) for s in gone])
                w.executemany("DELETE FROM story_outlets WHERE story = ?", [(s,) for s in gone])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
