"""Many small jobs in a standing pool of forked processes on this machine.

``Forked`` starts a process a job, which suits a few long jobs (dedup's shards);
work made of many small jobs in rounds (export's stories, a page at a time) would
pay a fork for each. A ``Pool`` forks its workers once, when entered, and hands them
jobs in chunks until it is left. With one worker, or where forking is unsafe (this
process runs other threads), jobs run in this process instead.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType

from storydiff.executors import Inline, Job, R, Report


def _call(fn_job: tuple[Callable[..., R], Job]) -> R:
    fn, job = fn_job
    return fn(*job)


class Pool:
    """Jobs in ``workers`` forked processes started once (use it as a context
    manager), ``chunk`` jobs at a time to a worker."""

    def __init__(self, workers: int, chunk: int = 1) -> None:
        self.workers = max(1, workers)
        self.chunk = max(1, chunk)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Pool:
        if self.workers > 1 and threading.active_count() == 1:
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map(
        self,
        fn: Callable[..., R],
        jobs: Sequence[Job],
        progress: Report | None = None,
        size: Callable[[R], int] | None = None,
    ) -> list[R]:
        """``fn(*job)`` for every job, results in the jobs' order. With ``progress``, as
        the ``Executor`` protocol says: ``fn`` gets a last argument, its ``report``;
        in this process (``Inline``) it is live, from a worker (which cannot call
        back while a job runs) it is None, as on Dask, and the sum of the finished
        jobs' ``size`` (1 each without it) is reported."""
        if self._pool is None or len(jobs) <= 1:
            return Inline().map(fn, jobs, progress, size)
        extra = (None,) if progress is not None else ()
        results: list[R] = []
        done = 0
        calls = [(fn, (*job, *extra)) for job in jobs]
        for result in self._pool.map(_call, calls, chunksize=self.chunk):
            results.append(result)
            if progress is not None:
                done += size(result) if size is not None else 1
                progress(done)
        return results
