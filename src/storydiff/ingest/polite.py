"""Fetching pages linked from feeds, politely: robots.txt, a per-host rate limit, and
the same timeouts, size limit and User-Agent as every fetch."""

from __future__ import annotations

import time
import urllib.robotparser
from urllib.parse import urlsplit

from storydiff.config import InputConfig
from storydiff.errors import FetchError, InputError
from storydiff.ingest.fetch import fetch


class PoliteFetcher:
    """Fetches URLs, at most one request per ``min_interval`` seconds per host, and
    never a URL that the host's robots.txt disallows for our User-Agent."""

    def __init__(self, config: InputConfig, min_interval: float = 1.0) -> None:
        self.config = config
        self.min_interval = min_interval
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.min_interval - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                self._wait(parts.netloc)
                body, _, _, _ = fetch(f"{host}/robots.txt", self.config)
                assert parser is not None
                parser.parse(body.decode("utf-8", errors="replace").splitlines())
            except InputError:
                parser = None  # no robots.txt (or unreachable): allowed
            self._robots[host] = parser
        parser = self._robots[host]
        return parser is None or parser.can_fetch(self.config.user_agent, url)

    def get(self, url: str) -> tuple[bytes, str | None, str]:
        if not self.allowed(url):
            raise FetchError(
                url, "is disallowed by the site's robots.txt", "skip it or ask the site"
            )
        self._wait(urlsplit(url).netloc)
        body, charset, final_url, _ = fetch(url, self.config)
        return body, charset, final_url
