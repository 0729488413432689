"""The Corpus: the one place that wires ingest, detection, stories and compare to
the store.

    corpus = Corpus("storydiff.db")
    report = corpus.ingest(["feeds.txt", "crawl.warc.gz", "articles/"])
    for story in corpus.stories():
        print(story.headline, len(story.versions))
"""

from __future__ import annotations

import contextlib
import fcntl
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storydiff.config import (
    BATCH_SIZE,
    MIN_ID_PREFIX,
    SHINGLE_CACHE,
    TOKEN_CACHE,
    ClusterConfig,
    InputConfig,
    LinkConfig,
)
from storydiff.corpus.reading import Mode, Prepared, Reader, choose_mode, prepare
from storydiff.corpus.stories import (
    Story,
    find_stories,
    latest_change,
    load_story,
    step,
)
from storydiff.corpus.story_table import update_stories
from storydiff.detect.agreement import MIN_TOKENS, Tokens, judge, rest_agreement
from storydiff.detect.fingerprints import (
    MAX_BATCH,
    Batch,
    Fingerprints,
    distinct,
    fingerprint_batch,
)
from storydiff.detect.index import FingerprintIndex
from storydiff.detect.link import Flags, Pair, link_batch, prose
from storydiff.detect.passages import LinkWhy, shared_passages
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.ingest.jsonl import JsonlFields
from storydiff.ingest.rejected import Rejected
from storydiff.pair.compare import Comparison
from storydiff.store import BatchResult, Seen, Store, seen_in
from storydiff.store.connect import why_unwritable

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


class Corpus:
    """A store of articles: one SQLite file, and its fingerprint index beside it (a
    folder named after the file with ``.index`` appended)."""

    def __init__(
        self,
        path: str | Path = "storydiff.db",
        *,
        create: bool = True,
        readonly: bool = False,
        link: LinkConfig | None = None,
        clusters: ClusterConfig | None = None,
    ) -> None:
        """Open the store at ``path`` (made when missing and ``create``). ``readonly``:
        for reading only, wherever the store lies (``store.connect``); a store this
        user may write is still brought up to date first (an older schema, texts an
        interrupted ingest did not link), a store it may not is read as it is."""
        if readonly and Path(path).is_file() and why_unwritable(Path(path)) is None:
            Corpus(path, create=False, link=link, clusters=clusters).close()
        self.store = Store(path, create=create, readonly=readonly)
        self.readonly = readonly
        try:
            self.index = FingerprintIndex(Path(f"{path}.index"), create=not readonly)
        except OSError as exc:
            self.store.close()
            raise StoreError(
                f"{path}.index: cannot make the store's index ({exc.strerror or exc})",
                "give a --db path in a folder this user can write",
            ) from exc
        self.link_config = link or LinkConfig()
        self.cluster_config = clusters or ClusterConfig()
        self._shingles: OrderedDict[int, Layout] = OrderedDict()
        self._sets: OrderedDict[int, Sets] = OrderedDict()
        self._tokens: OrderedDict[int, Tokens] = OrderedDict()
        self._pending: tuple[int, int, Fingerprints, npt.NDArray[np.int64]] | None = None
        self._lock_path = self.index.folder / "LOCK"
        mark = self.index.folder / "STORE"
        stale = not mark.exists() or mark.read_text().strip() != self.store.store_id()
        if not readonly and (stale or self.index.covered != self.store.max_number()):
            # Texts an interrupted ingest stored but did not link, or a store written
            # before the index existed: link them now, so reads see every story. When
            # a writer holds the lock, it is the one to do it: do not wait for it.
            with contextlib.suppress(BlockingIOError), self._writing(wait=False):
                pass

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def _writing(self, wait: bool = True) -> Iterator[None]:
        """One writer at a time, for the whole batch: texts, links, stories, index
        (``wait=False``: raise ``BlockingIOError`` if another holds the lock)."""
        with self._lock_path.open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            try:
                self.index.refresh()
                self.index.belongs_to(self.store.store_id())
                self.index.forget_after(self.store.max_number())
                self.index.clean()
                self._repair()
                self._pending = None
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
        fields: JsonlFields | None = None,
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

    # -- reading -------------------------------------------------------------------

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Story]:
        """Stories, most recently seen first (then largest first); ``limit`` and
        ``offset`` page through them without reading the rest."""
        with self.store.snapshot():  # one state, whatever an ingest commits meanwhile
            return find_stories(self.store, limit, offset)

    def story_count(self) -> int:
        return self.store.story_count()

    def story(self, key: str) -> Story:
        """A story by its id, or by the id of any of its texts (a prefix of at least
        ``MIN_ID_PREFIX`` hex digits will do)."""
        prefix = key.lower()
        if len(prefix) < MIN_ID_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
            raise StoreError(
                f"{key!r} is not a story id",
                f"give at least {MIN_ID_PREFIX} hex digits of an id from storydiff stories,"
                " or --rank N for the N-th story listed",
            )
        with self.store.snapshot():
            found = self.store.db.execute(  # ids from prefix to prefix + "g": the index
                "SELECT DISTINCT m.story FROM documents d JOIN members m ON m.document = d.number"
                " WHERE d.id >= ? AND d.id < ? LIMIT 2",
                (prefix, prefix + "g"),
            ).fetchall()
            if len(found) != 1:
                problem = "no story" if not found else "several stories"
                raise StoreError(
                    f"{problem} matching {key!r}",
                    "give more of the id, or --rank N for the N-th story listed",
                )
            return load_story(self.store, int(found[0][0]))

    def story_at(self, rank: int) -> Story:
        """The ``rank``-th story of ``stories()`` (1 is the most recently seen); a
        rank changes as stories arrive, an id does not."""
        with self.store.snapshot():
            rows = self.store.story_rows(1, rank - 1) if rank >= 1 else []
            if not rows:
                raise StoreError(
                    f"no story at rank {rank}: the store has {self.store.story_count()}",
                    "list them with storydiff stories",
                )
            return load_story(self.store, rows[0].id)

    def similar(self, doc: Document) -> list[tuple[Story, Pair]]:
        """The stories a text belongs to: for each, the best verified pair between the
        text and one of the story's versions (``a`` is the stored text's number, ``b``
        the new text's, a number no stored text has), best first. Nothing is written."""
        self.index.refresh()
        mark = self.index.folder / "STORE"
        if not mark.exists() or mark.read_text().strip() != self.store.store_id():
            raise StoreError(  # only a read-only store: a writable one was repaired
                f"{self.index.folder}: the index is missing or not its store's"
                f" ({self.store.path}), and this user cannot make it again",
                "open the store once where it can be written (storydiff ingest --db)",
            )
        batch = fingerprint_batch([doc.text])
        me = max(self.index.covered, self.store.max_number()) + 1  # after every stored text
        probe = np.array([me], np.int64)
        links = link_batch(batch, probe, self.index, self._stored_sets, self.link_config)
        best: dict[int, Pair] = {}
        for p in links:
            story = self.store.story_of(p.a)
            if story is None:
                continue
            if story not in best or p.containment > best[story].containment:
                best[story] = p
        found = sorted(best.items(), key=lambda sp: (-sp[1].containment, sp[0]))
        with self.store.snapshot():
            return [(load_story(self.store, story), p) for story, p in found]

    def why(self, story: Story) -> list[LinkWhy]:
        """For each verified link between two versions of ``story``: what the two share
        (``detect.passages``) and the figures the link rule read (``docs/stories.md``),
        earliest versions first."""
        position = {v.document.id: i for i, v in enumerate(story.versions)}
        with self.store.snapshot():
            numbers = self.store.story_members(story.number)
            ids = self.store.ids_by_number(numbers)
            rows = [r for r in self.store.links_of(numbers) if r[0] in ids and r[1] in ids]
        out = []
        for row in rows:
            link = Pair(*row)
            x, y = sorted((position[ids[link.a]], position[ids[link.b]]))
            a, b = story.versions[x].document, story.versions[y].document
            found = rest_agreement(a.text, b.text)
            agreement = found.tokens if min(found.rest_a, found.rest_b) >= MIN_TOKENS else None
            out.append(LinkWhy(x, y, link, agreement, shared_passages(a.text, b.text)))
        return sorted(out, key=lambda w: (w.old, w.new))

    def timeline(self, story: Story) -> list[Comparison]:
        """Each version against the one before it (with facts)."""
        v = story.versions
        return [step(v[i - 1].document, v[i].document, self.store) for i in range(1, len(v))]

    def latest_change(self, story: Story) -> dict[str, int] | None:
        """Sentences added, removed and edited by the story's last step (cached)."""
        return latest_change(story, self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
