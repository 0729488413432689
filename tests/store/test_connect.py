"""Opening a store for reading wherever it lies, and write failures named with their
file (``storydiff.store.connect``)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from storydiff import Document
from storydiff.errors import StoreError
from storydiff.store import Store, pack
from storydiff.store.schema import APPLICATION_ID, LATEST, MIGRATIONS
from tests.unprivileged import python, read_only


def _store(path: Path, texts: int = 3) -> Path:
    with Store(path) as store:
        store.add([Document(text=f"Article number {k} about the harbour.") for k in range(texts)])
    return path


def test_a_reading_store_never_writes(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.db")
    with Store(path, readonly=True) as store:
        assert store.counts()["documents"] == 3
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM documents")
        assert not store.immutable  # the folder can be written: no need
    with Store(path, readonly=True) as store:
        assert store.counts()["documents"] == 3


def test_reading_a_missing_store_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path, readonly=True)


_READ = """
import json
from storydiff.store import Store
from storydiff.errors import StoreError
try:
    with Store({path!r}, readonly=True) as s:
        print(json.dumps([s.immutable, s.counts()["documents"]]))
except StoreError as exc:
    print(json.dumps(["error", str(exc)]))
"""


def test_nothing_writable_beside_it_opens_it_immutable(tmp_path: Path) -> None:
    (tmp_path / "ro").mkdir()
    path = _store(tmp_path / "ro" / "s.db")
    with read_only(path, path.parent):
        done = python(_READ.format(path=str(path)))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True, 3]
    assert sorted(p.name for p in path.parent.iterdir()) == ["s.db"]


def test_an_older_schema_is_upgraded_when_it_can_be_and_refused_when_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "ro").mkdir()
    old = tmp_path / "ro" / "s.db"
    db = sqlite3.connect(old)  # a store as the storydiff before the last migration left it
    for script in MIGRATIONS[: LATEST - 1]:
        db.executescript(script)
    db.execute(
        "INSERT INTO documents VALUES (1, 'ab12', ?, NULL, NULL, 3, '2026-01-01')",
        (pack("An old text."),),
    )
    db.execute(f"PRAGMA user_version = {LATEST - 1}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.commit()
    db.close()
    with read_only(old, old.parent):
        done = python(_READ.format(path=str(old)))
    status, message = json.loads(done.stdout)
    assert status == "error"
    assert str(old) in message and "older storydiff" in message and "may not write" in message
    with Store(old, readonly=True) as store:  # writable again: brought up to date
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert store.document("ab12").text == "An old text."


def test_a_full_disk_is_named_and_the_batch_rolled_back(tmp_path: Path) -> None:
    path = _store(tmp_path / "s.db")
    with Store(path) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # a disk with 8 KB free
        big = [Document(text=" ".join(f"word{k}x{i}" for i in range(3000))) for k in range(20)]
        with pytest.raises(StoreError) as caught:
            store.add(big)
        message = str(caught.value)
        assert str(path) in message and "disk is full" in message
        assert store.counts()["documents"] == 3  # nothing of the batch
        assert not store.db.in_transaction
