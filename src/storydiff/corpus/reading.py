"""The reading side of an ingest: documents from the sources, in batches made ready for
the store (fingerprints, sorted shingle sets, compressed texts, sighting rows).

It runs beside the writer, in a child process when the platform can fork safely (a
thread would share the GIL with the writer: on 20,000 generated texts the reading
took 132 µs a text and the writing 109 alone, but 217 together in two threads), or
else in a thread. Either way the writer sees the same messages, in order:
``Message(batch, read, rejected)``, where ``batch`` may be None (progress only), and
then the end. A child whose writer died sees its pipe break and stops.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import itertools
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from typing import Literal

import numpy as np

from storydiff.config import (
    BATCH_SECONDS,
    BATCH_SIZE,
    FIRST_BATCH,
    PROGRESS_SECONDS,
    InputConfig,
)
from storydiff.detect.fingerprints import Batch, Fingerprints, fingerprint_batch, sorted_sets
from storydiff.document import Document
from storydiff.errors import StorydiffError
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.jsonl import Fields
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from storydiff.store import pack, sighting_fields

Mode = Literal["process", "thread"]


@dataclass(slots=True)
class Prepared:
    """A batch made ready for the store outside its lock."""

    docs: list[Document]
    ids: list[str]
    """The distinct texts' ids, in order: the texts of ``batch``."""
    batch: Batch | None
    packed: dict[str, bytes]
    """Compressed texts, by id."""
    flat_sets: Fingerprints
    set_starts: list[int]
    """The distinct shingles of each text of ``batch``, sorted, one after the other:
    text ``i``'s are ``flat_sets[set_starts[i]:set_starts[i + 1]]`` (``sets``)."""
    fields: list[tuple[object, ...]]
    """Each document's sighting (``sighting_fields``)."""
    flat_prose: Fingerprints
    prose_starts: list[int]
    """The same for the shingles on prose lines only (``detect.link.prose``)."""

    @property
    def sets(self) -> list[Fingerprints]:
        flat = self.flat_sets
        return [flat[a:b] for a, b in itertools.pairwise(self.set_starts)]

    @property
    def prose(self) -> list[Fingerprints]:
        flat = self.flat_prose
        return [flat[a:b] for a, b in itertools.pairwise(self.prose_starts)]

    def without_texts(self) -> Prepared:
        """The same batch for the writer in another process: documents without their
        text (the writer stores ``packed`` and counts words from ``batch``), half the
        bytes to send."""
        docs = [replace(d, text="") for d in self.docs]
        return replace(self, docs=docs)


@dataclass(slots=True)
class Message:
    batch: Prepared | None
    read: int = 0
    """Documents read since the last message."""
    rejected: list[Rejected] = field(default_factory=list)
    """Inputs rejected since the last message."""


def prepare(docs: list[Document]) -> Prepared:
    """The work on a batch that needs no lock (NumPy, the kernels and zstd release the
    GIL, so it overlaps the writer even in a thread)."""
    distinct_docs: dict[str, Document] = {}
    for d in docs:
        distinct_docs.setdefault(d.id, d)
    texts = [d.text for d in distinct_docs.values()]
    batch = fingerprint_batch(texts) if texts else None
    flat, starts = np.zeros(0, np.uint64), [0]
    flat_prose, prose_starts = flat, starts
    if batch is not None:
        flat, bounds = sorted_sets(batch.shingles, batch.starts)
        starts = bounds.tolist()
        on_prose = ~batch.chrome
        text_of = np.repeat(np.arange(len(texts)), np.diff(batch.starts))
        kept = np.zeros(len(batch.starts), np.int64)
        np.cumsum(np.bincount(text_of[on_prose], minlength=len(texts)), out=kept[1:])
        flat_prose, bounds = sorted_sets(batch.shingles[on_prose], kept)
        prose_starts = bounds.tolist()
    packed = {i: pack(d.text) for i, d in distinct_docs.items()}
    fields = [sighting_fields(d) for d in docs]
    return Prepared(
        docs, list(distinct_docs), batch, packed, flat, starts, fields, flat_prose, prose_starts
    )


def messages(
    sources: list[str], config: InputConfig, fields: Fields | None, min_interval: float
) -> Iterator[Message]:
    """Batches of ``FIRST_BATCH`` documents doubling up to ``BATCH_SIZE``, or what a
    slow source gave in ``BATCH_SECONDS``, with progress messages between them."""
    fetcher = PoliteFetcher(config, min_interval)
    batch: list[Document] = []
    read, rejected = 0, []
    started = told = time.monotonic()
    size = FIRST_BATCH
    for item in iter_documents(sources, config, fields, fetcher):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            batch.append(item)
            read += 1
        now = time.monotonic()
        if len(batch) >= size or (batch and now - started > BATCH_SECONDS):
            yield Message(prepare(batch), read, rejected)
            batch, read, rejected, started, told = [], 0, [], now, now
            size = min(2 * size, BATCH_SIZE)
        elif now - told > PROGRESS_SECONDS:
            yield Message(None, read, rejected)
            read, rejected, told = 0, [], now
    yield Message(prepare(batch) if batch else None, read, rejected)


def choose_mode() -> Mode:
    """A child process when forking is safe here (this process runs one thread; not
    macOS, whose system libraries may crash in a forked child), else a thread."""
    forks = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    return "process" if forks and threading.active_count() == 1 else "thread"


Item = Message | BaseException | None


class Reader:
    """``messages`` running beside the caller; ``get`` the next one (None at the
    end; ``TimeoutError`` when none came within ``timeout``), ``close`` when done.

    Two batches may wait in a queue for the writer. From a child process they come
    through a pipe: the child pickles and a thread of its sends, a thread here
    receives and unpickles, so neither side waits for the other's turn at the pipe.
    """

    def __init__(
        self,
        sources: list[str],
        config: InputConfig,
        fields: Fields | None,
        min_interval: float,
        mode: Mode,
    ) -> None:
        self.mode = mode
        self._frozen = False
        self._queue: queue.Queue[Item] = queue.Queue(maxsize=2)
        self._stop = threading.Event()
        args = (sources, config, fields, min_interval)
        if mode == "process":
            ctx = multiprocessing.get_context("fork")
            self._conn, child = ctx.Pipe(duplex=False)
            _widen(child)
            self._process = ctx.Process(
                target=_child, args=(child, self._conn, *args), name="storydiff-read", daemon=True
            )
            # Objects made so far move out of the collector's sight, so that neither
            # process writes to their pages (copy on write) when it collects: on
            # 10,000 texts the writer's time fell from about 128 to 110 µs a text.
            # (Only when nothing is frozen yet: an application's own freeze is left be.)
            if gc.get_freeze_count() == 0:
                gc.freeze()
                self._frozen = True
            try:
                self._process.start()
            except BaseException:
                self._unfreeze()
                self._conn.close()
                child.close()
                raise
            child.close()  # the child holds the only writing end: its death is our EOF
            self._thread = threading.Thread(target=self._receive, name="storydiff-read")
        else:
            self._thread = threading.Thread(target=self._run, args=args, name="storydiff-read")
        self._thread.daemon = True
        self._thread.start()

    def _put(self, item: Item) -> bool:
        """Queue ``item`` unless the reader was closed meanwhile."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(
        self,
        sources: list[str],
        config: InputConfig,
        fields: Fields | None,
        min_interval: float,
    ) -> None:
        try:
            for message in messages(sources, config, fields, min_interval):
                if not self._put(message):
                    return
            self._put(None)
        except BaseException as exc:  # handed to the writer, which raises it
            self._put(exc)

    def _receive(self) -> None:
        try:
            while True:
                item = pickle.loads(self._conn.recv_bytes())
                if not self._put(item) or item is None or isinstance(item, BaseException):
                    return
        except (EOFError, OSError):
            self._put(
                StorydiffError(
                    "the reading process ended without finishing"
                    " (run the ingest again: it resumes where it stopped)"
                )
            )
        except BaseException as exc:  # e.g. MemoryError unpickling a batch: the writer raises it
            self._put(exc)

    def get(self, timeout: float) -> Message | None:
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError from None
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        """Stop reading (a thread stops when it next hands over a message; a process
        is ended)."""
        self._stop.set()
        if self.mode == "process":
            if self._process.is_alive():
                self._process.terminate()
            self._process.join(timeout=2)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=2)
            self._thread.join(timeout=5)
            self._conn.close()
        self._unfreeze()

    def _unfreeze(self) -> None:
        if self._frozen:
            gc.unfreeze()
            self._frozen = False


PIPE_BYTES = 1 << 20
"""The pipe's buffer (Linux; 64 KB by default): a batch of 2,000 texts is about 15 MB
pickled, and every read of the pipe takes the GIL back from the writer."""


def _widen(conn: Connection) -> None:
    """Give ``conn``'s pipe a ``PIPE_BYTES`` buffer where the system allows it."""
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(conn.fileno(), setsize, PIPE_BYTES)


def _child(
    conn: Connection,
    parents_end: Connection,
    sources: list[str],
    config: InputConfig,
    fields: Fields | None,
    min_interval: float,
) -> None:
    """The reading process: send every message, then None; an error is sent as one
    (as a ``StorydiffError`` naming it when it does not pickle). Pickling happens
    here, sending in a thread; if the writer is gone the pipe breaks and the child
    ends at once."""
    parents_end.close()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the application's handler
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=2)

    def send() -> None:
        while (blob := outbox.get()) is not None:
            try:
                conn.send_bytes(blob)
            except BaseException:  # BrokenPipeError: nobody reads any more; or worse
                os._exit(0)

    def watch(parent: multiprocessing.process.BaseProcess | None) -> None:
        """End the child when the writer dies, even while a source keeps it waiting."""
        if parent is not None:
            parent.join()
            os._exit(0)

    threading.Thread(target=watch, args=(multiprocessing.parent_process(),), daemon=True).start()
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        for message in messages(sources, config, fields, min_interval):
            if message.batch is not None:
                message.batch = message.batch.without_texts()
            outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        outbox.put(pickle.dumps(None))
    except KeyboardInterrupt:  # Ctrl-C reaches the whole process group: the writer stops
        pass
    except BaseException as exc:
        try:
            blob = pickle.dumps(exc)
            pickle.loads(blob)  # some exceptions do not come back whole
        except Exception:
            text = str(exc) if isinstance(exc, StorydiffError) else f"reading failed: {exc!r}"
            blob = pickle.dumps(StorydiffError(text))
        outbox.put(blob)
    finally:
        outbox.put(None)
        sender.join()
        conn.close()
