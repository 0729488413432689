"""A small HTTP site on 127.0.0.1 for tests: fixed routes, started and stopped by the
test that needs it."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, str, str | bytes]
"""(HTTP status, content type, body); "HOST" in a text body becomes the Host header."""
MISSING: Route = (404, "text/plain", "")


def serve(routes: Mapping[str, Route], hits: list[str] | None = None) -> Iterator[str]:
    """Serve ``routes`` (the key "*" answers every other path; else 404) and yield the
    site's base URL; every requested path is appended to ``hits``."""

    class Site(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if hits is not None:
                hits.append(self.path)
            status, ctype, body = routes.get(self.path) or routes.get("*") or MISSING
            if isinstance(body, str):
                body = body.replace("HOST", self.headers["Host"]).encode()
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
