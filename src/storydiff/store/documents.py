"""The store's queries of texts and their sightings (``Store`` is a ``DocumentQueries``):
documents by id or number, texts, sightings, when and where each text was seen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.store.rows import Seen, Sighting, sighting_time, unpack


def chunks(items: list[Any], size: int = 30_000) -> Iterator[list[Any]]:
    """``items`` a slice at a time: few enough for one statement's ``IN (...)``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


class DocumentQueries:
    """Reads of the ``documents`` and ``sightings`` tables, on ``db``."""

    db: sqlite3.Connection
    path: Path

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
        columns = (
            "d.id, s.url, s.source, s.position, s.outlet, s.published, s.retrieved,"
            " json_extract(s.metadata, '$.updated')"
        )
        for row in self.db.execute(
            f"SELECT {columns} FROM sightings s JOIN documents d ON d.number = s.document"
            " ORDER BY s.id"
        ):
            yield Sighting(*row)

    def store_id(self) -> str:
        """A random id made with the store: the index beside it must carry the same."""
        return str(self.db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0])

    def max_number(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(number), 0) FROM documents").fetchone()[0])

    def texts_by_number(self, numbers: Iterable[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in chunks(list(numbers)):
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
        for chunk in chunks(list(keys)):
            out.update(self.db.execute(query.format(",".join("?" * len(chunk))), chunk))
        return out

    def seen(self, numbers: Iterable[int]) -> Seen:
        """For each text: the times of its sightings (``rows.sighting_time``), and its
        title."""
        out: Seen = {}
        for chunk in chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, title, published, retrieved, updated in self.db.execute(
                "SELECT d.number, d.title, s.published, s.retrieved,"
                " json_extract(s.metadata, '$.updated') FROM documents d"
                " LEFT JOIN sightings s ON s.document = d.number"
                f" WHERE d.number IN ({marks})",
                chunk,
            ):
                times, _ = out.setdefault(number, ([], title))
                when = sighting_time(published, retrieved, updated)
                times += [when] if when else []
        return out

    def urls_of(self, numbers: Iterable[int]) -> dict[int, list[str]]:
        """The URLs each text was seen at (texts seen at none are left out)."""
        out: dict[int, list[str]] = {}
        for chunk in chunks(list(numbers)):
            marks = ",".join("?" * len(chunk))
            for number, url in self.db.execute(
                f"SELECT document, url FROM sightings WHERE document IN ({marks}) AND url != ''",
                chunk,
            ):
                out.setdefault(number, []).append(url)
        return out

    def updated_at(self, doc_id: str, url: str) -> str | None:
        """When the page at ``url`` said it last changed, as it showed text ``doc_id``
        (its sightings' metadata ``updated``), if it said so."""
        row = self.db.execute(
            "SELECT max(json_extract(s.metadata, '$.updated')) FROM sightings s"
            " JOIN documents d ON d.number = s.document WHERE d.id = ? AND s.url = ?",
            (doc_id, url),
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    def sightings_of(self, ids: Iterable[str]) -> dict[str, list[Sighting]]:
        columns = (
            "d.id, s.url, s.source, s.position, s.outlet, s.published, s.retrieved,"
            " json_extract(s.metadata, '$.updated')"
        )
        out: dict[str, list[Sighting]] = {}
        for chunk in chunks(list(ids)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {columns} FROM documents d JOIN sightings s ON s.document = d.number"
                f" WHERE d.id IN ({marks}) ORDER BY s.id",
                chunk,
            ):
                out.setdefault(row[0], []).append(Sighting(*row))
        return out
