"""Jobs in forked processes on this machine, ``workers`` at a time.

A forked child starts with the parent's memory (loaded kernels, open sketches), so
nothing is sent to it; it writes its result to a file the parent reads back, and its
traceback beside it when it fails.
"""

from __future__ import annotations

import multiprocessing
import pickle
import tempfile
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from storydiff.errors import WorkerError
from storydiff.executors import Inline, Job, R, Report

POLL_SECONDS = 0.2
"""How often finished processes are looked for and progress is reported."""


def _run(
    fn: Callable[..., object], job: Job, counter: Synchronized[int] | None, target: Path
) -> None:  # pragma: no cover - runs in a forked process
    try:
        if counter is not None:

            def report(done: int) -> None:
                counter.value = done

            result = fn(*job, report)
        else:
            result = fn(*job)
        target.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:
        target.with_suffix(".error").write_text(traceback.format_exc(), encoding="utf-8")
        raise


class Forked:
    """Jobs in forked processes, at most ``workers`` at once (one job runs inline)."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)

    def map(
        self,
        fn: Callable[..., R],
        jobs: Sequence[Job],
        progress: Report | None = None,
        size: Callable[[R], int] | None = None,
    ) -> list[R]:
        if len(jobs) <= 1 or self.workers == 1:
            return Inline().map(fn, jobs, progress, size)
        ctx = multiprocessing.get_context("fork")
        counters = [ctx.Value("q", 0) for _ in jobs] if progress is not None else None
        with tempfile.TemporaryDirectory(prefix="storydiff-jobs-") as folder:
            targets = [Path(folder) / f"job-{k:05d}.pickle" for k in range(len(jobs))]
            waiting = list(range(len(jobs)))
            running: dict[int, multiprocessing.process.BaseProcess] = {}
            while waiting or running:
                while waiting and len(running) < self.workers:
                    k = waiting.pop(0)
                    counter = counters[k] if counters is not None else None
                    running[k] = ctx.Process(target=_run, args=(fn, jobs[k], counter, targets[k]))
                    running[k].start()
                for k, process in list(running.items()):
                    process.join(timeout=POLL_SECONDS / max(1, len(running)))
                    if not process.is_alive():
                        _check(process, targets[k])
                        del running[k]
                if progress is not None and counters is not None:
                    progress(sum(int(c.value) for c in counters))
            return [pickle.loads(t.read_bytes()) for t in targets]


def _check(process: multiprocessing.process.BaseProcess, target: Path) -> None:
    if process.exitcode == 0 and target.exists():
        return
    error = target.with_suffix(".error")
    detail = error.read_text(encoding="utf-8") if error.exists() else ""
    raise WorkerError(f"a worker process failed (exit code {process.exitcode})\n{detail}".strip())
