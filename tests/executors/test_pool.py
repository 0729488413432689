"""The standing process pool: results in the jobs' order, work really in other
processes, and in this process when forking is unsafe."""

from __future__ import annotations

import os
import threading

import pytest

from storydiff.executors.pool import Pool


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _fail(n: int) -> int:
    raise ValueError(f"job {n} failed")


def test_results_come_back_in_order_from_other_processes() -> None:
    seen: list[int] = []
    with Pool(2, chunk=3) as pool:
        results = pool.map(_square_and_pid, [(n,) for n in range(20)], progress=seen.append)
        again = pool.map(_square_and_pid, [(n,) for n in range(5)])
    assert [r for r, _ in results] == [n * n for n in range(20)]
    assert {pid for _, pid in results + again} - {os.getpid()}, "no job ran in a worker"
    assert seen[-1] == 20 and seen == sorted(seen)


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


def test_a_failing_job_raises_its_error() -> None:
    with Pool(2) as pool, pytest.raises(ValueError, match="failed"):
        pool.map(_fail, [(1,), (2,)])
