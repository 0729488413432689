"""The Corpus: the one place that wires ingest, detection, stories and compare to
the store.

    corpus = Corpus("storydiff.db")
    report = corpus.ingest(["feeds.txt", "crawl.warc.gz", "articles/"])
    for story in corpus.stories():
        print(story.headline, len(story.versions))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storydiff.config import InputConfig
from storydiff.detect.link import Pair
from storydiff.diff.compare import Comparison, compare
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.ingest.batch import iter_documents
from storydiff.ingest.jsonl import JsonlFields
from storydiff.ingest.polite import PoliteFetcher
from storydiff.ingest.rejected import Rejected
from storydiff.store import BatchResult, Store
from storydiff.stories import Story, find_stories, stories_and_matches
from storydiff.text.language import detect_language

BATCH_SIZE = 500
"""Documents written per transaction: large enough to amortise the commit, small
enough that an interrupted ingest redoes little."""


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
    """A store of articles, on one SQLite file."""

    def __init__(self, path: str | Path = "storydiff.db", *, create: bool = True) -> None:
        self.store = Store(path, create=create)

    def add(self, documents: Iterable[Document]) -> BatchResult:
        """Add documents (one transaction); texts already stored only gain sightings."""
        docs = list(documents)
        for doc in docs:
            if doc.language is None:
                doc.language = detect_language(doc.text)
        return self.store.add(docs)

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

    def stories(self) -> list[Story]:
        """Every story, most recently seen first."""
        return find_stories(self.store)

    def story(self, key: str) -> Story:
        """A story by its number in ``stories()`` (1 is the first) or by (a prefix of)
        its id."""
        stories = self.stories()
        if key.isdigit() and len(key) < 8:
            n = int(key)
            if 1 <= n <= len(stories):
                return stories[n - 1]
            raise StoreError(
                f"no story number {n}: the store has {len(stories)}",
                "list them with storydiff stories",
            )
        matches = [
            s
            for s in stories
            if s.id.startswith(key) or any(v.document.id.startswith(key) for v in s.versions)
        ]
        if len(matches) != 1:
            problem = "no story" if not matches else f"{len(matches)} stories"
            raise StoreError(
                f"{problem} matching {key!r}",
                "give more of the id, or its number in storydiff stories",
            )
        return matches[0]

    def similar(self, doc: Document) -> list[tuple[Story, Pair]]:
        """The stories a text belongs to: for each, the best verified pair between the
        text and one of the story's versions, best first."""
        stories, matches = stories_and_matches(self.store, doc.text)
        story_of = {v.document.id: st for st in stories for v in st.versions}
        best: dict[str, tuple[Story, Pair]] = {}
        for doc_id, p in matches:
            story = story_of[doc_id]
            if story.id not in best or p.containment > best[story.id][1].containment:
                best[story.id] = (story, p)
        return sorted(best.values(), key=lambda sp: -sp[1].containment)

    def timeline(self, story: Story) -> list[Comparison]:
        """Each version against the one before it (with facts)."""
        v = story.versions
        return [compare(v[i - 1].document, v[i].document) for i in range(1, len(v))]

    def close(self) -> None:
        self.store.close()
