"""``storydiff watch`` as a user runs it (--once against the newsroom on the real
clock, --status), and the webhook against a local receiver that fails once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.watch.clock import SimClock
from storydiff.watch.events import Event
from storydiff.watch.outputs import Webhook
from tests.localsite import Asked, Reply, running
from tests.watch.conftest import load_newsroom


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    newsroom = load_newsroom()
    room = newsroom.Newsroom(now=time.time, start=time.time(), slow_seconds=0.0)
    server, base = newsroom.serve(room)
    yield base
    server.shutdown()
    server.server_close()


def test_once_then_status(site: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    watchlist = tmp_path / "watch.toml"
    watchlist.write_text(
        f'[[watch]]\nurl = "{site}/news/weather"\noutlet = "Fenwick Gazette"\ninterval = "1h"\n'
    )
    runner = CliRunner()
    args = ["watch", str(watchlist), "--db", str(db), "--once", "--rate", "0.05", "--no-facts"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "1 checks (1 first); 0 events" in first.output
    again = runner.invoke(main, [*args[:-1], "--force", "--no-facts"])
    assert again.exit_code == 0, again.output
    assert "(1 not modified)" in again.output
    idle = runner.invoke(main, ["watch", "--db", str(db), "--once"])
    assert "0 checks (none due)" in idle.output
    status = runner.invoke(main, ["watch", "--db", str(db), "--status"])
    assert status.exit_code == 0, status.output
    assert "0 events; 1 pages active" in status.output and "active" in status.output


def test_bad_watch_lists_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[watch]]\nurl = "ftp://x.example/feed"\n')
    result = CliRunner().invoke(main, ["watch", str(bad), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "entry 1: 'ftp://x.example/feed' is not an http(s) URL" in result.output
    result = CliRunner().invoke(main, ["watch", "--force", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--force goes with --once" in result.output


def test_webhook_is_retried_until_it_lands() -> None:
    got: list[dict[str, object]] = []
    answers = [500, 200]

    def receive(asked: Asked) -> Reply:
        got.append(orjson.loads(asked.body))
        return (answers.pop(0) if answers else 200), {}, b""

    with running(receive) as site:
        url = f"{site}/hook"
        hook = Webhook(url, SimClock(), timeout=2.0, retries=3)
        event = Event("changed", "http://x.example/a", "<b>Gazette</b>", 0.0, "a", "b")
        hook.send(event)
        assert hook.sent == 1 and hook.failed == 0
        assert len(got) == 2 and got[0] == got[1]
        assert got[1]["outlet"] == "<b>Gazette</b>" and got[1]["kind"] == "changed"
        down = Webhook("http://127.0.0.1:9/none", SimClock(), timeout=0.5, retries=2)
        down.send(event)
        assert down.failed == 1


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_loop_cleanly(site: str, tmp_path: Path, sig: signal.Signals) -> None:
    db = tmp_path / "news.db"
    args = [sys.executable, "-m", "storydiff", "watch", f"{site}/news/weather",
            f"{site}/news/bridge", "--db", str(db), "--rate", "0.05", "--no-facts"]  # fmt: skip
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _versions(db) < 2:
            time.sleep(0.1)
        assert _versions(db) == 2
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "2 checks (2 first); 0 events" in out


def _versions(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM watch_versions").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not made yet


def test_events_on_stdout_stay_apart_from_the_summary(tmp_path: Path) -> None:
    newsroom = load_newsroom()
    clock = SimClock()  # the site's own clock; the command runs on the real one
    room = newsroom.Newsroom(now=clock.now, start=clock.now(), slow_seconds=0.0)
    server, base = newsroom.serve(room)
    try:
        args = ["watch", f"{base}/news/bridge", "--db", str(tmp_path / "news.db"), "--once",
                "--rate", "0.05", "--no-facts"]  # fmt: skip
        runner = CliRunner()
        assert runner.invoke(main, args).exit_code == 0
        clock.advance(9 * 3600)  # the stealth edit: Monday is now Friday
        result = runner.invoke(main, [*args, "--force", "--jsonl", "-"])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    event = orjson.loads(line)
    assert event["kind"] == "changed" and event["url"] == f"{base}/news/bridge"
    assert {"op": "ins", "text": "Friday, "} in event["redline"]
    assert "1 checks (1 changed); 1 events" in result.stderr
