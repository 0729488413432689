"""Opening the store's database file: for writing (made when missing, refused with a
reason when it cannot be written), or for reading only, wherever it lies.

A reader opens the file read-only (SQLite's ``mode=ro``), so a store it may not
write (another user's, on a read-only disk) can still be read. In WAL mode even a
read-only reader needs a shared-memory file beside the database (``-shm``); when the
folder does not let it make one, and the existing ones cannot be written, it opens
the file as *immutable*: SQLite then takes no locks and reads no log, which is right
for a store nobody can be writing (a closed store has no log; its last writer folded
it in). Errors of a write (a full disk, a store another process holds) become a
``StoreError`` naming the file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from storydiff.config import BUSY_TIMEOUT_MS
from storydiff.errors import StoreError

_CANNOT_WRITE = ("SQLITE_READONLY", "SQLITE_CANTOPEN")
"""Error names (and prefixes: ``SQLITE_READONLY_DIRECTORY``, ...) of a read that
needs to write beside the file and may not."""


def _writable(path: Path) -> bool:
    """Whether this process may write ``path`` (its effective user and rights)."""
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def why_unwritable(path: Path) -> str | None:
    """Why the store at ``path`` cannot be written by this process (None: it can):
    its folder must take new files (the log and the index), and the file and its
    log files, when they exist, must be writable."""
    folder = path.parent
    if not folder.is_dir():
        return f"folder {folder} does not exist"
    if _read_only_fs(folder):
        return f"{folder} is on a read-only file system"
    if not _writable(folder):
        return f"this user may not write in folder {folder}"
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.index")):
        if part.exists() and not _writable(part):
            return f"this user may not write {part}"
    return None


def _uri(path: Path, options: str) -> str:
    return f"file:{quote(str(path.absolute()))}?{options}"


def connect_for_writing(path: Path, create: bool) -> sqlite3.Connection:
    """A read-write connection; refused, naming the file and the reason, when the
    store is missing (and ``create`` is false) or cannot be written."""
    if not path.exists() and not create:
        raise StoreError(f"{path}: no such store", "run storydiff ingest first")
    problem = why_unwritable(path)
    if problem is not None:
        hint = "give a --db path this user can write; reading commands can still read it"
        if not path.parent.is_dir():
            hint = "make the folder first, or give another --db path"
        raise StoreError(f"{path}: cannot write the store: {problem}", hint)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def connect_for_reading(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection, and whether it is immutable (the fallback when nothing
    can be written beside the file: see the module's docstring)."""
    if not path.exists():
        raise StoreError(f"{path}: no such store", "run storydiff ingest first")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store", "give the database file")
    db = sqlite3.connect(
        _uri(path, "mode=ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
    )
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the log too
        return db, False
    except sqlite3.OperationalError as exc:
        db.close()
        name = getattr(exc, "sqlite_errorname", "")
        if not name.startswith(_CANNOT_WRITE) or why_unwritable(path) is None:
            raise
    db = sqlite3.connect(_uri(path, "mode=ro&immutable=1"), uri=True, isolation_level=None)
    return db, True


def write_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """A failed write as an error that names the store and says what to do."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        return StoreError(
            f"{path}: the disk is full ({exc}); nothing of the batch being written was kept",
            "free some space and run the command again: it goes on where it stopped",
        )
    if name.startswith("SQLITE_BUSY"):
        return StoreError(
            f"{path}: another process held the store too long ({exc})", "try again later"
        )
    if name.startswith(_CANNOT_WRITE):
        return StoreError(
            f"{path}: cannot write the store ({exc})", "give a --db path this user can write"
        )
    return StoreError(f"{path}: the store failed ({exc})", "check the disk and the file")
