"""Where work runs, apart from what the work is (as datatrove's executors): an
algorithm hands its steps to an ``Executor`` as jobs (one per shard, or per slice of
pairs), which runs them here (``Inline``), in forked processes (``forked.Forked``) or
on a Dask cluster (``dask.DaskExecutor``). The algorithm is written once; how many
machines run it is the caller's choice.

A job is a function and its arguments. With ``progress``, the function is also given
a last argument, a ``report(done)`` callable for its own count so far; the executor
reports the sum over all jobs (Dask, which cannot call back while a job runs, counts
each finished job's ``size``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

R = TypeVar("R")
Report = Callable[[int], None]
Job = tuple[Any, ...]


class Executor(Protocol):
    @property
    def workers(self) -> int:
        """How many jobs run at once."""
        ...

    def map(
        self,
        fn: Callable[..., R],
        jobs: Sequence[Job],
        progress: Report | None = None,
        size: Callable[[R], int] | None = None,
    ) -> list[R]:
        """``fn(*job)`` for every job, results in the jobs' order."""
        ...


class Totals:
    """Each job's own count, and their sum given to ``progress``."""

    def __init__(self, jobs: int, progress: Report) -> None:
        self.counts = [0] * jobs
        self.progress = progress

    def reporter(self, k: int) -> Report:
        def report(done: int) -> None:
            self.counts[k] = done
            self.progress(sum(self.counts))

        return report


class Inline:
    """Every job in this process, one after the other."""

    workers = 1

    def map(
        self,
        fn: Callable[..., R],
        jobs: Sequence[Job],
        progress: Report | None = None,
        size: Callable[[R], int] | None = None,
    ) -> list[R]:
        if progress is None:
            return [fn(*job) for job in jobs]
        totals = Totals(len(jobs), progress)
        return [fn(*job, totals.reporter(k)) for k, job in enumerate(jobs)]
