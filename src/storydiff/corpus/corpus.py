"""The Corpus: the one place that wires ingest, detection, stories and compare to
the store. The writing side (``add``, ``ingest``) is ``corpus/writer``'s ``Writer``;
this module adds the reading side (stories, timelines, similar texts, why).

    corpus = Corpus("storydiff.db")
    report = corpus.ingest(["feeds.txt", "crawl.warc.gz", "articles/"])
    for story in corpus.stories():
        print(story.headline, len(story.versions))
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np

from storydiff.config import MIN_ID_PREFIX, GroupingConfig, LinkConfig
from storydiff.corpus.stories import (
    Story,
    find_stories,
    latest_change,
    load_story,
    step,
    why_linked,
)
from storydiff.corpus.writer import IngestReport, Writer
from storydiff.detect.fingerprints import fingerprint_batch
from storydiff.detect.index import FingerprintIndex
from storydiff.detect.link import Pair, link_batch
from storydiff.detect.passages import LinkWhy
from storydiff.document import Document
from storydiff.errors import StoreError
from storydiff.pair.compare import Comparison
from storydiff.store import Store, browse
from storydiff.store.connect import why_unwritable

__all__ = ["Corpus", "IngestReport"]


class Corpus(Writer):
    """A store of articles: one SQLite file, and its fingerprint index beside it (a
    folder named after the file with ``.index`` appended)."""

    def __init__(
        self,
        path: str | Path = "storydiff.db",
        *,
        create: bool = True,
        readonly: bool = False,
        link: LinkConfig | None = None,
        clusters: GroupingConfig | None = None,
    ) -> None:
        """Open the store at ``path`` (made when missing and ``create``). ``readonly``:
        for reading only, wherever the store lies (``store.connect``); a store this
        user may write is still brought up to date first (an older schema, texts an
        interrupted ingest did not link), a store it may not is read as it is."""
        if readonly and Path(path).is_file() and why_unwritable(Path(path)) is None:
            Corpus(path, create=False, link=link, clusters=clusters).close()
        store = Store(path, create=create, readonly=readonly)
        self.readonly = readonly
        try:
            index = FingerprintIndex(Path(f"{path}.index"), create=not readonly)
        except OSError as exc:
            store.close()
            raise StoreError(
                f"{path}.index: cannot make the store's index ({exc.strerror or exc})",
                "give a --db path in a folder this user can write",
            ) from exc
        super().__init__(store, index, link, clusters)
        mark = self.index.folder / "STORE"
        stale = not mark.exists() or mark.read_text().strip() != self.store.store_id()
        if not readonly and (stale or self.index.covered != self.store.max_number()):
            # Texts an interrupted ingest stored but did not link, or a store written
            # before the index existed: link them now, so reads see every story. When
            # a writer holds the lock, it is the one to do it: do not wait for it.
            with contextlib.suppress(BlockingIOError), self._writing(wait=False):
                pass

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
        with self.store.snapshot():
            found = browse.stories_by_key(self.store.db, key)
            if found is None:
                raise StoreError(
                    f"{key!r} is not a story id",
                    f"give at least {MIN_ID_PREFIX} hex digits of an id from storydiff stories,"
                    " or --rank N for the N-th story listed",
                )
            if len(found) != 1:
                problem = "no story" if not found else "several stories"
                raise StoreError(
                    f"{problem} matching {key!r}",
                    "give more of the id, or --rank N for the N-th story listed",
                )
            return load_story(self.store, found[0])

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
        return why_linked(self.store, story)

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
