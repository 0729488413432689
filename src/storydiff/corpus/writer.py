"""The writing side of a ``Corpus``: one writer at a time stores a batch, links it,
brings its stories up to date and indexes it (``docs/architecture.md``).

``Writer`` holds the lock, the batch waiting for its index segment, and caches of
the texts' shingles and tokens; ``Corpus`` (``corpus/corpus``) is a ``Writer`` with
the reading side added.
"""

from __future__ import annotations

import fcntl
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from storydiff.config import (
    BATCH_SIZE,
    SHINGLE_CACHE,
    TOKEN_CACHE,
    GroupingConfig,
    InputConfig,
    LinkConfig,
)
from storydiff.corpus.reading import Mode, Prepared, Reader, choose_mode, prepare
from storydiff.corpus.story_table import update_stories
from storydiff.detect.agreement import Tokens, judge
from storydiff.detect.fingerprints import (
    MAX_BATCH,
    Batch,
    Fingerprints,
    fingerprint_batch,
)
from storydiff.detect.index import FingerprintIndex
from storydiff.detect.link import Flags, Pair, link_batch, prose
from storydiff.document import Document
from storydiff.ingest.jsonl import Fields
from storydiff.ingest.rejected import Rejected
from storydiff.store import BatchResult, Seen, Store, seen_in
from storydiff.text.arrays import distinct

Layout = tuple[Fingerprints, Flags]
Sets = tuple[Fingerprints, Fingerprints]


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    """Documents read so far (the writer may be behind)."""
    new: int = 0
    known: int = 0
    sightings: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    """Items that failed, and items skipped as not articles (``Rejected.skipped``)."""

    @property
    def failed(self) -> int:
        return sum(r.count for r in self.rejected if not r.skipped)

    @property
    def skipped(self) -> int:
        return sum(r.count for r in self.rejected if r.skipped)

    def add(self, batch: BatchResult) -> None:
        self.new += batch.new
        self.known += batch.known
        self.sightings += batch.sightings


def _keep(cache: OrderedDict[Any, Any], key: Any, value: Any, size: int = SHINGLE_CACHE) -> None:
    """Put ``value`` in a least-recently-used cache of ``size`` entries."""
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > size:
        cache.popitem(last=False)


class Writer:
    """Stores, links and indexes batches of texts in ``store`` and ``index``, one
    writer at a time (a lock file in the index folder)."""

    def __init__(
        self,
        store: Store,
        index: FingerprintIndex,
        link: LinkConfig | None = None,
        clusters: GroupingConfig | None = None,
    ) -> None:
        self.store = store
        self.index = index
        self.link_config = link or LinkConfig()
        self.cluster_config = clusters or GroupingConfig()
        self._shingles: OrderedDict[int, Layout] = OrderedDict()
        self._sets: OrderedDict[int, Sets] = OrderedDict()
        self._tokens: OrderedDict[int, Tokens] = OrderedDict()
        self._pending: tuple[int, int, Fingerprints, npt.NDArray[np.int64]] | None = None
        self._lock_path = self.index.folder / "LOCK"
        self._held = False

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer's lock around a transaction of the caller's own that adds
        texts (``watch``: a version, its event and its URL's state commit together):
        ``with corpus.writing(), corpus.store.transaction(): ... corpus.add(...)``.
        The lock comes first and the store's write lock second, the order ``add``
        takes them in, so two writers never wait for each other crosswise; the index
        segment is written when the caller's transaction has committed."""
        with self._writing():
            yield

    @contextmanager
    def _writing(self, wait: bool = True) -> Iterator[None]:
        """One writer at a time, for the whole batch: texts, links, stories, index
        (``wait=False``: raise ``BlockingIOError`` if another holds the lock). Inside
        ``writing`` it is held already and the outer one finishes the work."""
        if self._held:
            # An earlier add of the caller's transaction: its segment goes in now, so
            # that its texts are candidates for this one (were the transaction rolled
            # back, the next lock's forget_after drops it again).
            self._index_pending()
            yield
            return
        with self._lock_path.open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            try:
                self.index.refresh()
                self.index.belongs_to(self.store.store_id())
                self.index.forget_after(self.store.max_number())
                self.index.clean()
                self._repair()
                self._pending = None
                self._held = True
                try:
                    yield
                except BaseException:
                    # Rolled back: the numbers it gave out will go to other texts.
                    self._shingles.clear()
                    self._sets.clear()
                    self._tokens.clear()
                    raise
                self._index_pending()  # the caller's transaction has committed
            finally:
                self._held = False
                self._pending = None
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _repair(self) -> None:
        """Link and index the texts an interrupted writer stored but did not index."""
        top = self.store.max_number()
        while self.index.covered < top:
            lo = self.index.covered + 1
            hi = min(top, lo + BATCH_SIZE * 4 - 1)
            rows = self.store.numbered_texts(lo, hi)
            batch = fingerprint_batch([t for _, t in rows]) if rows else None
            with self.store.transaction():
                self._link(lo, hi, np.array([n for n, _ in rows], np.int64), batch, [])
            self._index_pending()

    def add(self, documents: Iterable[Document]) -> BatchResult:
        """Add documents (one transaction, or one per 65,536 texts); texts already
        stored only gain sightings.
        New texts are linked to the stored ones and the stories they touch are
        brought up to date."""
        docs = list(documents)
        if len({d.id for d in docs}) <= MAX_BATCH:
            return self._add(prepare(docs))
        total = BatchResult()  # more texts than a batch holds: in several transactions
        for start in range(0, len(docs), MAX_BATCH):
            part = self._add(prepare(docs[start : start + MAX_BATCH]))
            total.new, total.known = total.new + part.new, total.known + part.known
            total.sightings += part.sightings
            total.numbered += part.numbered
            total.seen_again += part.seen_again
        return total

    def _add(self, prepared: Prepared) -> BatchResult:
        # Texts, sightings, links and stories commit together (a kill leaves all or
        # nothing of the batch); the index segment follows the commit.
        with self._writing(), self.store.transaction():
            batch = prepared.batch
            words = dict(zip(prepared.ids, batch.words.tolist(), strict=True)) if batch else {}
            result = self.store.add(prepared.docs, words, prepared.packed, prepared.fields)
            number_of = {d.id: n for n, d in result.numbered}
            numbers = [n for n, _ in result.numbered]
            again = self.store.numbers_by_id(result.seen_again)
            lo, hi = (numbers[0], numbers[-1]) if numbers else (1, 0)
            # Texts of the batch the store knew already get no number: -1.
            position = np.array([number_of.get(i, -1) for i in prepared.ids], np.int64)
            fresh = seen_in(prepared.docs, prepared.fields, number_of)
            sets = list(zip(prepared.sets, prepared.prose, strict=True))
            self._link(lo, hi, position, batch, sorted(again.values()), sets, fresh)
        return result

    def _link(
        self,
        lo: int,
        hi: int,
        numbers: npt.NDArray[np.int64],
        batch: Batch | None,
        again: list[int],
        sets: list[Sets] | None = None,
        fresh: Seen | None = None,
    ) -> None:
        """Link texts ``lo`` to ``hi`` (fingerprinted in ``batch``, whose texts are
        numbered ``numbers``, -1 for a text not to link) and the texts seen again
        (``again``) and update their stories, in the caller's transaction; the batch's
        index segment waits in ``_pending`` for the commit. ``fresh``: what the store
        would say of the new texts' sightings (``seen_in``)."""
        links: list[Pair] = []
        new = np.flatnonzero(numbers >= 0)
        if batch is not None and len(new):
            keep = numbers[batch.owner] >= 0
            if not keep.all():
                batch = replace(batch, prints=batch.prints[keep], owner=batch.owner[keep])
            links = link_batch(
                batch, numbers, self.index, self._stored_sets, self.link_config, sets
            )
            for i in new.tolist():
                self._remember(int(numbers[i]), (batch.ordered(i), batch.chrome_of(i)))
                if sets is not None:
                    _keep(self._sets, int(numbers[i]), sets[i])
        update_stories(
            self.store,
            links,
            numbers[new].tolist() + again,
            self._layouts,
            self.cluster_config,
            fresh,
            self._agree_for,
        )
        if batch is not None and len(new):
            self._pending = (lo, hi, batch.prints, numbers[batch.owner])
        elif hi >= lo:  # texts with nothing to index are covered all the same
            self._pending = (lo, hi, np.zeros(0, np.uint64), np.zeros(0, np.int64))

    def _index_pending(self) -> None:
        """Write the last linked batch's segment (after its transaction committed)."""
        if self._pending is not None:
            self.index.add(*self._pending)
            self._pending = None

    def _remember(self, number: int, layout: Layout) -> None:
        _keep(self._shingles, number, layout)

    def _layouts(self, numbers: list[int]) -> dict[int, Layout]:
        """Shingles in order and their chrome flags, of stored texts by number."""
        out = {n: self._shingles[n] for n in numbers if n in self._shingles}
        missing = [n for n in numbers if n not in out]
        if missing:
            texts = self.store.texts_by_number(missing)
            have = [n for n in missing if n in texts]
            for start in range(0, len(have), MAX_BATCH):
                part = have[start : start + MAX_BATCH]
                batch = fingerprint_batch([texts[n] for n in part])
                for i, n in enumerate(part):
                    out[n] = (batch.ordered(i), batch.chrome_of(i))
                    self._remember(n, out[n])
        return out

    def _stored_sets(self, numbers: list[int]) -> dict[int, Sets]:
        """All distinct shingles, and those on prose lines, of stored texts."""
        out = {n: self._sets[n] for n in numbers if n in self._sets}
        missing = [n for n in numbers if n not in out]
        for n, (ordered, chrome) in self._layouts(missing).items():
            out[n] = (distinct(ordered), prose(ordered, chrome))
            _keep(self._sets, n, out[n])
        return out

    def _token_sets(self, numbers: list[int]) -> dict[int, Tokens]:
        out = {n: self._tokens[n] for n in numbers if n in self._tokens}
        missing = [n for n in numbers if n not in out]
        for n, text in self.store.texts_by_number(missing).items():
            out[n] = Tokens(text)
            _keep(self._tokens, n, out[n], TOKEN_CACHE)
        return out

    def _agree_for(self, numbers: list[int]) -> Callable[[int, int], bool]:
        """Whether two texts of a component agree outside what they share."""
        return judge(self._token_sets, numbers, self.cluster_config.rest_tokens)

    def ingest(
        self,
        sources: list[str],
        *,
        config: InputConfig | None = None,
        fields: Fields | None = None,
        min_interval: float = 1.0,
        progress: Callable[[IngestReport], None] | None = None,
        mode: Mode | None = None,
    ) -> IngestReport:
        """Read every source and store what it holds, in batches; report what was new,
        already known, and rejected (with source and position). The reading runs in
        a child process, or in a thread (``mode``; by default a process when this
        process can fork safely: ``reading.choose_mode``)."""
        report = IngestReport()
        reader = Reader(
            sources, config or InputConfig(), fields, min_interval, mode or choose_mode()
        )
        try:
            while True:
                try:
                    message = reader.get(timeout=0.2)
                except TimeoutError:
                    if progress is not None:
                        progress(report)
                    continue
                if message is None:
                    break
                report.read += message.read
                report.rejected += message.rejected
                if message.batch is not None:
                    report.add(self._add(message.batch))
                if progress is not None:
                    progress(report)
        finally:
            reader.close()
        if progress is not None:
            progress(report)
        return report
