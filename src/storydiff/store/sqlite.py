"""The embedded store: one SQLite file (WAL), written in one transaction per batch.

Writes are idempotent: a text is inserted once by its content hash and a sighting
once by (text, URL, source, position), so an ingest that was killed at any point and
is run again ends with exactly the rows an uninterrupted run would have. Two ingests
into the same file at once are serialised by SQLite's lock (each waits up to
``busy_timeout``), and neither loses anything.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from storydiff.config import BUSY_TIMEOUT_MS, CACHE_MB, CACHE_WAIT_MS, CHECKPOINT_PAGES
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.store.connect import (
    connect_for_reading,
    connect_for_writing,
    why_unwritable,
    write_error,
)
from storydiff.store.documents import DocumentQueries
from storydiff.store.rows import (
    BatchResult,
    LinkRow,
    Seen,
    Sighting,
    StoryRow,
    pack,
    seen_in,
    sighting_fields,
    unpack,
)
from storydiff.store.schema import APPLICATION_ID, LATEST, MIGRATIONS
from storydiff.store.stories import StoryQueries

__all__ = [
    "BatchResult",
    "LinkRow",
    "Seen",
    "Sighting",
    "Store",
    "StoryRow",
    "pack",
    "seen_in",
    "sighting_fields",
    "unpack",
]

_INSERT_DOCUMENT = (
    "INSERT INTO documents (number, id, text, title, language, words, added)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_SIGHTING = (
    "INSERT OR IGNORE INTO sightings"
    " (document, url, source, position, outlet, published, retrieved, metadata)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class Store(DocumentQueries, StoryQueries):
    """A storydiff database file: opening (schema checks, migrations), transactions
    and writes here; its queries of texts and sightings are ``DocumentQueries``
    (``store/documents``), of links and stories ``StoryQueries`` (``store/stories``)."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        """Open the store at ``path`` for writing (made when missing and ``create``),
        or for reading only (``readonly``: it may lie where this user cannot write,
        ``store.connect``). A store of an older schema is brought up to date first,
        which needs it to be writable."""
        self.path = Path(path)
        self.readonly = readonly
        self.immutable = False
        self._cache: sqlite3.Connection | None = None
        self._cache_tried = False
        try:
            if readonly:
                self.db, self.immutable = connect_for_reading(self.path)
                self._check_schema()
                return
            self.db = connect_for_writing(self.path, create)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._check_and_migrate()
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            self.db.execute("PRAGMA foreign_keys = ON")
            # A larger page cache: the id, sighting and story indexes take random
            # inserts, and with SQLite's 2 MB default a store of a million texts waits
            # on the disk for each.
            self.db.execute(f"PRAGMA cache_size = -{CACHE_MB * 1024}")
        except sqlite3.OperationalError as exc:
            raise write_error(self.path, exc) from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a storydiff store ({exc})", "give another --db path"
            ) from exc

    def _check_schema(self) -> None:
        """Refuse a file that is not a store, or of another schema, for reading; a store
        of an older schema is upgraded when this user can write it."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version < LATEST and why_unwritable(self.path) is None:
            self.db.close()
            Store(self.path, create=False).close()  # migrates
            self.db, self.immutable = connect_for_reading(self.path)
        self._check_and_migrate()
        self.db.execute(f"PRAGMA cache_size = -{CACHE_MB * 1024}")

    def _check_and_migrate(self) -> None:
        app = self.db.execute("PRAGMA application_id").fetchone()[0]
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app != APPLICATION_ID and (app != 0 or tables):
            raise StoreError(
                f"{self.path}: is a SQLite database but not a storydiff store",
                "give another --db path",
            )
        if version > LATEST:
            raise StoreError(
                f"{self.path}: was written by a newer storydiff"
                f" (schema {version}, this one knows {LATEST})",
                "upgrade storydiff",
            )
        if version == LATEST:
            return
        if self.readonly:
            raise StoreError(
                f"{self.path}: was written by an older storydiff (schema {version}) and"
                f" must be upgraded, but {why_unwritable(self.path)}",
                "open it once where it can be written (storydiff ingest --db)",
            )
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[
                0
            ]  # another writer may have won
            for number in range(version, LATEST):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number + 1}")
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- writing -------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; inside another it joins it (the outer one commits).
        A write that fails in SQLite (a full disk, a store held too long by another
        process) is rolled back and raised as a ``StoreError`` naming the file."""
        if self.db.in_transaction:
            yield
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # SQLite may have rolled it back itself
                    self.db.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise write_error(self.path, exc) from exc

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one state of the store, whatever a writer commits meanwhile."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def add(
        self,
        documents: Iterable[Document],
        words: Mapping[str, int] | None = None,
        packed: Mapping[str, bytes] | None = None,
        fields: Sequence[tuple[object, ...]] | None = None,
    ) -> BatchResult:
        """Add a batch of documents and their sightings in one transaction. New texts
        are numbered in the order given; ``words`` may give their word counts,
        ``packed`` their compressed text (``pack``), by id, and ``fields`` each
        document's ``sighting_fields``."""
        docs = list(documents)
        if fields is None:
            fields = [sighting_fields(d) for d in docs]
        result = BatchResult()
        now = datetime.now(UTC).isoformat()
        with self.transaction():
            known = self.numbers_by_id(sorted({d.id for d in docs}))
            fresh = {d.id for d in docs} - set(known)
            number = self.max_number()
            rows, sightings, again = [], [], []
            for doc, where in zip(docs, fields, strict=True):
                if doc.id in fresh:
                    fresh.discard(doc.id)
                    number += 1
                    count = words[doc.id] if words and doc.id in words else len(doc.text.split())
                    blob = packed[doc.id] if packed and doc.id in packed else self.pack(doc.text)
                    rows.append((number, doc.id, blob, doc.title, doc.language, count, now))
                    result.numbered.append((number, doc))
                    sightings.append((number, *where))
                    known[doc.id] = number
                else:
                    again.append((doc, where))
            self.db.executemany(_INSERT_DOCUMENT, rows)
            self.db.executemany(_INSERT_SIGHTING, sightings)
            result.new, result.known, result.sightings = len(rows), len(again), len(sightings)
            for doc, where in again:  # a text seen before: is this sighting new?
                cur = self.db.execute(_INSERT_SIGHTING, (known[doc.id], *where))
                if cur.rowcount:
                    result.sightings += 1
                    result.seen_again.append(doc.id)
        return result

    def pack(self, text: str) -> bytes:
        """A text as the store keeps it."""
        return pack(text)

    def save_step(self, old: str, new: str, kind: str, body: str) -> None:
        """Cache a step, if the store can be written (a read-only store is written
        through a second connection when this user may write it); busy or read-only,
        the cache stays cold."""
        db = self._cache_db()
        if db is None:
            return
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute(
                "INSERT OR REPLACE INTO steps (old, new, kind, body) VALUES (?, ?, ?, ?)",
                (old, new, kind, body),
            )

    def _cache_db(self) -> sqlite3.Connection | None:
        if not self.readonly:
            return self.db
        if not self._cache_tried:
            self._cache_tried = True
            if not self.immutable and why_unwritable(self.path) is None:
                with contextlib.suppress(sqlite3.Error):
                    self._cache = connect_for_writing(self.path, create=False)
                    self._cache.execute(f"PRAGMA busy_timeout = {CACHE_WAIT_MS}")
                    self._cache.execute("PRAGMA synchronous = NORMAL")  # as the writer's
        return self._cache

    def save_links_and_stories(
        self,
        links: list[LinkRow],
        members: dict[int, tuple[int, int]],
        dropped: set[int],
        stories: list[StoryRow],
    ) -> None:
        """In one transaction: add verified links, set texts' component and story,
        replace the rows of stories that changed."""
        with self.transaction():
            self.db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?)", links)
            self.db.executemany(
                "INSERT OR REPLACE INTO members (document, component, story) VALUES (?, ?, ?)",
                [(n, c, st) for n, (c, st) in members.items()],
            )
            self.db.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in dropped])
            self.db.executemany(
                "INSERT OR REPLACE INTO stories (id, size, first_seen, last_seen, title)"
                " VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.size, r.first_seen, r.last_seen, r.title) for r in stories],
            )

    # -- closing -------------------------------------------------------------------

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
