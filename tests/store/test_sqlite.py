from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from storydiff import Document
from storydiff.errors import StoreError
from storydiff.store import Store
from storydiff.store.schema import LATEST


def _doc(text: str, url: str = "", source: str = "s", position: str = "") -> Document:
    return Document(text=text, url=url or None, source=source, metadata={"position": position})


def test_text_stored_once_every_sighting_kept(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        r1 = store.add(
            [
                _doc("A ship ran aground.", "https://a.example/1"),
                _doc("A ship ran aground.", "https://b.example/9"),
            ]
        )
        assert (r1.new, r1.known, r1.sightings) == (1, 1, 2)
        r2 = store.add([_doc("A ship ran aground.", "https://a.example/1")])
        assert (r2.new, r2.known, r2.sightings) == (0, 1, 0)
        # The same URL with another text: a new version of that URL.
        store.add([_doc("A ship ran aground; three are missing.", "https://a.example/1")])
        assert store.counts() == {"documents": 2, "sightings": 3}
        urls = sorted(s.url for s in store.sightings())
        assert urls == ["https://a.example/1", "https://a.example/1", "https://b.example/9"]


def test_text_round_trips_compressed(tmp_path: Path) -> None:
    text = "Kestrel Bay — “quoted” text, ünïcödé, 貨船。\n\nSecond paragraph. " * 50
    with Store(tmp_path / "s.db") as store:
        doc = _doc(text)
        store.add([doc])
        assert store.document(doc.id).text == text
        stored = store.db.execute("SELECT length(text) FROM documents").fetchone()[0]
        assert stored < len(text.encode()) / 4  # compressed


def test_refuses_a_database_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE payroll (name TEXT)")
    db.close()
    with pytest.raises(StoreError, match="not a storydiff store"):
        Store(path)
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a storydiff store"):
        Store(tmp_path / "junk.db")


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer storydiff"):
        Store(path)


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            with Store(path) as store:
                for batch in range(20):
                    store.add(
                        [
                            _doc(f"{tag} article {batch} {k}.", source=tag, position=str(k))
                            for k in range(25)
                        ]
                    )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in ("left", "right")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Store(path) as store:
        assert store.counts() == {"documents": 1000, "sightings": 1000}


def test_seen_in_a_batch_is_what_the_store_says_after_it(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from storydiff.store import seen_in, sighting_fields

    t0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    docs = [
        Document(text="Rain closed the pass.", title="Pass shut", url="u1", published=t0),
        Document(text="Rain closed the pass.", title="Other", url="u2", retrieved=t0),
        Document(text="Rain closed the pass.", title="Other", url="u1", published=t0),  # again
        Document(text="Snow closed the road.", published=t0 + timedelta(hours=2)),
        Document(text="Fog closed the port."),
    ]
    with Store(tmp_path / "s.db") as store:
        fields = [sighting_fields(d) for d in docs]
        result = store.add(docs, fields=fields)
        numbers = {d.id: n for n, d in result.numbered}
        got = seen_in(docs, fields, numbers)
        want = store.seen(numbers.values())
        assert {n: (sorted(t), title) for n, (t, title) in got.items()} == {
            n: (sorted(t), title) for n, (t, title) in want.items()
        }
        assert len(got[numbers[docs[0].id]][0]) == 2  # u1 once, u2 once
