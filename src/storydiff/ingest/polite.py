"""Fetching for a batch, politely: robots.txt read for storydiff's product token, one
request per host per interval, and a host that could not be reached not tried again
in the same run.

robots.txt follows RFC 9309: rules are matched on the product token ``storydiff``
(``InputConfig.robots_token``), not on the whole User-Agent string; a robots.txt that
answers 4xx allows everything; one that answers 5xx, times out or cannot be reached
disallows the whole host for this run. Rules are read with protego.
"""

from __future__ import annotations

import time
from datetime import datetime
from urllib.parse import urlsplit

from protego import Protego

from storydiff.config import InputConfig
from storydiff.errors import FetchError, InputError
from storydiff.ingest.fetch import fetch


class PoliteFetcher:
    """Fetches URLs, at most one request per ``min_interval`` seconds per host (only
    requests actually sent count), never a URL that the host's robots.txt disallows
    for storydiff, and never again a host that refused or timed out in this run."""

    def __init__(self, config: InputConfig, min_interval: float = 1.0) -> None:
        self.config = config
        self.min_interval = min_interval
        self._last: dict[str, float] = {}
        self._robots: dict[str, Protego | bool] = {}
        self._down: dict[str, str] = {}

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.min_interval - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)
        self._last[host] = time.monotonic()

    def _rules(self, origin: str, host: str) -> Protego | bool:
        """The host's robots.txt: parsed rules, or True (all allowed) / False (none)."""
        try:
            self._check_up(origin, host)
            self._wait(host)
            body, _, _, _ = fetch(f"{origin}/robots.txt", self.config)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return True  # no robots.txt: everything is allowed
            if exc.status is None:
                self._down[host] = exc.problem
            return False  # 5xx or unreachable: nothing is allowed this run
        except InputError:
            return True  # over the size limit: read as unavailable
        return Protego.parse(body.decode("utf-8", errors="replace"))

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
        rules = self._robots[origin]
        if isinstance(rules, bool):
            return rules
        return bool(rules.can_fetch(url, self.config.robots_token))

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
