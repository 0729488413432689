"""Read queries for browsing a store (the web app, ``storydiff.web``): pages of
stories most recently seen first by *keyset* (the page after a given story, read
from the ``stories_recent`` index: as fast a million stories deep as on the first
page, unlike ``OFFSET``), stories by number or by a prefix of an id, their
outlets, members and texts, and what the store gained since a document or sighting
number (the search index beside the store catches up with these).

Every function takes a connection and only reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from storydiff.config import MIN_ID_PREFIX
from storydiff.store.documents import chunks
from storydiff.store.rows import unpack

RECENT = "coalesce(s.last_seen, '') DESC, s.size DESC, s.id"
"""The order of ``stories_recent``: most recently seen, then largest, then oldest."""


def counting(raw: str) -> int | None:
    """``raw`` as a count: ASCII digits, at most 18 of them (SQLite's INTEGER holds it;
    ``str.isdigit`` also takes "²", which ``int`` refuses), else None."""
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        return None
    return int(raw)


@dataclass(slots=True, frozen=True)
class Cursor:
    """Where a page of stories ends: the last story's sort key."""

    last_seen: str
    size: int
    number: int

    def token(self) -> str:
        return f"{self.last_seen}~{self.size}~{self.number}"

    @staticmethod
    def parse(token: str) -> Cursor:
        """A cursor from ``token`` (``Cursor.token``); ValueError when malformed."""
        last_seen, size, number = token.rsplit("~", 2)
        if len(last_seen) > 40 or any(c in last_seen for c in "~\x00"):
            raise ValueError(token)
        count, key = counting(size), counting(number)
        if count is None or key is None:
            raise ValueError(token)
        return Cursor(last_seen, count, key)


@dataclass(slots=True)
class Listed:
    """A story as a list shows it: a row of the stories table and its id."""

    number: int
    id: str
    size: int
    first_seen: str | None
    last_seen: str | None
    title: str | None

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.last_seen or "", self.size, self.number)


_LISTED = (
    "SELECT s.id, d.id, s.size, s.first_seen, s.last_seen, s.title"
    " FROM stories s JOIN documents d ON d.number = s.id"
)


def story_page(
    db: sqlite3.Connection,
    limit: int,
    after: Cursor | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[Listed]:
    """Up to ``limit`` stories after ``after``, most recently seen first; ``since``
    and ``until`` (ISO 8601 prefixes, ``until`` excluded) bound the last sighting."""
    where: list[str] = []
    args: list[object] = []
    if after is not None:
        where.append(
            "coalesce(s.last_seen, '') <= ? AND (coalesce(s.last_seen, '') < ?"
            " OR s.size < ? OR (s.size = ? AND s.id > ?))"
        )
        args += [after.last_seen, after.last_seen, after.size, after.size, after.number]
    if since is not None:
        where.append("coalesce(s.last_seen, '') >= ?")
        args.append(since)
    if until is not None:
        where.append("coalesce(s.last_seen, '') < ?")
        args.append(until)
    sql = _LISTED + (" WHERE " + " AND ".join(where) if where else "")
    rows = db.execute(f"{sql} ORDER BY {RECENT} LIMIT ?", [*args, limit])
    return [Listed(*r) for r in rows]


def stories_by_number(db: sqlite3.Connection, numbers: Iterable[int]) -> dict[int, Listed]:
    """The stories of ``numbers`` that exist (a story merged into another is gone)."""
    out: dict[int, Listed] = {}
    for chunk in chunks(list(numbers), 900):
        marks = ",".join("?" * len(chunk))
        for row in db.execute(f"{_LISTED} WHERE s.id IN ({marks})", chunk):
            out[row[0]] = Listed(*row)
    return out


def stories_by_key(db: sqlite3.Connection, key: str) -> list[int] | None:
    """The stories holding a text whose id starts with ``key`` (a story's id is its
    first text's; any case; at least ``MIN_ID_PREFIX`` hex digits): up to two, so
    that a caller can tell one from several; None when ``key`` is no such prefix.
    The one lookup of a story by id, for the CLI (``Corpus.story``) and the web app,
    which each say in their own words what is wrong."""
    prefix = key.lower()
    if len(prefix) < MIN_ID_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        return None
    rows = db.execute(  # ids from prefix to prefix + "g": a range of the index
        "SELECT DISTINCT m.story FROM documents d JOIN members m ON m.document = d.number"
        " WHERE d.id >= ? AND d.id < ? LIMIT 2",
        (prefix, prefix + "g"),
    )
    return [int(r[0]) for r in rows]


def outlets_of(db: sqlite3.Connection, stories: Iterable[int]) -> dict[int, list[str]]:
    """The outlets each story's texts were seen at, sorted."""
    out: dict[int, set[str]] = {}
    for chunk in chunks(list(stories), 900):
        marks = ",".join("?" * len(chunk))
        for story, outlet in db.execute(
            "SELECT m.story, s.outlet FROM members m JOIN sightings s ON s.document = m.document"
            f" WHERE m.story IN ({marks}) AND s.outlet IS NOT NULL AND s.outlet != ''",
            chunk,
        ):
            out.setdefault(story, set()).add(outlet)
    return {k: sorted(v) for k, v in out.items()}


@dataclass(slots=True, frozen=True)
class Member:
    """A text of a story, as a list shows it."""

    number: int
    id: str
    title: str | None
    when: str | None
    """Its earliest publication or retrieval time."""
    where: str
    """A URL or file it was seen at."""


def members_of(db: sqlite3.Connection, stories: Iterable[int]) -> dict[int, list[Member]]:
    """Each story's texts, in number order (the order they were stored)."""
    out: dict[int, list[Member]] = {}
    for chunk in chunks(list(stories), 900):
        marks = ",".join("?" * len(chunk))
        for story, number, doc_id, title, when, where in db.execute(
            "SELECT m.story, d.number, d.id, d.title,"
            " (SELECT min(coalesce(x.published, x.retrieved)) FROM sightings x"
            "   WHERE x.document = d.number),"
            " (SELECT coalesce(nullif(x.url, ''), x.source) FROM sightings x"
            "   WHERE x.document = d.number ORDER BY x.id LIMIT 1)"
            " FROM members m JOIN documents d ON d.number = m.document"
            f" WHERE m.story IN ({marks}) ORDER BY m.story, d.number",
            chunk,
        ):
            out.setdefault(story, []).append(Member(number, doc_id, title, when, where or ""))
    return out


def latest_texts(db: sqlite3.Connection, stories: Iterable[int]) -> dict[int, str]:
    """The text each story stored last (its highest number), in two queries."""
    out: dict[int, str] = {}
    for chunk in chunks(list(stories), 900):
        marks = ",".join("?" * len(chunk))
        for story, blob in db.execute(
            "SELECT m.story, d.text FROM (SELECT story, max(document) AS last FROM members"
            f" WHERE story IN ({marks}) GROUP BY story) m JOIN documents d ON d.number = m.last",
            chunk,
        ):
            out[int(story)] = unpack(blob)
    return out


def new_documents(
    db: sqlite3.Connection, after: int, limit: int
) -> list[tuple[int, str | None, str]]:
    """Texts numbered after ``after`` (at most ``limit``): number, title, text."""
    rows = db.execute(
        "SELECT number, title, text FROM documents WHERE number > ? ORDER BY number LIMIT ?",
        (after, limit),
    )
    return [(n, title, unpack(blob)) for n, title, blob in rows]


def new_sightings(db: sqlite3.Connection, after: int, limit: int) -> list[tuple[int, int]]:
    """Sightings recorded after sighting ``after`` (at most ``limit``): id, text number."""
    rows = db.execute(
        "SELECT id, document FROM sightings WHERE id > ? ORDER BY id LIMIT ?", (after, limit)
    )
    return [(int(i), int(d)) for i, d in rows]


def stories_of(db: sqlite3.Connection, numbers: Iterable[int]) -> dict[int, int]:
    """The story of each text of ``numbers`` that has one."""
    out: dict[int, int] = {}
    for chunk in chunks(list(numbers), 900):
        marks = ",".join("?" * len(chunk))
        out.update(
            db.execute(f"SELECT document, story FROM members WHERE document IN ({marks})", chunk)
        )
    return out


def all_outlets(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every outlet and how many texts were seen at it (a scan of every sighting)."""
    rows = db.execute(
        "SELECT outlet, count(DISTINCT document) FROM sightings"
        " WHERE outlet IS NOT NULL AND outlet != '' GROUP BY outlet ORDER BY outlet"
    )
    return [(str(o), int(n)) for o, n in rows]


def has_table(db: sqlite3.Connection, name: str) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None
