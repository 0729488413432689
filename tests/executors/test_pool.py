"""The standing process pool: results in the jobs' order, work really in other
processes, and in this process when forking is unsafe."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from storydiff.executors.pool import Pool


def _square_and_pid(n: int, report: Callable[[int], None] | None = None) -> tuple[int, int]:
    """A job; with progress, the executor's ``report`` (None from a worker)."""
    if report is not None:
        report(1)
    return n * n, os.getpid()


def _fail(n: int) -> int:
    raise ValueError(f"job {n} failed")


_IN_A_FRESH_PROCESS = """
import os, sys
from storydiff.executors.pool import Pool
from tests.executors.test_pool import _square_and_pid
seen = []
with Pool(2, chunk=3) as pool:  # this process runs one thread: the pool forks
    results = pool.map(_square_and_pid, [(n,) for n in range(20)], progress=seen.append)
    sized = []
    pool.map(_square_and_pid, [(n,) for n in range(4)], sized.append, size=lambda r: r[0])
    again = pool.map(_square_and_pid, [(n,) for n in range(5)])
assert [r for r, _ in results] == [n * n for n in range(20)], results
assert {pid for _, pid in results + again} - {os.getpid()}, "no job ran in a worker"
assert seen[-1] == 20 and seen == sorted(seen), seen
assert sized[-1] == 0 + 1 + 4 + 9, sized  # each finished job's size, summed
print("ok")
"""


def test_results_come_back_in_order_from_other_processes() -> None:
    # In a fresh interpreter: the test session runs other threads (servers), where
    # the pool rightly runs jobs in this process instead of forking.
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _IN_A_FRESH_PROCESS],
        cwd=root, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_one_worker_or_other_threads_run_jobs_here() -> None:
    with Pool(1) as pool:
        assert {pid for _, pid in pool.map(_square_and_pid, [(1,), (2,)])} == {os.getpid()}
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with Pool(2) as pool:
            pids = {pid for _, pid in pool.map(_square_and_pid, [(1,), (2,), (3,)])}
    finally:
        stop.set()
        other.join()
    assert pids == {os.getpid()}


def test_in_this_process_each_job_reports_its_own_count_live() -> None:
    seen: list[int] = []
    with Pool(1) as pool:
        pool.map(_square_and_pid, [(1,), (2,), (3,)], progress=seen.append)
    assert seen == [1, 2, 3]  # the sum of the jobs' own reports, as Inline gives it


def test_a_failing_job_raises_its_error() -> None:
    with Pool(2) as pool, pytest.raises(ValueError, match="failed"):
        pool.map(_fail, [(1,), (2,)])
