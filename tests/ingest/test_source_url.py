"""load() of URLs, served by a local HTTP server the tests start (127.0.0.1): an
article, a declared charset, redirects, errors, limits and timeouts."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storydiff.config import InputConfig
from storydiff.errors import FetchError, NoArticleError, TooLargeError
from storydiff.ingest import load
from tests.ingest.pages import BODY, CANONICAL, HTML, HTML_PARAGRAPHS

pytestmark = pytest.mark.network_local

LATIN1_TEXT = "Zürich café reopens after the winter, the owner said."
BIG = b"x" * 200_000
SLOW_SECONDS = 2.0


@dataclass
class Served:
    base: str
    user_agents: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    served: Served
    stop: threading.Event

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.served.user_agents.append(self.headers.get("User-Agent", ""))
        with contextlib.suppress(OSError):  # the client gave up (timeout tests)
            self._route()

    def _route(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/latin1.txt":
            self._send(200, LATIN1_TEXT.encode("latin-1"), "text/plain; charset=iso-8859-1")
        elif path == "/story.txt":
            self._send(200, BODY.encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/story.txt")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self._send(200, BIG, "text/plain")
        elif path == "/big-stream":
            self._send(200, BIG, "text/plain", length=False)
        elif path == "/empty-page":
            self._send(200, b"<html><body></body></html>", "text/html")
        elif path == "/slow":
            self.stop.wait(SLOW_SECONDS)
            self._send(200, BODY.encode("utf-8"), "text/plain")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    stop = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    host, port = httpd.server_address[0], httpd.server_address[1]
    served = Served(base=f"http://{host!s}:{port}")
    _Handler.served = served
    _Handler.stop = stop
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_url_html_article(server: Served) -> None:
    before = datetime.now(UTC)
    doc = load(server.base + "/article.html")
    after = datetime.now(UTC)
    assert doc.url == CANONICAL
    assert doc.source == server.base + "/article.html"
    assert doc.text.split("\n\n") == HTML_PARAGRAPHS
    assert doc.outlet == "Ostrand Observer"
    assert doc.title == "Ferry delayed by strong winds"
    assert doc.retrieved is not None
    assert before <= doc.retrieved <= after


def test_url_sends_configured_user_agent(server: Served) -> None:
    agent = "storydiff-test/1.0 (fictional)"
    load(server.base + "/story.txt", InputConfig(user_agent=agent))
    assert agent in server.user_agents


def test_url_declared_charset(server: Served) -> None:
    doc = load(server.base + "/latin1.txt")
    assert doc.text == LATIN1_TEXT
    assert doc.retrieved is not None


def test_url_plain_text_gets_final_url_after_redirect(server: Served) -> None:
    doc = load(server.base + "/moved")
    assert doc.text == BODY
    assert doc.url == server.base + "/story.txt"
    assert doc.source == server.base + "/moved"


def test_url_404(server: Served) -> None:
    url = server.base + "/no-such-story"
    with pytest.raises(FetchError) as info:
        load(url)
    assert url in str(info.value)
    assert "404" in str(info.value)


def test_url_redirect_loop(server: Served) -> None:
    url = server.base + "/loop"
    with pytest.raises(FetchError) as info:
        load(url, InputConfig(max_redirects=3))
    assert url in str(info.value)
    assert "redirect" in str(info.value)


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_url_too_large(server: Served, path: str) -> None:
    url = server.base + path
    with pytest.raises(TooLargeError) as info:
        load(url, InputConfig(max_bytes=1000))
    assert url in str(info.value)


def test_url_big_response_within_limit(server: Served) -> None:
    doc = load(server.base + "/big-stream", InputConfig(max_bytes=len(BIG)))
    assert doc.text == BIG.decode("ascii")


def test_url_page_with_no_article(server: Served) -> None:
    url = server.base + "/empty-page"
    with pytest.raises(NoArticleError, match="empty-page"):
        load(url)


def test_url_read_timeout(server: Served) -> None:
    url = server.base + "/slow"
    start = time.perf_counter()
    with pytest.raises(FetchError) as info:
        load(url, InputConfig(read_timeout=0.5))
    assert time.perf_counter() - start < SLOW_SECONDS
    assert url in str(info.value)
    assert "timed out" in str(info.value)


def test_url_connection_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(FetchError) as info:
        load(url, InputConfig(connect_timeout=2.0))
    assert url in str(info.value)


def test_malformed_url_is_a_fetch_error() -> None:
    # Every failing URL should be a FetchError naming it, not an httpx exception.
    url = "http://[::1/story"
    with pytest.raises(FetchError) as info:
        load(url)
    assert url in str(info.value)
