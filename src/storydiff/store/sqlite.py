"""The embedded store: one SQLite file (WAL), written in one transaction per batch.

Writes are idempotent: a text is inserted once by its content hash and a sighting
once by (text, URL, source, position), so an ingest that was killed at any point and
is run again ends with exactly the rows an uninterrupted run would have. Two ingests
into the same file at once are serialised by SQLite's lock (each waits up to
``busy_timeout``), and neither loses anything.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import zstandard

from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.store.schema import APPLICATION_ID, LATEST, MIGRATIONS

BUSY_TIMEOUT_MS = 60_000
CACHE_MB = 256
"""SQLite's page cache per connection (allocated as used)."""
CHECKPOINT_PAGES = 16_384
"""The log is copied into the database (and synced) when it holds this many pages
(64 MB) rather than SQLite's 1,000: an index page that every batch touches is then
written once per checkpoint instead of once per batch."""
_INSERT_DOCUMENT = (
    "INSERT INTO documents (number, id, text, title, language, words, added)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
ZSTD_LEVEL = 1
"""Texts are compressed with zstd at level 1: on 3 KB news articles 4x faster than zlib
at level 1 for the same size (about 45%). Texts of schema 1 stores stay zlib."""
_per_thread = threading.local()
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def pack(text: str) -> bytes:
    """A text as the store keeps it: zstd-compressed UTF-8."""
    compressor = getattr(_per_thread, "zstd", None)
    if compressor is None:  # a compressor must not be shared between threads
        compressor = _per_thread.zstd = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
    return bytes(compressor.compress(text.encode("utf-8")))


def unpack(blob: bytes) -> str:
    """A stored text, from zstd (since schema 2) or zlib (schema 1)."""
    if blob[:4] == _ZSTD_MAGIC:
        return zstandard.ZstdDecompressor().decompress(blob).decode("utf-8")
    return zlib.decompress(blob).decode("utf-8")


def sighting_fields(doc: Document) -> tuple[object, ...]:
    """A sighting's row but for the text's number (``Store.add`` takes them made
    in advance, by the reading side of an ingest)."""
    extra = {k: v for k, v in doc.metadata.items() if k != "position"}
    return (
        doc.url or "", doc.source or "", str(doc.metadata.get("position", "")),
        doc.outlet, _iso(doc.published), _iso(doc.retrieved),
        json.dumps(extra, default=str) if extra else None,
    )  # fmt: skip


def seen_in(
    docs: Sequence[Document], fields: Sequence[tuple[object, ...]], numbers: Mapping[str, int]
) -> Seen:
    """``Store.seen`` of texts the store has just been given, from the documents and
    their ``sighting_fields``: for each text numbered in ``numbers``, the times of its
    sightings (each sighting once, as the store keeps it) and its first document's
    title."""
    out: Seen = {}
    keys: set[tuple[object, ...]] = set()
    for doc, (url, source, position, _, published, retrieved, _) in zip(docs, fields, strict=True):
        number = numbers.get(doc.id)
        if number is None:
            continue
        times, _ = out.setdefault(number, ([], doc.title))
        if (key := (number, url, source, position)) not in keys:
            keys.add(key)
            times += [str(t) for t in (published, retrieved) if t]
    return out


_INSERT_SIGHTING = (
    "INSERT OR IGNORE INTO sightings"
    " (document, url, source, position, outlet, published, retrieved, metadata)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


Seen = dict[int, tuple[list[str], str | None]]
"""For texts by number: the publication and retrieval times of their sightings (ISO
8601), and their title."""
LinkRow = tuple[int, int, int, float, float, float, float | None]
"""A verified link: a, b (numbers, a < b), shingles shared, containment of a in b and
of b in a, Jaccard, body containment (shared text on prose lines; None if not
measured)."""


@dataclass(slots=True, frozen=True)
class Sighting:
    """Where and when a text was seen."""

    document: str
    url: str = ""
    source: str = ""
    position: str = ""
    outlet: str | None = None
    published: str | None = None
    retrieved: str | None = None


@dataclass(slots=True, frozen=True)
class StoryRow:
    """A row of the stories table."""

    id: int
    size: int
    first_seen: str | None
    last_seen: str | None
    title: str | None


def _chunks(items: list[Any], size: int = 30_000) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@dataclass(slots=True)
class BatchResult:
    new: int = 0
    """Texts the store had not seen."""
    known: int = 0
    """Texts it had (their sightings are still recorded)."""
    sightings: int = 0
    """Sightings added."""
    numbered: list[tuple[int, Document]] = field(default_factory=list)
    """The new texts with the numbers they were given."""
    seen_again: list[str] = field(default_factory=list)
    """Ids of known texts that gained a sighting."""


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


class Store:
    """A storydiff database file."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such store", "run storydiff ingest first")
        try:
            self.db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
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
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a storydiff store ({exc})", "give another --db path"
            ) from exc

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
        """One write transaction; inside another it joins it (the outer one commits)."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

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

    # -- reading -------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        docs = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        sightings = self.db.execute("SELECT count(*) FROM sightings").fetchone()[0]
        return {"documents": docs, "sightings": sightings}

    def document(self, doc_id: str) -> Document:
        row = self.db.execute(
            "SELECT id, text, title, language, number FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise StoreError(
                f"no document {doc_id} in {self.path}", "list them with storydiff stories"
            )
        first = self.db.execute(
            "SELECT url, source, outlet, published, retrieved FROM sightings WHERE document = ?"
            " ORDER BY coalesce(published, retrieved, ''), id LIMIT 1",
            (row[4],),
        ).fetchone()
        url, source, outlet, published, retrieved = first or ("", "", None, None, None)
        return Document(
            text=unpack(row[1]),
            title=row[2],
            url=url or None,
            source=source or None,
            outlet=outlet,
            published=datetime.fromisoformat(published) if published else None,
            retrieved=datetime.fromisoformat(retrieved) if retrieved else None,
            language=row[3],
            id=row[0],
        )

    def texts(self) -> Iterator[tuple[str, str, str | None, str | None]]:
        """Every stored text: (id, text, title, language), in id order."""
        for doc_id, packed, title, language in self.db.execute(
            "SELECT id, text, title, language FROM documents ORDER BY id"
        ):
            yield doc_id, unpack(packed), title, language

    def sightings(self) -> Iterator[Sighting]:
        columns = "d.id, s.url, s.source, s.position, s.outlet, s.published, s.retrieved"
        for row in self.db.execute(
            f"SELECT {columns} FROM sightings s JOIN documents d ON d.number = s.document"
            " ORDER BY s.id"
        ):
            yield Sighting(*row)

    # -- numbers, links, stories ---------------------------------------------------

    def store_id(self) -> str:
        """A random id made with the store: the index beside it must carry the same."""
        return str(self.db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0])

    def max_number(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(number), 0) FROM documents").fetchone()[0])

    def texts_by_number(self, numbers: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in _chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, packed in self.db.execute(
                f"SELECT number, text FROM documents WHERE number IN ({marks})", chunk
            ):
                out[number] = unpack(packed)
        return out

    def numbered_texts(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Texts numbered ``lo`` to ``hi``, in number order."""
        rows = self.db.execute(
            "SELECT number, text FROM documents WHERE number BETWEEN ? AND ? ORDER BY number",
            (lo, hi),
        )
        return [(n, unpack(packed)) for n, packed in rows]

    def ids_by_number(self, numbers: Iterable[int]) -> dict[int, str]:
        return self._pairs("SELECT number, id FROM documents WHERE number IN ({})", numbers)

    def numbers_by_id(self, ids: Iterable[str]) -> dict[str, int]:
        return self._pairs("SELECT id, number FROM documents WHERE id IN ({})", ids)

    def _pairs(self, query: str, keys: Iterable[Any]) -> dict[Any, Any]:
        """``query``'s (key, value) rows for ``keys``, put in its ``IN ({})``."""
        out: dict[Any, Any] = {}
        for chunk in _chunks(list(keys)):
            out.update(self.db.execute(query.format(",".join("?" * len(chunk))), chunk))
        return out

    def links_of(self, numbers: Iterable[int]) -> list[LinkRow]:
        """Every stored link touching one of ``numbers``."""
        rows: set[LinkRow] = set()
        for chunk in _chunks(list(numbers), 16_000):
            marks = ",".join("?" * len(chunk))
            for column in ("a", "b"):
                rows.update(
                    self.db.execute(
                        "SELECT a, b, shared, contained_a, contained_b, jaccard, body FROM links"
                        f" WHERE {column} IN ({marks})",
                        chunk,
                    )
                )
        return sorted(rows)

    def membership(self, numbers: Iterable[int]) -> dict[int, tuple[int, int]]:
        """(component, story) of each of ``numbers`` that has them."""
        out: dict[int, tuple[int, int]] = {}
        for chunk in _chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, component, story in self.db.execute(
                f"SELECT document, component, story FROM members WHERE document IN ({marks})",
                chunk,
            ):
                out[number] = (component, story)
        return out

    def component_members(self, components: Iterable[int]) -> list[int]:
        out: list[int] = []
        for chunk in _chunks(list(components)):
            marks = ",".join("?" * len(chunk))
            out += [
                n
                for (n,) in self.db.execute(
                    f"SELECT document FROM members WHERE component IN ({marks})", chunk
                )
            ]
        return out

    def story_members(self, story: int) -> list[int]:
        return [
            n
            for (n,) in self.db.execute(
                "SELECT document FROM members WHERE story = ? ORDER BY document", (story,)
            )
        ]

    def seen(self, numbers: Iterable[int]) -> Seen:
        """For each text: the publication or retrieval times of its sightings, and its
        title."""
        out: Seen = {}
        for chunk in _chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, title, published, retrieved in self.db.execute(
                "SELECT d.number, d.title, s.published, s.retrieved FROM documents d"
                " LEFT JOIN sightings s ON s.document = d.number"
                f" WHERE d.number IN ({marks})",
                chunk,
            ):
                times, _ = out.setdefault(number, ([], title))
                times += [t for t in (published, retrieved) if t]
        return out

    def story_rows(self, limit: int | None = None, offset: int = 0) -> list[StoryRow]:
        """Stories, most recently seen first, then largest first."""
        rows = self.db.execute(
            "SELECT id, size, first_seen, last_seen, title FROM stories"
            " ORDER BY coalesce(last_seen, '') DESC, size DESC, id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [StoryRow(*r) for r in rows]

    def story_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM stories").fetchone()[0])

    def story_of(self, number: int) -> int | None:
        row = self.db.execute("SELECT story FROM members WHERE document = ?", (number,)).fetchone()
        return int(row[0]) if row else None

    def step(self, old: str, new: str, kind: str) -> str | None:
        row = self.db.execute(
            "SELECT body FROM steps WHERE old = ? AND new = ? AND kind = ?", (old, new, kind)
        ).fetchone()
        return str(row[0]) if row else None

    def save_step(self, old: str, new: str, kind: str, body: str) -> None:
        with contextlib.suppress(sqlite3.OperationalError):  # busy or read-only: stays cold
            self.db.execute(
                "INSERT OR REPLACE INTO steps (old, new, kind, body) VALUES (?, ?, ?, ?)",
                (old, new, kind, body),
            )

    def urls_of(self, numbers: Iterable[int]) -> dict[int, list[str]]:
        """The URLs each text was seen at (texts seen at none are left out)."""
        out: dict[int, list[str]] = {}
        for chunk in _chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, url in self.db.execute(
                f"SELECT document, url FROM sightings WHERE document IN ({marks}) AND url != ''",
                chunk,
            ):
                out.setdefault(number, []).append(url)
        return out

    def sightings_of(self, ids: Iterable[str]) -> dict[str, list[Sighting]]:
        columns = "d.id, s.url, s.source, s.position, s.outlet, s.published, s.retrieved"
        out: dict[str, list[Sighting]] = {}
        for chunk in _chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {columns} FROM documents d JOIN sightings s ON s.document = d.number"
                f" WHERE d.id IN ({marks}) ORDER BY s.id",
                chunk,
            ):
                out.setdefault(row[0], []).append(Sighting(*row))
        return out

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

    def close(self) -> None:
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
