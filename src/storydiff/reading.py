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
import itertools
import multiprocessing
import pickle
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Literal

from storydiff.config import InputConfig
from storydiff.detect.fingerprints import Batch, Fingerprints, fingerprint_batch
from storydiff.detect.kernels import sorted_sets
from storydiff.document import Document
from storydiff.errors import StorydiffError
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.jsonl import JsonlFields
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from storydiff.store import pack, sighting_fields

BATCH_SIZE = 2000
"""Documents written per transaction: large enough to amortise the commit and the
vectorised fingerprinting, small enough that an interrupted ingest redoes little."""
BATCH_SECONDS = 2.0
"""A batch is also written when its first document is this old (slow sources)."""
PROGRESS_SECONDS = 0.25
"""How often the reader tells how many documents it has read."""

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
    sets: list[Fingerprints]
    """The distinct shingles of each text of ``batch``, sorted."""
    fields: list[tuple[object, ...]]
    """Each document's sighting (``sighting_fields``)."""


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
    sets: list[Fingerprints] = []
    if batch is not None:
        flat, starts = sorted_sets(batch.shingles, batch.starts)
        bounds = starts.tolist()
        sets = [flat[a:b] for a, b in itertools.pairwise(bounds)]
    packed = {i: pack(d.text) for i, d in distinct_docs.items()}
    fields = [sighting_fields(d) for d in docs]
    return Prepared(docs, list(distinct_docs), batch, packed, sets, fields)


def messages(
    sources: list[str], config: InputConfig, fields: JsonlFields | None, min_interval: float
) -> Iterator[Message]:
    """Batches of ``BATCH_SIZE`` documents, or what a slow source gave in
    ``BATCH_SECONDS``, with progress messages between them."""
    fetcher = PoliteFetcher(config, min_interval)
    batch: list[Document] = []
    read, rejected = 0, []
    started = told = time.monotonic()
    for item in iter_documents(sources, config, fields, fetcher):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            batch.append(item)
            read += 1
        now = time.monotonic()
        if len(batch) >= BATCH_SIZE or (batch and now - started > BATCH_SECONDS):
            yield Message(prepare(batch), read, rejected)
            batch, read, rejected, started, told = [], 0, [], now, now
        elif now - told > PROGRESS_SECONDS:
            yield Message(None, read, rejected)
            read, rejected, told = 0, [], now
    yield Message(prepare(batch) if batch else None, read, rejected)


def choose_mode() -> Mode:
    """A child process when forking is safe here (this process runs one thread), else
    a thread."""
    forks = "fork" in multiprocessing.get_all_start_methods()
    return "process" if forks and threading.active_count() == 1 else "thread"


class Reader:
    """``messages`` running beside the caller; ``get`` the next one (None at the
    end; ``TimeoutError`` when none came within ``timeout``), ``close`` when done."""

    def __init__(
        self,
        sources: list[str],
        config: InputConfig,
        fields: JsonlFields | None,
        min_interval: float,
        mode: Mode,
    ) -> None:
        self.mode = mode
        args = (sources, config, fields, min_interval)
        if mode == "process":
            ctx = multiprocessing.get_context("fork")
            self._conn, child = ctx.Pipe(duplex=False)
            self._process = ctx.Process(
                target=_child, args=(child, self._conn, *args), name="storydiff-read", daemon=True
            )
            self._process.start()
            child.close()  # the child holds the only writing end: its death is our EOF
        else:
            self._queue: queue.Queue[Message | BaseException | None] = queue.Queue(maxsize=2)
            self._stop = threading.Event()
            self._thread = threading.Thread(
                target=self._run, args=args, name="storydiff-read", daemon=True
            )
            self._thread.start()

    def _run(
        self,
        sources: list[str],
        config: InputConfig,
        fields: JsonlFields | None,
        min_interval: float,
    ) -> None:
        try:
            for message in messages(sources, config, fields, min_interval):
                if self._stop.is_set():
                    return
                self._queue.put(message)
            self._queue.put(None)
        except BaseException as exc:  # handed to the writer, which raises it
            self._queue.put(exc)

    def get(self, timeout: float) -> Message | None:
        if self.mode == "process":
            if not self._conn.poll(timeout):
                raise TimeoutError
            try:
                item = self._conn.recv()
            except EOFError:
                raise StorydiffError(
                    "the reading process ended without finishing"
                    " (run the ingest again: it resumes where it stopped)"
                ) from None
        else:
            try:
                item = self._queue.get(timeout=timeout)
            except queue.Empty:
                raise TimeoutError from None
        if isinstance(item, BaseException):
            raise item
        return item  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop reading (a thread stops at its next document; a process is ended) and
        free the reader if it waits to hand over a batch."""
        if self.mode == "process":
            self._conn.close()
            if self._process.is_alive():
                self._process.terminate()
            self._process.join(timeout=5)
        else:
            self._stop.set()
            with contextlib.suppress(queue.Empty):
                while True:
                    self._queue.get_nowait()


def _child(
    conn: Connection,
    parents_end: Connection,
    sources: list[str],
    config: InputConfig,
    fields: JsonlFields | None,
    min_interval: float,
) -> None:
    """The reading process: send every message, then None; an error is sent as one
    (as a ``StorydiffError`` naming it when it does not pickle)."""
    parents_end.close()
    try:
        for message in messages(sources, config, fields, min_interval):
            conn.send(message)
        conn.send(None)
    except (BrokenPipeError, KeyboardInterrupt):  # the writer is gone, or Ctrl-C
        pass
    except BaseException as exc:
        try:
            pickle.loads(pickle.dumps(exc))  # some exceptions do not come back whole
            conn.send(exc)
        except Exception:
            with contextlib.suppress(BrokenPipeError):
                conn.send(StorydiffError(f"reading failed: {exc!r}"))
    finally:
        conn.close()
