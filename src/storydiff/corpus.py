"""The Corpus: the one place that wires ingest, detection, stories and compare to
the store.

    corpus = Corpus("storydiff.db")
    report = corpus.ingest(["feeds.txt", "crawl.warc.gz", "articles/"])
    for story in corpus.stories():
        print(story.headline, len(story.versions))
"""

from __future__ import annotations

import fcntl
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storydiff.config import InputConfig
from storydiff.detect.cluster import ClusterConfig
from storydiff.detect.fingerprints import MAX_BATCH, Fingerprints, fingerprint_batch
from storydiff.detect.index import FingerprintIndex
from storydiff.detect.link import LinkConfig, Pair, link_batch
from storydiff.diff.compare import Comparison
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.jsonl import JsonlFields
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from storydiff.store import BatchResult, Store
from storydiff.stories import (
    Story,
    find_stories,
    latest_change,
    load_story,
    step,
    update_stories,
)

BATCH_SIZE = 2000
"""Documents written per transaction: large enough to amortise the commit and the
vectorised fingerprinting, small enough that an interrupted ingest redoes little."""
SHINGLE_CACHE = 50_000
"""Texts whose shingles stay in memory (versions of a story arrive close together,
so most candidates are recent: about 4 KB each)."""


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    known: int = 0
    sightings: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def add(self, batch: BatchResult) -> None:
        self.new += batch.new
        self.known += batch.known
        self.sightings += batch.sightings


class Corpus:
    """A store of articles: one SQLite file, and its fingerprint index beside it (a
    folder named after the file with ``.index`` appended)."""

    def __init__(
        self,
        path: str | Path = "storydiff.db",
        *,
        create: bool = True,
        link: LinkConfig | None = None,
        clusters: ClusterConfig | None = None,
    ) -> None:
        self.store = Store(path, create=create)
        self.index = FingerprintIndex(Path(f"{path}.index"))
        self.link_config = link or LinkConfig()
        self.cluster_config = clusters or ClusterConfig()
        self._shingles: OrderedDict[int, Fingerprints] = OrderedDict()
        self._lock_path = self.index.folder / "LOCK"
        mark = self.index.folder / "STORE"
        stale = not mark.exists() or mark.read_text().strip() != self.store.store_id()
        if stale or self.index.covered != self.store.max_number():
            # Texts an interrupted ingest stored but did not link, or a store written
            # before the index existed: link them now, so reads see every story.
            with self._writing():
                pass

    # -- writing -------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One writer at a time, for the whole batch: texts, links, stories, index."""
        with self._lock_path.open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                self.index.refresh()
                self.index.belongs_to(self.store.store_id())
                self.index.forget_after(self.store.max_number())
                self.index.clean()
                self._repair()
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _repair(self) -> None:
        """Link and index the texts an interrupted writer stored but did not index."""
        top = self.store.max_number()
        while self.index.covered < top:
            lo = self.index.covered + 1
            hi = min(top, lo + BATCH_SIZE * 4 - 1)
            rows = self.store.numbered_texts(lo, hi)
            self._link(lo, hi, [n for n, _ in rows], [t for _, t in rows], [])

    def add(self, documents: Iterable[Document]) -> BatchResult:
        """Add documents (one transaction); texts already stored only gain sightings.
        New texts are linked to the stored ones and the stories they touch are
        brought up to date."""
        docs = list(documents)
        with self._writing():
            result = self.store.add(docs)
            if result.numbered:
                numbers = [n for n, _ in result.numbered]
                texts = [d.text for _, d in result.numbered]
                lo, hi = numbers[0], numbers[-1]
            else:
                numbers, texts, lo, hi = [], [], 1, 0
            again = self.store.numbers_by_id(result.seen_again)
            self._link(lo, hi, numbers, texts, sorted(again.values()))
        return result

    def _link(
        self, lo: int, hi: int, numbers: list[int], texts: list[str], again: list[int]
    ) -> None:
        links: list[Pair] = []
        batch = None
        if numbers:
            batch = fingerprint_batch(texts)
            mine = np.asarray(numbers, np.int64)
            links = link_batch(batch, mine, self.index, self._stored_sets, self.link_config)
            for i, n in enumerate(numbers):
                self._remember(n, batch.ordered(i))
        update_stories(self.store, links, numbers + again, self._ordered, self.cluster_config)
        if batch is not None:
            mine = np.asarray(numbers, np.int64)
            self.index.add(lo, hi, batch.prints, mine[batch.owner])

    def _remember(self, number: int, ordered: Fingerprints) -> None:
        self._shingles[number] = ordered
        self._shingles.move_to_end(number)
        while len(self._shingles) > SHINGLE_CACHE:
            self._shingles.popitem(last=False)

    def _ordered(self, numbers: list[int]) -> dict[int, Fingerprints]:
        out = {n: self._shingles[n] for n in numbers if n in self._shingles}
        missing = [n for n in numbers if n not in out]
        if missing:
            texts = self.store.texts_by_number(missing)
            have = [n for n in missing if n in texts]
            for start in range(0, len(have), MAX_BATCH):
                part = have[start : start + MAX_BATCH]
                batch = fingerprint_batch([texts[n] for n in part])
                for i, n in enumerate(part):
                    out[n] = batch.ordered(i)
                    self._remember(n, out[n])
        return out

    def _stored_sets(self, numbers: list[int]) -> dict[int, Fingerprints]:
        return {n: np.unique(s) for n, s in self._ordered(numbers).items()}

    def ingest(
        self,
        sources: list[str],
        *,
        config: InputConfig | None = None,
        fields: JsonlFields | None = None,
        min_interval: float = 1.0,
        progress: Callable[[IngestReport], None] | None = None,
    ) -> IngestReport:
        """Read every source and store what it holds, in batches; report what was new,
        already known, and rejected (with source and position)."""
        config = config or InputConfig()
        report = IngestReport()
        batch: list[Document] = []
        fetcher = PoliteFetcher(config, min_interval)
        for item in iter_documents(sources, config, fields, fetcher):
            if isinstance(item, Rejected):
                report.rejected.append(item)
            else:
                batch.append(item)
            if len(batch) >= BATCH_SIZE:
                report.add(self.add(batch))
                batch = []
            if progress is not None:
                progress(report)
        if batch:
            report.add(self.add(batch))
        if progress is not None:
            progress(report)
        return report

    # -- reading -------------------------------------------------------------------

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Story]:
        """Stories, most recently seen first (then largest first); ``limit`` and
        ``offset`` page through them without reading the rest."""
        return find_stories(self.store, limit, offset)

    def story_count(self) -> int:
        return self.store.story_count()

    def story(self, key: str) -> Story:
        """A story by its number in ``stories()`` (1 is the first) or by (a prefix of)
        the id of one of its texts."""
        if key.isdigit() and len(key) < 8:
            n = int(key)
            rows = self.store.story_rows(1, n - 1) if n >= 1 else []
            if not rows:
                raise StoreError(
                    f"no story number {n}: the store has {self.store.story_count()}",
                    "list them with storydiff stories",
                )
            return load_story(self.store, rows[0].id)
        found = self.store.db.execute(
            "SELECT DISTINCT m.story FROM documents d JOIN members m ON m.document = d.number"
            " WHERE d.id LIKE ? || '%' LIMIT 2",
            (key.lower(),),
        ).fetchall()
        if len(found) != 1:
            problem = "no story" if not found else "several stories"
            raise StoreError(
                f"{problem} matching {key!r}",
                "give more of the id, or its number in storydiff stories",
            )
        return load_story(self.store, int(found[0][0]))

    def similar(self, doc: Document) -> list[tuple[Story, Pair]]:
        """The stories a text belongs to: for each, the best verified pair between the
        text and one of the story's versions (``a`` is the stored text's number,
        ``b`` is 0 for the new text), best first. Nothing is written."""
        self.index.refresh()
        batch = fingerprint_batch([doc.text])
        probe = np.zeros(1, np.int64)  # number 0: before every stored text
        links = link_batch(batch, probe, self.index, self._stored_sets, self.link_config)
        best: dict[int, Pair] = {}
        for p in links:
            other = p.b if p.a == 0 else p.a
            story = self.store.story_of(other)
            if story is None:
                continue
            mine = Pair(other, 0, p.shared, p.containment_b, p.containment_a, p.jaccard)
            if story not in best or mine.containment > best[story].containment:
                best[story] = mine
        found = sorted(best.items(), key=lambda sp: (-sp[1].containment, sp[0]))
        return [(load_story(self.store, story), p) for story, p in found]

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
