"""Jobs as Dask tasks (``dask[distributed]``, the ``dask`` extra).

On a real cluster the files a job reads and writes (a dedup's work folder and its
input) must be on a file system every worker and the client see, at the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from storydiff.errors import MissingExtraError
from storydiff.executors import Job, R, Report


@contextmanager
def dask_client(scheduler: str | None = None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, else of a two-worker LocalCluster
    on 127.0.0.1 (closed on exit), its dashboard on a free port of 127.0.0.1: never
    Dask's default 8787, which another cluster on the machine may hold."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - the dev lock installs it
        raise MissingExtraError("dask", "The Dask engine (dask[distributed])") from exc
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


class DaskExecutor:
    """Each job a task of ``client``'s cluster."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @property
    def workers(self) -> int:
        return max(1, int(sum(self.client.nthreads().values())))

    def map(
        self,
        fn: Callable[..., R],
        jobs: Sequence[Job],
        progress: Report | None = None,
        size: Callable[[R], int] | None = None,
    ) -> list[R]:
        from distributed import as_completed

        extra = (None,) if progress is not None else ()  # no live report from a task
        futures = [self.client.submit(fn, *job, *extra, pure=False) for job in jobs]
        if progress is not None:
            done = 0
            for future in as_completed(futures):  # type: ignore[no-untyped-call]
                done += size(future.result()) if size is not None else 1
                progress(done)
        results: list[R] = self.client.gather(futures)
        return results
