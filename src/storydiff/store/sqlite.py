"""The embedded store: one SQLite file (WAL), written in one transaction per batch.

Writes are idempotent: a text is inserted once by its content hash and a sighting
once by (text, URL, source, position), so an ingest that was killed at any point and
is run again ends with exactly the rows an uninterrupted run would have. Two ingests
into the same file at once are serialised by SQLite's lock (each waits up to
``busy_timeout``), and neither loses anything.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.store.schema import APPLICATION_ID, LATEST, MIGRATIONS

BUSY_TIMEOUT_MS = 60_000
_INSERT_DOCUMENT = (
    "INSERT OR IGNORE INTO documents (id, text, title, language, words, added)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_SIGHTING = (
    "INSERT OR IGNORE INTO sightings"
    " (document, url, source, position, outlet, published, retrieved, metadata)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


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


@dataclass(slots=True)
class BatchResult:
    new: int = 0
    """Texts the store had not seen."""
    known: int = 0
    """Texts it had (their sightings are still recorded)."""
    sightings: int = 0
    """Sightings added."""


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
            self.db.execute("PRAGMA foreign_keys = ON")
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

    def add(self, documents: Iterable[Document]) -> BatchResult:
        """Add a batch of documents and their sightings in one transaction."""
        result = BatchResult()
        now = datetime.now(UTC).isoformat()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for doc in documents:
                packed = zlib.compress(doc.text.encode("utf-8"), 6)
                words = len(doc.text.split())
                cur = self.db.execute(
                    _INSERT_DOCUMENT, (doc.id, packed, doc.title, doc.language, words, now)
                )
                if cur.rowcount:
                    result.new += 1
                else:
                    result.known += 1
                extra = {k: v for k, v in doc.metadata.items() if k != "position"}
                where = str(doc.metadata.get("position", ""))
                cur = self.db.execute(
                    _INSERT_SIGHTING,
                    (doc.id, doc.url or "", doc.source or "", where, doc.outlet,
                     _iso(doc.published), _iso(doc.retrieved),
                     json.dumps(extra, default=str) if extra else None),
                )  # fmt: skip
                result.sightings += cur.rowcount
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return result

    # -- reading -------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        docs = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        sightings = self.db.execute("SELECT count(*) FROM sightings").fetchone()[0]
        return {"documents": docs, "sightings": sightings}

    def document(self, doc_id: str) -> Document:
        row = self.db.execute(
            "SELECT id, text, title, language FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise StoreError(
                f"no document {doc_id} in {self.path}", "list them with storydiff stories"
            )
        first = self.db.execute(
            "SELECT url, source, outlet, published, retrieved FROM sightings WHERE document = ?"
            " ORDER BY coalesce(published, retrieved, ''), id LIMIT 1",
            (doc_id,),
        ).fetchone()
        url, source, outlet, published, retrieved = first or ("", "", None, None, None)
        return Document(
            text=zlib.decompress(row[1]).decode("utf-8"),
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
            yield doc_id, zlib.decompress(packed).decode("utf-8"), title, language

    def sightings(self) -> Iterator[Sighting]:
        columns = "document, url, source, position, outlet, published, retrieved"
        for row in self.db.execute(f"SELECT {columns} FROM sightings ORDER BY id"):
            yield Sighting(*row)

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
