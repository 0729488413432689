"""HTTP for the watcher, politely: robots.txt for storydiff's product token, one
request per host per ``rate`` seconds on the watcher's clock (robots.txt included),
conditional requests with the validators remembered for each URL, and a host that
answered 429 or 503 with Retry-After left alone until then. Timeouts, the size limit
and the redirect limit are ``ingest``'s (``InputConfig``).

robots.txt is read as ``ingest.polite`` reads it (``robots_rules``, RFC 9309): 4xx
allows everything; 5xx or no answer disallows the host until it is read again (after
``backoff``, not a day). The pacing is ``ingest.polite.HostPacer`` on the watcher's
clock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from protego import Protego

from storydiff import __version__
from storydiff.config import InputConfig, WatchConfig
from storydiff.errors import FetchError, InputError
from storydiff.ingest.fetch import Response, fetch_response
from storydiff.ingest.polite import HostPacer, robots_rules, rules_allow
from storydiff.watch.clock import Clock
from storydiff.watch.schedule import retry_after

log = logging.getLogger(__name__)


def user_agent(contact: str | None) -> str:
    """storydiff's User-Agent, with a way to reach whoever runs it.

    Examples:
        >>> user_agent("desk@example.org").endswith("+desk@example.org)")
        True
    """
    reach = contact or "https://storydiff.example/bot"
    return f"Mozilla/5.0 (compatible; storydiff/{__version__}; +{reach})"


class Forbidden(Exception):
    """robots.txt disallows the URL for storydiff (``final``), or could not be read
    (5xx, no answer: the whole host is off limits until ``until``)."""

    def __init__(self, url: str, until: float, final: bool) -> None:
        super().__init__(url)
        self.until = until
        self.final = final


class Deferred(Exception):
    """The host asked us to wait (Retry-After): ``until`` is when to try again."""

    def __init__(self, until: float) -> None:
        super().__init__(until)
        self.until = until


@dataclass(slots=True)
class _Robots:
    rules: Protego | bool
    read_at: float


class WatchClient:
    """Fetches for the watcher; every wait goes through ``clock``."""

    def __init__(self, inputs: InputConfig, config: WatchConfig, clock: Clock) -> None:
        self.inputs = replace(inputs, user_agent=user_agent(config.contact))
        self.config = config
        self.clock = clock
        self.pacer = HostPacer(config.rate, clock, first_waits=True)
        self._robots: dict[str, _Robots] = {}
        self._blocked: dict[str, float] = {}
        self.requests = 0
        self.not_modified = 0

    def _send(self, url: str, headers: dict[str, str]) -> Response:
        host = urlsplit(url).netloc
        due = self.pacer.wait(host)
        if due is not None:
            raise Deferred(due)  # the wait was cut short: stopping
        self.requests += 1
        try:
            return fetch_response(url, self.inputs, headers)
        finally:
            self.pacer.sent(host)

    def _rules(self, url: str) -> Protego | bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        now = self.clock.now()
        cached = self._robots.get(origin)
        if cached is not None and now - cached.read_at < self.config.robots_ttl:
            return cached.rules
        rules: Protego | bool
        read_at = now
        try:
            response = self._send(f"{origin}/robots.txt", {})
            rules = robots_rules(response.status, response.body)
        except FetchError:
            rules = robots_rules(None)  # unreachable: nothing this round
        except InputError:
            rules = True  # too large to read: as if there were none
        if rules is False:  # 5xx or no answer: read again after backoff, not a day
            read_at = now - self.config.robots_ttl + self.config.backoff
        self._robots[origin] = _Robots(rules, read_at)
        return rules

    def allowed(self, url: str) -> bool:
        return rules_allow(self._rules(url), url, self.inputs.robots_token)

    def _refuse(self, url: str) -> Forbidden:
        parts = urlsplit(url)
        cached = self._robots[f"{parts.scheme}://{parts.netloc}"]
        until = cached.read_at + self.config.robots_ttl
        return Forbidden(url, until, final=cached.rules is not False)

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> Response:
        """GET ``url`` when robots.txt allows and the host is not resting, conditional
        on the validators given.

        Raises:
            Forbidden: robots.txt disallows it.
            Deferred: the host asked for a rest that has not ended.
            FetchError: no answer (refused, timed out); TooLargeError: over the limit.
        """
        host = urlsplit(url).netloc
        until = self._blocked.get(host)
        if until is not None and until > self.clock.now():
            raise Deferred(until)
        if not self.allowed(url):
            raise self._refuse(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        response = self._send(url, headers)
        if response.status == 304:
            self.not_modified += 1
        if response.status in (429, 503):
            wait = retry_after(response.headers.get("retry-after"), self.clock.now())
            if wait is not None:
                self._blocked[host] = self.clock.now() + min(wait, self.config.backoff_max)
                log.info("%s asked for a rest of %.0f s", host, wait)
        return response
