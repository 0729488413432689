"""Safe by default: a hostile article shown on every page leaves nothing unescaped,
every answer carries the security headers, the app refuses what it does not take
(methods, bodies, long addresses, other hosts, too many requests) with a clear 4xx,
and the store is only read."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storydiff.web.app import Settings
from tests.web.conftest import Served, make_store, serve
from tests.web.pages import every_page, problems


def test_hostile_article_is_escaped_on_every_page(client: httpx.Client) -> None:
    for path in every_page(client):
        r = client.get(path)
        assert r.status_code in (200, 400, 404), (path, r.status_code)
        assert problems(r.text) == [], path
        assert "<script>window" not in r.text, path
    story = client.get(every_page(client)[7]).text
    assert "&lt;script&gt;window.__pwned" in story  # shown, as text
    assert "\\u202eevil" in story  # the override made visible, not obeyed
    assert 'href="javascript:' not in story and "javascript:window" in story  # not a link


def test_security_headers_on_every_answer(client: httpx.Client) -> None:
    for path in ["/", "/api/v1/stories", "/static/app.js", "/nothing", "/?bogus=1"]:
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["x-frame-options"] == "DENY"


def _raw(url: str, request: bytes) -> bytes:
    """Send ``request`` as is (httpx would mend it) and read the answer."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(request)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    return answer


def test_refuses_writes_bodies_long_addresses_and_other_hosts(server: Served) -> None:
    with httpx.Client(base_url=server.url) as c:
        assert c.post("/api/v1/stories").status_code == 405
        only = c.head("/")
        assert only.status_code == 200 and only.content == b""
        assert int(only.headers["content-length"]) == len(c.get("/").content)
        assert c.request("DELETE", "/").status_code == 405
        r = c.request("GET", "/api/v1/stories", content=b"x" * 10)
        assert r.status_code == 413 and "no request body" in r.json()["error"]
        r = c.get("/?q=" + "a" * 5000)
        assert r.status_code == 414
        r = c.get("/", headers={"host": "evil.example"})
        assert r.status_code == 400 and "evil.example" in r.text
    head = _raw(
        server.url,
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    )
    assert head.startswith(b"HTTP/1.1 413"), head[:80]


@pytest.fixture(scope="module")
def tight(store: Path) -> Iterator[Served]:
    """A second server on the same store whose rate limit is tight."""
    served = serve(store, Settings(rate=2, burst=3, refresh=0))
    yield served
    served.stop()


def test_rate_limit_answers_429_with_retry_after(tight: Served) -> None:
    with httpx.Client(base_url=tight.url) as c:
        codes = [c.get("/static/app.css").status_code for _ in range(6)]
        assert codes[:3] == [200, 200, 200] and 429 in codes[3:], codes
        r = c.get("/static/app.css")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_is_only_read(tmp_path: Path) -> None:
    """Pages that work facts out for the first time write nothing into the store: the
    facts go to the search index's file beside it."""
    db = make_store(tmp_path / "fresh.db")
    before = {p.name: _digest(p) for p in tmp_path.glob("fresh.db*") if p.is_file()}
    served = serve(db, Settings(rate=0, refresh=0))
    try:
        with httpx.Client(base_url=served.url, timeout=120) as c:
            for story in c.get("/api/v1/stories").json()["stories"]:
                assert c.get(f"/stories/{story['id']}").status_code == 200
    finally:
        served.stop()
    after = {p.name: _digest(p) for p in tmp_path.glob("fresh.db*") if p.is_file()}
    for name in ("fresh.db", "fresh.db-wal"):
        if name in before:
            assert after.get(name) == before[name], name
    assert "fresh.db.search" in after


def test_a_failure_shows_no_traceback(tmp_path: Path) -> None:
    """A store damaged by hand (a text that is not compressed text any more): the
    story fails with a plain 500, its traceback only in the server's log, and the
    other pages go on."""
    import sqlite3

    db = make_store(tmp_path / "damaged.db")
    with sqlite3.connect(db) as con:
        number, key = con.execute(
            "SELECT d.number, d.id FROM documents d JOIN sightings s ON s.document = d.number"
            " WHERE s.outlet = 'Tollmere News' ORDER BY d.number LIMIT 1"
        ).fetchone()
        con.execute("UPDATE documents SET text = x'28b52ffd00' WHERE number = ?", (number,))
    con.close()
    served = serve(db, Settings(rate=0, refresh=0))
    try:
        with httpx.Client(base_url=served.url, timeout=60) as c:
            page = c.get(f"/stories/{key}")
            api = c.get(f"/api/v1/stories/{key}")
            assert c.get("/outlets").status_code == 200
    finally:
        served.stop()
    assert page.status_code == 500 and "this page failed" in page.text
    assert api.status_code == 500 and api.json() == {
        "error": "this page failed; the server's log says why",
        "status": 500,
    }
    for text in (page.text, api.text):
        assert "Traceback" not in text and "zstd" not in text.lower() and ".py" not in text
