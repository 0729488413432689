"""Fetching for a batch, politely: robots.txt read for storydiff's product token, one
request per host per interval, and a host that could not be reached not tried again
in the same run.

robots.txt follows RFC 9309: rules are matched on the product token ``storydiff``
(``InputConfig.robots_token``), not on the whole User-Agent string; a robots.txt that
answers 4xx allows everything; one that answers 5xx, times out or cannot be reached
disallows the whole host for this run. Rules are read with protego.

The reading of a robots.txt answer (``robots_rules``) and the pacing of requests to a
host (``HostPacer``, on any ``Clock``) are shared with ``watch.client``, which reads
robots.txt again after a while and runs on a clock a test can move.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit

from protego import Protego

from storydiff.config import InputConfig
from storydiff.errors import FetchError, InputError
from storydiff.ingest.fetch import fetch


class Clock(Protocol):
    """What a wait goes through: the system's clock, or one a test moves."""

    def now(self) -> float:
        """Seconds (since the epoch, or any fixed start)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (or less, when the caller is asked to stop)."""
        ...


class MonotonicClock:
    """``time.monotonic`` and ``time.sleep``."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


def robots_rules(status: int | None, body: bytes = b"") -> Protego | bool:
    """A robots.txt answer as RFC 9309 reads it: parsed rules for a 2xx/3xx body;
    True (everything allowed) for a 4xx; False (nothing) for a 5xx or no answer
    (``status`` None)."""
    if status is None or status >= 500:
        return False
    if status >= 400:
        return True
    return Protego.parse(body.decode("utf-8", errors="replace"))


def rules_allow(rules: Protego | bool, url: str, token: str) -> bool:
    """Whether ``rules`` (``robots_rules``) let the product ``token`` fetch ``url``."""
    if isinstance(rules, bool):
        return rules
    return bool(rules.can_fetch(url, token))


class HostPacer:
    """At most one request per ``interval`` seconds to a host, on ``clock``.
    ``first_waits``: the first request to a host waits an interval too (a watcher
    just started cannot know that the one before it did not ask a moment ago)."""

    def __init__(self, interval: float, clock: Clock, first_waits: bool = False) -> None:
        self.interval = interval
        self.clock = clock
        self.first_waits = first_waits
        self._last: dict[str, float] = {}

    def wait(self, host: str) -> float | None:
        """Wait until the host may be asked again and count the request as sent now;
        the time it was due when the clock's wait ended early (the caller is
        stopping: nothing was counted), else None."""
        now = self.clock.now()
        last = self._last.setdefault(host, now) if self.first_waits else self._last.get(host)
        if last is not None and last + self.interval > now:
            due = last + self.interval
            self.clock.sleep(due - now)
            if self.clock.now() < due - 1e-3:
                return due
        self._last[host] = self.clock.now()
        return None

    def sent(self, host: str) -> None:
        """Count the host's last request from now (when its answer has come)."""
        self._last[host] = self.clock.now()


class PoliteFetcher:
    """Fetches URLs, at most one request per ``min_interval`` seconds per host (only
    requests actually sent count), never a URL that the host's robots.txt disallows
    for storydiff, and never again a host that refused or timed out in this run."""

    def __init__(
        self, config: InputConfig, min_interval: float = 1.0, clock: Clock | None = None
    ) -> None:
        self.config = config
        self.min_interval = min_interval
        self.pacer = HostPacer(min_interval, clock or MonotonicClock())
        self._robots: dict[str, Protego | bool] = {}
        self._down: dict[str, str] = {}

    def _wait(self, host: str) -> None:
        self.pacer.wait(host)

    def _rules(self, origin: str, host: str) -> Protego | bool:
        """The host's robots.txt: parsed rules, or True (all allowed) / False (none)."""
        try:
            self._check_up(origin, host)
            self._wait(host)
            body, _, _, _ = fetch(f"{origin}/robots.txt", self.config)
        except FetchError as exc:
            if exc.status is None:
                self._down[host] = exc.problem
            return robots_rules(exc.status)  # 4xx: all allowed; 5xx, unreachable: none
        except InputError:
            return True  # over the size limit: read as unavailable
        return robots_rules(200, body)

    def _check_up(self, url: str, host: str) -> None:
        if host in self._down:
            raise FetchError(
                url, f"was not tried: {host} {self._down[host]} earlier in this run", ""
            )

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._rules(origin, parts.netloc)
        return rules_allow(self._robots[origin], url, self.config.robots_token)

    def fetch(self, url: str) -> tuple[bytes, str | None, str, datetime]:
        """Download an allowed URL at the host's pace: (body, charset, final URL, time)."""
        host = urlsplit(url).netloc
        self._check_up(url, host)
        if not self.allowed(url):
            self._check_up(url, host)
            raise FetchError(
                url, "is disallowed by the site's robots.txt", "skip it or ask the site"
            )
        self._wait(host)
        try:
            return fetch(url, self.config)
        except FetchError as exc:
            if exc.status is None:
                self._down[host] = exc.problem
            raise

    def get(self, url: str) -> tuple[bytes, str | None, str]:
        body, charset, final_url, _ = self.fetch(url)
        return body, charset, final_url
