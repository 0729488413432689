"""Where events go: JSON Lines (standard output or a file) and a webhook (a JSON POST,
retried, with a timeout). Atom feeds are ``watch.atom``.

Events are given to the outputs after they are stored, oldest first; an event is
marked as given once every output had it, so a watcher killed in between gives it
again on restart (at least once, never lost).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import IO, Protocol

import httpx

from storydiff import __version__
from storydiff.config import WEBHOOK_RETRIES, WEBHOOK_TIMEOUT
from storydiff.errors import OutputError
from storydiff.watch.clock import Clock
from storydiff.watch.events import Event

log = logging.getLogger(__name__)


class Output(Protocol):
    def send(self, event: Event) -> None: ...

    def close(self) -> None: ...


class JsonLines:
    """One JSON object a line, on standard output (``-``) or appended to a file."""

    def __init__(self, target: str | Path) -> None:
        self.path = None if str(target) == "-" else Path(target)
        try:
            self._fh: IO[str] = sys.stdout if self.path is None else self.path.open("a")
        except OSError as exc:
            raise OutputError(str(target), f"cannot be written ({exc.strerror or exc})") from exc

    def send(self, event: Event) -> None:
        self._fh.write(event.dumps() + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self.path is not None:
            self._fh.close()


class Webhook:
    """POSTs each event as JSON to ``url``; a failure (no answer, a status >= 400) is
    retried ``retries`` times with waits of 1, 2, 4... seconds on the clock, then left
    (logged, counted in ``failed``)."""

    def __init__(
        self,
        url: str,
        clock: Clock,
        timeout: float = WEBHOOK_TIMEOUT,
        retries: int = WEBHOOK_RETRIES,
    ) -> None:
        self.url = url
        self.clock = clock
        self.retries = retries
        self.failed = 0
        self.sent = 0
        self._client = httpx.Client(
            timeout=timeout,
            headers={"User-Agent": f"storydiff/{__version__}", "Content-Type": "application/json"},
            follow_redirects=False,
        )

    def send(self, event: Event) -> None:
        body = event.dumps().encode()
        for attempt in range(self.retries):
            try:
                answer = self._client.post(self.url, content=body)
                if answer.status_code < 400:
                    self.sent += 1
                    return
                problem = f"HTTP {answer.status_code}"
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            log.warning("webhook %s: %s (attempt %d)", self.url, problem, attempt + 1)
            if attempt + 1 < self.retries:
                self.clock.sleep(2.0**attempt)
        self.failed += 1

    def close(self) -> None:
        self._client.close()
