"""What every request meets before a page: the app only reads, so anything but GET
and HEAD is refused (405), and so is a request body (413), a request target longer
than ``MAX_URL_BYTES`` (414), a Host header the app was not told to answer to (400:
a page elsewhere cannot reach the app through a name of its own pointed at
127.0.0.1), and a client past its rate (429, with Retry-After). A failure of the
app is a plain 500 (its traceback goes to the log, and the connection stays open).
Every answer gets the security headers: a Content-Security-Policy that allows no inline script and
nothing from another origin, no sniffing, no framing, no referrer.
"""

from __future__ import annotations

import html
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from storydiff.config.web import MAX_BODY_BYTES, MAX_URL_BYTES, RATE_CLIENTS

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class RateLimit:
    """A token bucket per client address: ``rate`` a second, ``burst`` at once
    (``rate`` 0: no limit)."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """0 when ``client`` may go on (a token is taken), else seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[client] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            while len(self._buckets) > RATE_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value)
    return None


class Guard:
    """The ASGI middleware of this module's docstring."""

    def __init__(self, app: ASGIApp, hosts: set[str], limit: RateLimit) -> None:
        self.app = app
        self.hosts = {h.lower() for h in hosts}
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = self._refusal(scope)
        if refused is not None:
            status, message, extra = refused
            await _answer(scope, send, status, message, extra)
            return

        head = scope["method"] == "HEAD"
        if head:  # answered as GET, without the body (the routes know GET only)
            scope = {**scope, "method": "GET"}

        started = False

        async def secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((k, v) for k, v in HEADERS if k not in names),
                ]
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, receive, secured)
        except Exception:  # a bug, or a damaged store: a plain 500, the traceback logged
            log.exception("%s failed", scope.get("path", ""))
            if not started:
                await _answer(scope, send, 500, "this page failed; the server's log says why", [])

    def _refusal(self, scope: Scope) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        if scope["method"] not in ("GET", "HEAD"):
            return 405, "this app only reads: use GET", [(b"allow", b"GET, HEAD")]
        target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if target > MAX_URL_BYTES:
            return 414, f"the address is longer than {MAX_URL_BYTES} bytes", []
        length = _header(scope, b"content-length")
        if _header(scope, b"transfer-encoding") is not None or (
            length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES)
        ):
            return 413, "this app takes no request body", []
        host = (_header(scope, b"host") or b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if self.hosts and name not in self.hosts and host not in self.hosts:
            return 400, f"this app does not answer to host {host!r} (see --allow-host)", []
        client = scope.get("client")
        wait = self.limit.wait(client[0] if client else "")
        if wait > 0:
            return 429, "too many requests: slow down", [(b"retry-after", b"%d" % (wait + 1))]
        return None


async def _answer(
    scope: Scope, send: Send, status: int, message: str, extra: list[tuple[bytes, bytes]]
) -> None:
    """A short refusal: JSON under /api, a line of HTML elsewhere."""
    if scope.get("path", "").removeprefix(scope.get("root_path", "")).startswith("/api/"):
        body = json.dumps({"error": message, "status": status}).encode()
        kind = b"application/json"
    else:
        body = f"<!DOCTYPE html><title>{status}</title><p>{html.escape(message)}</p>\n".encode()
        kind = b"text/html; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-length", b"%d" % len(body)), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers + HEADERS})
    await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})
