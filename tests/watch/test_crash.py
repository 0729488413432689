"""SIGKILL the watcher 20 times at random moments of a scripted run and resume each
time: the events and versions stored equal those of an uninterrupted run (none lost,
none repeated). The newsroom runs without rotating chrome here (chrome is the
acceptance run's matter), so each version's text depends on the script alone."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storydiff.corpus.corpus import Corpus
from storydiff.store.watch import WatchQueries
from storydiff.watch.clock import SIM_START, FileClock
from tests.conftest import REPO
from tests.watch import crash_driver
from tests.watch.conftest import load_newsroom

START = SIM_START  # in the past: the pages' stamps are never ahead of the real clock
# The last scripted change (the storm cut) is at 12 h; after 3 h of age an article is
# checked hourly, jittered by up to 10% by a hash of its URL, whose port differs from
# run to run. Until 14 h, every URL has a check after 12 h whatever the port (at
# 13 h a check at 11.99 h followed by a 66-minute wait missed the cut).
UNTIL = START + 14 * 3600
KILLS = 20


def _site(clock_file: Path) -> Iterator[tuple[str, Any]]:
    newsroom = load_newsroom()
    clock = FileClock(clock_file, START)
    room = newsroom.Newsroom(now=clock.now, start=START, chrome=False, slow_seconds=0.0)
    server, base = newsroom.serve(room)
    yield base, room
    server.shutdown()
    server.server_close()


def _state(db: Path, base: str) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    """Events and versions, by path (the two runs' servers have their own ports)."""
    with Corpus(db, readonly=True) as corpus:
        events = sorted(
            (e.url.removeprefix(base), e.kind, e.old, e.new, e.significance)
            for e in WatchQueries(corpus.store).events()
        )
        versions = sorted(
            {(s.url.removeprefix(base), s.document) for s in corpus.store.sightings()}
        )
    return events, versions


def test_sigkill_at_random_moments_loses_and_repeats_nothing(tmp_path: Path) -> None:
    reference = tmp_path / "ref"
    reference.mkdir()
    site = _site(reference / "clock")
    base, _ = next(site)
    started = time.monotonic()
    crash_driver.run(reference / "news.db", reference / "clock", base + "/feed.xml", UNTIL)
    print(f"uninterrupted run: {time.monotonic() - started:.1f} s")
    expected = _state(reference / "news.db", base)
    next(site, None)
    assert len(expected[0]) == 7 and len(expected[1]) >= 12, expected

    killed = tmp_path / "killed"
    killed.mkdir()
    site = _site(killed / "clock")
    base, _room = next(site)
    rng = random.Random(16)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-m", "tests.watch.crash_driver", str(killed / "news.db"),
            str(killed / "clock"), base + "/feed.xml", str(UNTIL)]  # fmt: skip
    kills = 0
    while kills < KILLS:
        proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()  # "ready": imports done, the store open
        time.sleep(rng.uniform(0.0, 0.25))
        proc.stdout.close()
        if proc.poll() is not None:
            break  # finished before the kill: the run is over
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert kills == KILLS, "the run ended before every kill: make it longer"
    assert _state(killed / "news.db", base) == expected
    next(site, None)
