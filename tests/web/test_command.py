"""``storydiff serve`` as a user runs it: a store that is not there, or not a store,
is one line and exit code 2 before anything listens; the real command answers on
127.0.0.1 and says where."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storydiff", "serve", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_missing_or_foreign_store_is_one_line(tmp_path: Path) -> None:
    done = _run("--db", str(tmp_path / "missing.db"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"storydiff: error: {tmp_path / 'missing.db'}: no such store (run storydiff ingest first)"
    ]
    other = tmp_path / "notes.txt"
    other.write_text("not a database, just notes\n" * 100)
    done = _run("--db", str(other))
    assert done.returncode == 2 and "not a storydiff store" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    done = _run("--db", str(other), "--root-path", "news")
    assert done.returncode == 2 and "--root-path" in done.stderr


def test_the_command_serves_on_loopback(store: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "storydiff", "serve", "--db", str(store), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        for _ in range(300):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert r.status_code == 200 and "Kestrel Bay" in r.text
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert f"serving {store} at http://127.0.0.1:{port}/" in out, (out, err)
    assert "Traceback" not in err
