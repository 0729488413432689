"""The watcher's loop: check what is due, one URL at a time, then give new events to
the outputs; sleep (on the clock) until the next URL is due. ``stop()`` (SIGTERM,
SIGINT) lets the current request finish and ends the loop cleanly.

    watcher = Watcher(corpus, entries, WatchConfig(), InputConfig(), SystemClock())
    watcher.run_once()          # cron: what is due now (force=True: everything)
    watcher.run_forever()       # a service
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from storydiff.config import SIGNIFICANCE_LEVELS, CompareConfig, InputConfig, WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.errors import StorydiffError
from storydiff.store.watch import EventRow
from storydiff.watch.atom import write_feeds
from storydiff.watch.check import Checker
from storydiff.watch.client import WatchClient
from storydiff.watch.clock import Clock
from storydiff.watch.events import Event, at_least
from storydiff.watch.outputs import Output
from storydiff.watch.watchlist import WatchEntry

log = logging.getLogger(__name__)

BATCH = 50
"""Due URLs read from the store at a time."""
IDLE_MAX = 60.0
"""Longest sleep between two looks at the schedule (a URL added meanwhile)."""


@dataclass(slots=True)
class Stats:
    checks: int = 0
    results: dict[str, int] = field(default_factory=dict)
    events: int = 0
    emitted: int = 0
    last_url: str = ""
    next_due: float | None = None


def _event_of(row: EventRow) -> Event:
    body = orjson.loads(row.body)
    return Event(
        kind=row.kind,
        url=row.url,
        outlet=row.outlet,
        seen=row.seen,
        old=row.old,
        new=row.new,
        significance=row.significance,
        story=row.story,
        title=body.get("title"),
        changes=body.get("changes") or [],
        redline=body.get("redline") or [],
        note=body.get("note") or "",
        id=row.id,
        stealth=body.get("stealth"),
        announced=body.get("announced") or "",
    )


class Watcher:
    def __init__(
        self,
        corpus: Corpus,
        entries: list[WatchEntry],
        config: WatchConfig,
        inputs: InputConfig,
        clock: Clock,
        *,
        outputs: list[Output] | None = None,
        atom: Path | None = None,
        min_significance: str = "trivial",
        compare: CompareConfig | None = None,
        progress: Callable[[Stats], None] | None = None,
    ) -> None:
        self.corpus = corpus
        self.clock = clock
        self.client = WatchClient(inputs, config, clock)
        self.checker = Checker(corpus, self.client, config, clock, entries, compare)
        self.queries = self.checker.queries
        self.outputs = outputs or []
        self.atom = atom
        self.min_significance = min_significance
        self.progress = progress
        self.stats = Stats()
        self._stop = False
        if entries:
            self.checker.register(entries)

    def stop(self) -> None:
        """End after the current request (from a signal handler: sets a flag only)."""
        self._stop = True
        event = getattr(self.clock, "stop", None)
        if event is not None:
            event.set()

    @property
    def stopping(self) -> bool:
        return self._stop

    def _check(self, done: set[str], cutoff: float | None) -> bool:
        """Check due URLs not checked in this round; False when none was due."""
        now = self.clock.now()
        rows = self.queries.due(now if cutoff is None else cutoff, BATCH + len(done))
        rows = [r for r in rows if r.url not in done]
        if not rows:
            return False
        for row in rows:
            if self._stop:
                break
            done.add(row.url)
            try:
                outcome = self.checker.check(row)
            except (StorydiffError, sqlite3.Error):
                raise  # the store failed (a full disk): stop
            except Exception:  # a page that breaks a library: that URL backs off
                log.exception("checking %s failed", row.url)
                outcome = self.checker.crashed(row)
            self.stats.checks += 1
            self.stats.results[outcome.result] = self.stats.results.get(outcome.result, 0) + 1
            self.stats.last_url = row.url
            if outcome.event is not None:
                self.stats.events += 1
            if self.progress is not None:
                self.progress(self.stats)
        self.emit()  # the round's events, once (Atom feeds are rewritten a round, not an event)
        return True

    def run_once(self, force: bool = False) -> Stats:
        """Check every URL that is due (``force``: every URL watched) once, and the
        pages feeds list for the first time."""
        self.emit()  # events a killed run stored and did not give out
        done: set[str] = set()
        cutoff = float("inf") if force else None
        while not self._stop and self._check(done, cutoff):
            pass
        self.stats.next_due = self.queries.next_due()
        return self.stats

    def run_forever(self, until: float | None = None) -> Stats:
        """Check URLs as they fall due until ``stop()`` (or the clock reaches
        ``until``: a simulated run)."""
        self.emit()
        while not self._stop and (until is None or self.clock.now() < until):
            if self._check(set(), None):
                continue
            due = self.queries.next_due()
            self.stats.next_due = due
            if self.progress is not None:
                self.progress(self.stats)
            now = self.clock.now()
            wait = IDLE_MAX if due is None else min(max(due - now, 0.0), IDLE_MAX)
            if until is not None:
                wait = min(wait, max(until - now, 0.0))
            self.clock.sleep(max(wait, 0.001))
        return self.stats

    def emit(self) -> None:
        """Give stored events not given yet to the outputs (those at or over
        ``min_significance``), and rewrite the Atom feeds they touch."""
        pending = self.queries.events(pending=True)
        if not pending:
            return
        stories, outlets = set(), set()
        for row in pending:
            if row.story is not None:
                stories.add(row.story)
            if row.outlet:
                outlets.add(row.outlet)
            if at_least(row.significance, self.min_significance):
                event = _event_of(row)
                for output in self.outputs:
                    output.send(event)
                self.stats.emitted += 1
        if self.atom is not None:
            levels = SIGNIFICANCE_LEVELS[SIGNIFICANCE_LEVELS.index(self.min_significance) :]
            write_feeds(self.queries, self.atom, stories, outlets, levels=levels)
        self.queries.mark_emitted([r.id for r in pending])
