"""The reading side of an ingest: a child process or a thread, the same result."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import storydiff.corpus.reading as reading
from storydiff import Corpus
from storydiff.errors import StorydiffError


def _source(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    lines = []
    for n in range(60):  # 20 stories of 3 versions, a bad line and a line without text
        words = " ".join(f"s{n // 3}w{k}" for k in range(60))
        lines.append(json.dumps({"text": f"{words} version {n % 3}.", "url": f"u/{n}"}))
    lines[10] = "{not json"
    lines[20] = json.dumps({"title": "no text"})
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _rows(db: Path) -> tuple[list[tuple[object, ...]], ...]:
    con = sqlite3.connect(db)
    docs = con.execute("SELECT number, id, words FROM documents ORDER BY number").fetchall()
    seen = con.execute("SELECT document, url, position FROM sightings ORDER BY id").fetchall()
    stories = con.execute("SELECT document, story FROM members ORDER BY document").fetchall()
    con.close()
    return docs, seen, stories


def test_process_and_thread_readers_store_the_same(tmp_path: Path) -> None:
    src = _source(tmp_path)
    reports = {}
    for mode in ("process", "thread"):
        with Corpus(tmp_path / f"{mode}.db") as corpus:
            reports[mode] = corpus.ingest([str(src)], mode=mode)
    assert _rows(tmp_path / "process.db") == _rows(tmp_path / "thread.db")
    assert len(_rows(tmp_path / "process.db")[0]) == 58
    for mode, report in reports.items():
        assert (report.read, report.new, len(report.rejected)) == (58, 58, 2), mode
    where = [(r.position, r.reason) for r in reports["process"].rejected]
    assert where == [(r.position, r.reason) for r in reports["thread"].rejected]


def test_an_error_in_the_reading_process_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Unpicklable(Exception):
        def __init__(self, a: str, b: str) -> None:
            super().__init__(a)

    def boom(docs: object) -> object:
        raise Unpicklable("disk on fire", "really")

    monkeypatch.setattr(reading, "prepare", boom)  # the forked child inherits it
    with Corpus(tmp_path / "s.db") as corpus, pytest.raises(StorydiffError, match="disk on fire"):
        corpus.ingest([str(_source(tmp_path))], mode="process")
    monkeypatch.setattr(reading, "prepare", lambda docs: 1 / 0)
    with Corpus(tmp_path / "t.db") as corpus, pytest.raises(ZeroDivisionError):
        corpus.ingest([str(_source(tmp_path))], mode="process")


def test_the_cli_progress_bar_starts_no_thread_so_ingest_can_fork(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from click.testing import CliRunner
    from rich.live import _RefreshThread

    from storydiff.cli import main

    seen: list[bool] = []
    choose = reading.choose_mode

    def spy() -> reading.Mode:
        seen.append(any(isinstance(t, _RefreshThread) for t in threading.enumerate()))
        return choose()

    monkeypatch.setattr("storydiff.corpus.writer.choose_mode", spy)
    src = _source(tmp_path)
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    assert seen == [False]
    assert "58 new" in result.output


def test_an_error_receiving_a_batch_is_raised_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle
    import threading
    import types

    def loads(blob: bytes) -> object:
        item = pickle.loads(blob)
        if isinstance(item, reading.Message) and item.batch is not None:
            raise MemoryError("no room for the batch")
        return item

    fake = types.SimpleNamespace(
        dumps=pickle.dumps, loads=loads, HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL
    )
    monkeypatch.setattr(reading, "pickle", fake)
    raised: list[BaseException] = []

    def run() -> None:
        with Corpus(tmp_path / "s.db") as corpus:
            try:
                corpus.ingest([str(_source(tmp_path))], mode="process")
            except BaseException as exc:
                raised.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "the ingest hung"
    assert [type(e) for e in raised] == [MemoryError]


def test_the_collector_is_left_as_it_was_found(tmp_path: Path) -> None:
    import gc

    src = str(_source(tmp_path))
    with Corpus(tmp_path / "a.db") as corpus:
        corpus.ingest([src], mode="process")
    assert gc.get_freeze_count() == 0
    gc.freeze()  # the application's own: still in place after the ingest
    try:
        with Corpus(tmp_path / "b.db") as corpus:
            corpus.ingest([src], mode="process")
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_storydiff_error_keeps_its_message_across_the_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydiff.errors import InputError

    def bad(docs: object, *args: object) -> object:
        raise InputError("feed.xml", "is not a feed", "check the URL")

    monkeypatch.setattr(reading, "prepare", bad)
    with (
        Corpus(tmp_path / "s.db") as corpus,
        pytest.raises(StorydiffError, match=r"^feed.xml: is not a feed \(check the URL\)$"),
    ):
        corpus.ingest([str(_source(tmp_path))], mode="process")
