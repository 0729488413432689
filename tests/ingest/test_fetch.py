"""A hostile server on 127.0.0.1: a dripping body or dripping headers end at the
deadline, and compression bombs are refused with memory held low."""

from __future__ import annotations

import contextlib
import gzip
import json
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import brotli
import pytest
import zstandard

from storydiff.config import InputConfig
from storydiff.errors import FetchError
from storydiff.ingest.fetch import fetch

PAGE = b"<html><body><article><p>The Larkspur ferry sailed at dawn.</p></article></body></html>"
BOMB_BYTES = 256 << 20
PIECE = b"\x00" * (1 << 20)


def _stream(obj: Callable[[bytes], bytes], end: Callable[[], bytes]) -> bytes:
    return b"".join(obj(PIECE) for _ in range(BOMB_BYTES // len(PIECE))) + end()


def bombs() -> dict[str, bytes]:
    """256 MB of zeros in each encoding, compressed in pieces."""
    gz = zlib.compressobj(9, zlib.DEFLATED, 31)
    zl = zlib.compressobj(9)
    br = brotli.Compressor(quality=5)
    zs = zstandard.ZstdCompressor().compressobj()
    return {
        "gzip": _stream(gz.compress, gz.flush),
        "deflate": _stream(zl.compress, zl.flush),
        "br": _stream(br.process, br.finish),
        "zstd": _stream(zs.compress, zs.flush),
    }


class Hostile(BaseHTTPRequestHandler):
    bombs: ClassVar[dict[str, bytes]] = {}
    stop = threading.Event()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        with contextlib.suppress(OSError):  # the client gave up, as it should
            self._route()

    def _route(self) -> None:
        if self.path == "/drip-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                if self.stop.wait(0.3):
                    return
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for byte in b"X-Slow: " + b"y" * 1000:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                if self.stop.wait(0.3):
                    return
        elif self.path.startswith("/bomb/"):
            body = self.bombs[self.path.removeprefix("/bomb/")]
            self._send(body, self.path.removeprefix("/bomb/"))
        elif self.path == "/gzip-page":
            self._send(gzip.compress(PAGE), "gzip")
        else:
            self.send_error(404)

    def _send(self, body: bytes, encoding: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    Hostile.bombs = bombs()
    Hostile.stop.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    Hostile.stop.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_a_dripping_server_ends_at_the_deadline(hostile: str, path: str) -> None:
    config = InputConfig(deadline=1.5, read_timeout=5.0)
    start = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch(hostile + path, config)
    assert time.monotonic() - start < 3.0
    assert "did not finish within 1.5 s" in str(info.value)


def test_a_compressed_page_is_decoded(hostile: str) -> None:
    body, charset, url, _ = fetch(hostile + "/gzip-page", InputConfig())
    assert body == PAGE and charset == "utf-8" and url.endswith("/gzip-page")


PROBE = """
import json, sys
from storydiff.config import InputConfig
from storydiff.errors import TooLargeError
from storydiff.ingest.fetch import fetch
out = {}
for coding in ("gzip", "deflate", "br", "zstd"):
    try:
        fetch(sys.argv[1] + "/bomb/" + coding, InputConfig())
        out[coding] = "fetched"
    except TooLargeError as exc:
        out[coding] = str(exc)
# VmHWM: this program's own peak (ru_maxrss would count the forking parent's size)
status = open("/proc/self/status").read()
out["peak_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(json.dumps(out))
"""


def test_compression_bombs_are_refused_with_memory_held_low(hostile: str) -> None:
    # a separate process, so its peak memory is the fetch's alone
    run = subprocess.run(
        [sys.executable, "-c", PROBE, hostile], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    for coding in ("gzip", "deflate", "br", "zstd"):
        assert "once decoded" in out[coding], (coding, out[coding])
    assert out["peak_mb"] < 200, out


def test_fetch_works_from_async_code(hostile: str) -> None:
    import asyncio

    async def caller() -> bytes:  # an async application calling the library
        body, _, _, _ = fetch(hostile + "/gzip-page", InputConfig())
        return body

    assert asyncio.run(caller()) == PAGE
