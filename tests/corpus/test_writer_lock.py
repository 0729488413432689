"""Two writers on one store (an ingest and a watcher) take the corpus's lock before
the store's write lock, so they wait for each other in turn, never crosswise."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from storydiff import load
from storydiff.corpus.corpus import Corpus
from storydiff.document import Document
from tests.conftest import EXAMPLES

STORY = EXAMPLES / "story"


def _doc(name: str, url: str) -> Document:
    doc = load(str(STORY / name))
    doc.url = url
    return doc


def test_a_callers_transaction_holds_the_lock_and_the_index_follows_the_commit(
    tmp_path: Path,
) -> None:
    corpus = Corpus(tmp_path / "s.db")
    with corpus.writing(), corpus.store.transaction():
        corpus.add([_doc("01-mpa-first-take.txt", "https://a.example/1")])
        corpus.add([_doc("02-mpa-update.txt", "https://a.example/1")])
    assert corpus.index.covered == corpus.store.max_number() == 2
    (story,) = corpus.stories()
    assert len(story.versions) == 2
    corpus.close()


def test_an_ingest_and_a_watcher_wait_in_turn(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Corpus(db).close()
    inside = threading.Event()
    errors: list[BaseException] = []

    def ingest() -> None:  # as Writer.add: the lock, then the store, held a while
        try:
            other = Corpus(db)
            with other.writing():
                inside.set()
                time.sleep(0.5)
                other.add([_doc("01-mpa-first-take.txt", "https://a.example/1")])
            other.close()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=ingest)
    thread.start()
    assert inside.wait(10)
    watcher = Corpus(db)
    started = time.monotonic()
    with watcher.writing(), watcher.store.transaction():  # as watch/check: waits for the lock
        watcher.add([_doc("02-mpa-update.txt", "https://a.example/1")])
    thread.join(30)
    assert errors == [] and time.monotonic() - started < 20
    assert watcher.store.max_number() == 2
    (story,) = watcher.stories()
    assert len(story.versions) == 2
    watcher.close()


def test_a_rolled_back_transaction_leaves_no_text_in_the_index(tmp_path: Path) -> None:
    corpus = Corpus(tmp_path / "s.db")
    try:
        with corpus.writing(), corpus.store.transaction():
            corpus.add([_doc("01-mpa-first-take.txt", "https://a.example/1")])
            corpus.add([_doc("02-mpa-update.txt", "https://a.example/1")])
            raise RuntimeError("the event could not be written")
    except RuntimeError:
        pass
    assert corpus.store.max_number() == 0
    corpus.add([_doc("05-mpa-correction.txt", "https://a.example/1")])
    assert corpus.store.max_number() == corpus.index.covered == 1
    (story,) = corpus.stories()
    assert [v.document.title for v in story.versions] == [
        load(str(STORY / "05-mpa-correction.txt")).title
    ]
    corpus.close()
