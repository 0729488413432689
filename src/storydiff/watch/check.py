"""One check of one watched URL: fetch it politely and conditionally, and store what
it shows. A new version, its event and the URL's new state commit in one transaction
(``Store.transaction``; the corpus's ``add`` joins it), so a kill at any moment
leaves all of a step or none, and an event's key makes it unique."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from storydiff.config import CompareConfig, WatchConfig
from storydiff.corpus.corpus import Corpus
from storydiff.errors import InputError
from storydiff.ingest.decode import decode
from storydiff.ingest.feed import looks_like_feed
from storydiff.ingest.fetch import Response
from storydiff.store.watch import WatchedUrl, WatchQueries
from storydiff.watch.client import Deferred, Forbidden, WatchClient
from storydiff.watch.clock import Clock
from storydiff.watch.feeds import read_feed_list
from storydiff.watch.normalise import SiteChrome, compile_patterns, host_of
from storydiff.watch.schedule import backoff, next_check, retry_after
from storydiff.watch.versions import PageText, Verdict, event_for, extract, judge
from storydiff.watch.watchlist import WatchEntry, entry_from_json, entry_json

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Outcome:
    url: str
    result: str
    """"not modified", "unchanged", "first", "changed", "flipflop", "removed",
    "restored", "truncated", "feed", "failed", "forbidden", "deferred", "stopped"."""
    event: int | None = None


class Checker:
    """Checks watched URLs against the store of ``corpus``."""

    def __init__(
        self,
        corpus: Corpus,
        client: WatchClient,
        config: WatchConfig,
        clock: Clock,
        entries: list[WatchEntry] | None = None,
        compare: CompareConfig | None = None,
    ) -> None:
        self.corpus = corpus
        self.store = corpus.store
        self.queries = WatchQueries(corpus.store)
        self.client = client
        self.config = config
        self.clock = clock
        self.compare = compare or CompareConfig(facts=config.facts)
        self.entries = {r.url: entry_from_json(r.url, r.settings) for r in self.queries.entries()}
        self.entries.update({e.url: e for e in entries or []})
        self.chrome = self._load_chrome()

    def _load_chrome(self) -> SiteChrome:
        chrome = SiteChrome(self.config.chrome_min_pages, self.config.chrome_max_chars)
        for host, key, url in self.queries.lines():
            chrome.add(host, key, url)
        return chrome

    def register(self, entries: list[WatchEntry]) -> int:
        """Watch the entries; how many are new. One watched already keeps its state and
        schedule, takes the settings given now, and is checked again if it had
        stopped (failures, age)."""
        now = self.clock.now()
        added = 0
        with self.store.transaction():
            for e in entries:
                self.entries[e.url] = e
                settings = entry_json(e)
                row = WatchedUrl(e.url, e.kind, e.url, e.outlet, now, now, settings=settings)
                if self.queries.add_url(row):
                    added += 1
                    continue
                known = self.queries.get(e.url)
                if known is not None:
                    known.settings, known.outlet = settings, e.outlet or known.outlet
                    if known.state == "stopped":
                        known.state, known.fails, known.next_check = "active", 0, now
                    self.queries.save(known)
        return added

    def entry_of(self, row: WatchedUrl) -> WatchEntry:
        return self.entries.get(row.entry) or WatchEntry(row.entry)

    def _every(self, row: WatchedUrl) -> float | None:
        entry = self.entry_of(row)
        if row.kind == "feed":
            return entry.interval or self.config.feed_interval
        if row.entry == row.url:  # a page named on its own
            return entry.interval or self.config.page_interval
        return None  # an article found in a feed: the age schedule

    def _reschedule(self, row: WatchedUrl, now: float) -> None:
        when = next_check(row.url, now, row.first_seen, self.config, self._every(row))
        if when is None:
            row.state = "stopped"
            row.next_check = now
        else:
            row.next_check = when

    def _failed(self, row: WatchedUrl, now: float, status: int | None, wait: float | None) -> str:
        row.fails += 1
        row.last_status = status
        row.last_check = now
        row.state = "failing" if row.fails < self.config.max_failures else "stopped"
        row.next_check = now + backoff(row.fails, self.config, wait)
        self.queries.save(row)
        return "failed" if row.state == "failing" else "stopped"

    def crashed(self, row: WatchedUrl) -> Outcome:
        """Record a check that failed unexpectedly (a page that breaks the extractor) as
        a failure of the URL, so it backs off instead of stopping the watcher."""
        with self.store.transaction():
            stored = self.queries.get(row.url) or row  # as it was before the rollback
            return Outcome(row.url, self._failed(stored, self.clock.now(), None, None))

    def check(self, row: WatchedUrl) -> Outcome:
        """Check one URL now and store what it shows."""
        now = self.clock.now()
        try:
            response = self.client.get(row.url, row.etag, row.last_modified)
        except Forbidden as refused:
            # disallowed: look again when robots.txt is read again; robots.txt did not
            # answer: nothing of the host until then (RFC 9309), not a failure of the URL
            row.state = "forbidden" if refused.final else row.state
            row.last_check, row.next_check = now, refused.until
            with self.store.transaction():
                self.queries.save(row)
            return Outcome(row.url, "forbidden" if refused.final else "deferred")
        except Deferred as rest:
            row.next_check = rest.until
            with self.store.transaction():
                self.queries.save(row)
            return Outcome(row.url, "deferred")
        except InputError as exc:  # no answer, timed out, too large
            log.info("%s", exc)
            with self.store.transaction():
                result = self._failed(row, now, getattr(exc, "status", None), None)
            return Outcome(row.url, result)
        now = self.clock.now()
        try:
            # The corpus's lock before the store's, as ingest takes them: a watcher
            # and an ingest on one store wait for each other in turn, never crosswise.
            with self.corpus.writing(), self.store.transaction():
                return self._answered(row, response, now)
        except BaseException:
            # Rolled back (the corpus's writing() forgets what its caches held of it):
            # the site chrome seen goes back to what the store has.
            self.chrome = self._load_chrome()
            raise

    def _answered(self, row: WatchedUrl, response: Response, now: float) -> Outcome:
        status = response.status
        if status == 304:
            row.last_check, row.last_status, row.fails = now, 304, 0
            row.state = "active" if row.state != "removed" else "removed"
            self._reschedule(row, now)
            self.queries.save(row)
            return Outcome(row.url, "not modified")
        if status in (404, 410) and row.kind != "feed":
            return self._removed(row, now, status)
        if status >= 400:
            wait = retry_after(response.headers.get("retry-after"), now)
            return Outcome(row.url, self._failed(row, now, status, wait))
        try:
            text = decode(response.body, row.url, response.charset)
        except InputError as exc:
            log.info("%s", exc)
            return Outcome(row.url, self._failed(row, now, status, None))
        row.etag = response.headers.get("etag") or None
        row.last_modified = response.headers.get("last-modified") or None
        row.last_check, row.last_status, row.fails = now, status, 0
        if row.kind == "feed" or (row.kind == "auto" and looks_like_feed(text)):
            return self._feed(row, response, now)
        row.kind = "page" if row.kind == "auto" else row.kind
        try:
            page = extract(text, row.url, response.url, self.entry_of(row).selector)
        except InputError as exc:
            log.info("%s", exc)
            return Outcome(row.url, self._failed(row, now, status, None))
        return self._page(row, page, now)

    def _removed(self, row: WatchedUrl, now: float, status: int) -> Outcome:
        row.last_check, row.last_status, row.fails = now, status, 0
        result, event = "removed", None
        if row.state != "removed" and row.version is not None:
            row.seq += 1
            event = self._event(row, "removed", now, Verdict("removed", old_id=row.version))
        row.state = "removed"
        self._reschedule(row, now)
        self.queries.save(row)
        return Outcome(row.url, result, event)

    def _feed(self, row: WatchedUrl, response: Response, now: float) -> Outcome:
        found = read_feed_list(response.body, response.url)
        if found is None:
            return Outcome(row.url, self._failed(row, now, response.status, None))
        row.kind, row.state = "feed", "active"
        row.outlet = row.outlet or found.title
        for item in found.items:
            known = self.queries.get(item.link)
            if known is None:
                page = WatchedUrl(
                    item.link, "page", row.url, row.outlet, now, now, stamp=item.stamp
                )
                self.queries.add_url(page)
            elif item.stamp and known.stamp != item.stamp and known.state != "stopped":
                known.stamp = item.stamp  # the feed says it was updated: look now
                known.next_check = min(known.next_check, now)
                self.queries.save(known)
        self._reschedule(row, now)
        self.queries.save(row)
        return Outcome(row.url, "feed")

    def _page(self, row: WatchedUrl, page: PageText, now: float) -> Outcome:
        entry = self.entry_of(row)
        patterns = compile_patterns([*self.config.ignore, *entry.ignore])
        raw_changed = page.raw != row.raw
        if raw_changed:
            shapes = self.chrome.update(row.url, page.raw)
            self.queries.add_lines(host_of(row.url), shapes, row.url)
            row.raw = page.raw
        verdict = judge(self, row, page, patterns, datetime.fromtimestamp(now, UTC))
        was_removed = row.state == "removed"
        row.state = "active"
        self._reschedule(row, now)
        if verdict.store is not None:
            self.corpus.add([verdict.store])
            row.seq += 1
            self.queries.add_version(row.url, row.seq, verdict.store.id, now)
            row.version = verdict.store.id
        event = None
        if verdict.kind == "truncated":
            key = f"{row.url}|truncated|{verdict.old_id}|{verdict.new_id}"
            event = self._event(row, "truncated", now, verdict, key)
        elif verdict.kind in ("changed", "flipflop"):
            event = self._event(row, verdict.kind, now, verdict)
        elif was_removed and verdict.kind == "unchanged":
            row.seq += 1
            verdict.kind = "restored"
            event = self._event(row, "restored", now, verdict)
        self.queries.save(row, raw=raw_changed)
        return Outcome(row.url, verdict.kind, event)

    def _event(
        self, row: WatchedUrl, kind: str, now: float, verdict: Verdict, key: str | None = None
    ) -> int | None:
        event = event_for(self.queries, row, kind, now, verdict, self.config.trivial_words)
        return self.queries.add_event(
            key or f"{row.url}|{row.seq}",
            kind,
            row.url,
            event.outlet,
            event.story,
            now,
            event.old,
            event.new,
            event.significance,
            event.dumps(),
        )
