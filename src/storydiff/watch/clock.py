"""Clocks the watcher runs on: the system's, or one a test or a benchmark moves, so
days pass in seconds. Every time the watcher reads or waits goes through one. The
protocol, ``Clock``, is ``ingest.polite``'s, whose host pacing the watcher shares."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from storydiff.ingest.polite import Clock

__all__ = ["Clock", "FileClock", "SimClock", "SystemClock"]


class SystemClock:
    """The real time; a wait ends early when ``stop`` is set (SIGTERM, SIGINT)."""

    def __init__(self) -> None:
        self.stop = threading.Event()

    def now(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.stop.wait(seconds)


SIM_START = 1_768_464_000.0
"""Where simulated time starts: 2026-01-15 08:00 UTC, in the past, so that the pages a
simulated site stamps with its own time are never dates ahead of the real clock (which
``ingest.meta`` refuses)."""


class SimClock:
    """Simulated time: ``sleep`` moves it on at once. Thread-safe, so a test server
    in another thread can read it."""

    def __init__(self, start: float = SIM_START) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.advance(seconds)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds

    def set(self, when: float) -> None:
        with self._lock:
            self._now = max(self._now, when)


class FileClock:
    """Simulated time kept in a file, so it goes on across processes (a watcher that
    was killed resumes at the time it had reached) and a server in another process
    or thread reads the same time. Reads and writes take the file's lock (flock), so a
    reader never sees half of a write; a write is one fixed-width ``pwrite``, so a
    writer killed at any moment leaves the old time or the new one."""

    def __init__(self, path: Path, start: float = SIM_START) -> None:
        self.path = path
        if not path.exists():
            self._write(start)

    def now(self) -> float:
        with self.path.open("rb") as fh:
            fcntl.flock(fh, fcntl.LOCK_SH)
            return float(fh.read())

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._write(self.now() + seconds)

    def _write(self, when: float) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.pwrite(fd, f"{when:24.6f}".encode(), 0)  # one write, one width: no truncation
        finally:
            os.close(fd)
