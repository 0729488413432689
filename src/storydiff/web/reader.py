"""What the web app reads: the store (read-only, one connection a thread), its search
index beside it (``web.search``), and in memory the stories and comparisons it drew
last, so that a warm page costs a few queries.

Nothing here writes the store: a comparison's facts the store has not cached are
worked out once and kept in the search index's file (and in memory).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from storydiff.config.web import (
    COMPARISON_CACHE,
    CONNECTION_CACHE_MB,
    COUNT_SECONDS,
    STORY_CACHE,
)
from storydiff.corpus.stories import Story, load_story, step, why_linked
from storydiff.detect.passages import LinkWhy
from storydiff.errors import NotFoundError
from storydiff.pair.compare import Comparison
from storydiff.store import Store, browse
from storydiff.web.search import SearchIndex

K = TypeVar("K")
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A small thread-safe least-recently-used map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class ServeStore(Store):
    """The store, read-only, whose cache of worked-out steps is read from the store
    and then from the search index's file, and written only to the latter."""

    def __init__(self, path: Path, search: SearchIndex) -> None:
        super().__init__(path, create=False, readonly=True)
        self.db.execute(f"PRAGMA cache_size = -{CONNECTION_CACHE_MB * 1024}")
        self.search = search

    def step(self, old: str, new: str, kind: str) -> str | None:
        return super().step(old, new, kind) or self.search.step(old, new, kind)

    def save_step(self, old: str, new: str, kind: str, body: str) -> None:
        self.search.save_step(old, new, kind, body)


@dataclass(slots=True)
class StoryView:
    """A story as its page shows it."""

    story: Story
    listed: browse.Listed
    steps: list[Comparison]
    why: list[LinkWhy]
    facts: int = 0
    """Fact changes its timeline shows (rewording and trivial edits left out)."""
    outlets: list[str] = field(default_factory=list)


class Reader:
    """The app's reads of one store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.search = SearchIndex(path)
        self._local = threading.local()
        self._stores: list[ServeStore] = []
        self._lock = threading.Lock()
        first = self.store()  # refuses a missing or foreign store at once
        self.store_id = first.store_id()
        self.stories: LRU[int, StoryView] = LRU(STORY_CACHE)
        self.comparisons: LRU[tuple[str, str], Comparison] = LRU(COMPARISON_CACHE)
        self._counted = (-1e9, 0)
        self.last_request = 0.0
        """When a page was last asked for (``time.monotonic``): the indexing thread
        works facts out ahead only when none was for a while."""
        self._facts_lock = threading.Lock()

    def store(self) -> ServeStore:
        """This thread's connection to the store."""
        found: ServeStore | None = getattr(self._local, "store", None)
        if found is None:
            found = self._local.store = ServeStore(self.path, self.search)
            with self._lock:
                self._stores.append(found)
        return found

    @property
    def db(self) -> Any:
        return self.store().db

    def story_count(self) -> int:
        """Stories in the store, counted at most once every ``COUNT_SECONDS`` (a count
        reads the whole stories table: tens of milliseconds at a million texts)."""
        now = time.monotonic()
        if now - self._counted[0] > COUNT_SECONDS:
            self._counted = (now, self.store().story_count())
        return self._counted[1]

    def story_by_number(self, number: int) -> StoryView:
        ids = self.store().ids_by_number([number])
        if number not in ids:
            raise NotFoundError(f"no story {number}")
        return self.story(ids[number])

    def story_number(self, key: str) -> int:
        """The story of ``key`` (its id, or any of its texts' ids, or a prefix of one:
        ``browse.stories_by_key``)."""
        found = browse.stories_by_key(self.db, key)
        if found is None:
            raise NotFoundError(f"{key!r} is not a story id")
        if len(found) != 1:
            raise NotFoundError(
                f"no story matching {key!r}" if not found else f"several stories match {key!r}"
            )
        return found[0]

    def _cached(self, number: int, listed: browse.Listed) -> StoryView | None:
        """The story drawn last, when the story has not changed since."""
        cached = self.stories.get(number)
        if cached is None:
            return None
        fresh = (cached.listed.size, cached.listed.last_seen) == (listed.size, listed.last_seen)
        return cached if fresh else None

    def _listed(self, store: ServeStore, number: int, key: str) -> browse.Listed:
        listed = browse.stories_by_number(store.db, [number]).get(number)
        if listed is None:
            raise NotFoundError(f"no story {key!r}")
        return listed

    def story(self, key: str) -> StoryView:
        """A story with its timeline (each version against the one before, with facts)
        and the evidence that it is one story; from memory when it has not changed."""
        number = self.story_number(key)
        store = self.store()
        with store.snapshot():
            listed = self._listed(store, number, key)
            cached = self._cached(number, listed)
            if cached is not None:
                return cached
            story = load_story(store, number)
            why = why_linked(store, story)
            outlets = browse.outlets_of(store.db, [number]).get(number, [])
        v = story.versions
        steps = [
            self.comparison(v[i - 1].document.id, v[i].document.id, story) for i in range(1, len(v))
        ]
        facts = sum(not ch.hidden for c in steps for ch in c.changes)
        view = StoryView(story, listed, steps, why, facts, outlets)
        self.stories.put(number, view)
        self.search.record_facts(number, listed.last_seen or "", listed.size, facts)
        return view

    def versions(self, key: str) -> Story:
        """The story of ``key``, its versions in order, none compared: what a page of
        one comparison needs (from memory when the story was drawn and has not
        changed)."""
        number = self.story_number(key)
        store = self.store()
        with store.snapshot():
            cached = self._cached(number, self._listed(store, number, key))
            return cached.story if cached is not None else load_story(store, number)

    def comparison(self, old: str, new: str, story: Story) -> Comparison:
        """Two versions of ``story`` (document ids) compared, with facts."""
        found = self.comparisons.get((old, new))
        if found is not None:
            return found
        docs = {v.document.id: v.document for v in story.versions}
        if old not in docs or new not in docs:
            raise NotFoundError("both versions must be texts of this story")
        with self._facts_lock:  # one at a time: the spaCy pipeline is shared
            made = self.comparisons.get((old, new)) or step(docs[old], docs[new], self.store())
        self.comparisons.put((old, new), made)
        return made

    def compare_in(self, key: str, old: str, new: str) -> tuple[Story, Comparison]:
        """The story of ``key`` and two of its versions compared (ids or prefixes):
        that comparison only, not the story's timeline."""
        story = self.versions(key)
        ids = [v.document.id for v in story.versions]

        def one(prefix: str) -> str:
            found = [i for i in ids if i.startswith(prefix.lower())] if prefix else []
            if len(found) != 1:
                raise NotFoundError(f"{prefix!r} is not one version of this story")
            return found[0]

        return story, self.comparison(one(old), one(new), story)

    def close(self) -> None:
        with self._lock:
            for s in self._stores:  # each thread's: another thread's refuses to close
                with contextlib.suppress(sqlite3.ProgrammingError):
                    s.close()
            self._stores.clear()
        self.search.close()
