"""A small HTTP site on 127.0.0.1 for tests and benchmarks, started and stopped by
whoever needs it: ``running`` answers every request with a function of it (the
watch soak's site that changes by the day, a webhook's receiver); ``serve`` answers
fixed routes. bench/ scripts import it with the repository's root on ``sys.path``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, str, str | bytes]
"""(HTTP status, content type, body); "HOST" in a text body becomes the Host header."""
MISSING: Route = (404, "text/plain", "")

Reply = tuple[int, Mapping[str, str], bytes]
"""(HTTP status, headers, body)."""


@dataclass(frozen=True, slots=True)
class Asked:
    """A request as the site received it."""

    method: str
    path: str
    headers: Message[str, str]
    """The request's headers, by any case of their names."""
    body: bytes


@contextmanager
def running(answer: Callable[[Asked], Reply]) -> Iterator[str]:
    """A site answering each GET and POST with ``answer(request)``, in threads; the
    site's base URL while the ``with`` lasts."""

    class Site(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, headers, reply = answer(Asked(self.command, self.path, self.headers, body))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            if reply and status != 304:
                self.wfile.write(reply)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def serve(routes: Mapping[str, Route], hits: list[str] | None = None) -> Iterator[str]:
    """Serve ``routes`` (the key "*" answers every other path; else 404) and yield the
    site's base URL; every requested path is appended to ``hits``."""

    def answer(asked: Asked) -> Reply:
        if hits is not None:
            hits.append(asked.path)
        status, ctype, body = routes.get(asked.path) or routes.get("*") or MISSING
        if isinstance(body, str):
            body = body.replace("HOST", asked.headers["Host"]).encode()
        return status, {"Content-Type": ctype}, body

    with running(answer) as base:
        yield base
