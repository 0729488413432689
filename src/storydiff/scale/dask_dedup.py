"""The Dask engine of ``storydiff dedup``: the local engine's steps as Dask tasks.

1. each partition (a shard of the input: a byte range of a JSONL file, row groups of
   a Parquet file, files of a folder) is read and sketched by a worker, which writes
   its signatures, band keys and shingles to the work folder;
2. band keys are shuffled by band: one task per band reads that band's keys from
   every partition and sorts them into candidate pairs;
3. candidate pairs are verified in tasks grouped by the partition that holds the
   first document's shingles;
4. only the verified links come back to the client, which finds the connected
   components and the kept documents: documents themselves are never collected.

The steps are the local engine's functions, so the result is identical to
``dedup_path`` on the same input. On a real cluster the work folder must be on a
file system every worker and the client see (``--work-dir``), and the input path
must be readable by the workers at the same path.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from storydiff.config import DEFAULT_DEDUP, DedupConfig
from storydiff.dedup.banding import choose_bands
from storydiff.dedup.candidates import unique_pairs
from storydiff.dedup.engine import (
    DedupResult,
    Sketches,
    band_candidates,
    resolve,
    verify_pairs,
)
from storydiff.dedup.sketch import sketch_shard
from storydiff.dedup.sources import Fields, shards
from storydiff.errors import MissingExtraError

PAIRS_PER_TASK = 20_000


@contextmanager
def dask_client(scheduler: str | None = None) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, else of a two-worker LocalCluster
    on 127.0.0.1 (closed on exit)."""
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
            n_workers=2, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def dedup_dask(
    path: Path,
    config: DedupConfig = DEFAULT_DEDUP,
    fields: Fields | None = None,
    scheduler: str | None = None,
    work_dir: Path | None = None,
    progress: Callable[[int], None] | None = None,
    client: Any = None,
    partitions: int | None = None,
    min_shard_bytes: int | None = None,
) -> DedupResult:
    """Deduplicate ``path`` on a Dask cluster: ``client`` if given, else one at
    ``scheduler``, else a LocalCluster. ``partitions`` defaults to the cluster's
    thread count."""
    if client is None:
        with dask_client(scheduler) as own:
            return dedup_dask(
                path, config, fields, work_dir=work_dir, progress=progress, client=own,
                partitions=partitions, min_shard_bytes=min_shard_bytes,
            )  # fmt: skip
    from distributed import as_completed

    started = time.perf_counter()
    fields = fields or Fields()
    bands, rows = choose_bands(config)
    count = partitions or max(1, sum(client.nthreads().values()))
    parts = shards(path, count) if min_shard_bytes is None else shards(path, count, min_shard_bytes)
    work = tempfile.TemporaryDirectory(prefix="storydiff-dedup-", dir=work_dir)
    try:
        root = Path(work.name)
        folders = [root / f"shard-{k:04d}" for k in range(len(parts))]
        futures = [
            client.submit(sketch_shard, shard, fields, folder, config, bands, rows, pure=False)
            for shard, folder in zip(parts, folders, strict=True)
        ]
        done = 0
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            done += future.result().documents + len(future.result().rejected)
            if progress is not None:
                progress(done)
        sketches = Sketches(client.gather(futures))

        band_futures = [
            client.submit(band_candidates, sketches, band, config.max_bucket, pure=False)
            for band in range(bands)
        ]
        pairs = unique_pairs(client.gather(band_futures))

        # Verify where the first document's shingles are: one group per partition.
        shard_of = np.searchsorted(sketches.starts, pairs[:, 0], side="right") - 1
        order = np.argsort(shard_of, kind="stable")
        chunks = [order[lo : lo + PAIRS_PER_TASK] for lo in range(0, len(order), PAIRS_PER_TASK)]
        verified = client.gather(
            [
                client.submit(verify_pairs, sketches, pairs[chunk], config, pure=False)
                for chunk in chunks
            ]
        )
        exact = np.zeros(len(pairs))
        est = np.zeros(len(pairs))
        for chunk, (e, m) in zip(chunks, verified, strict=True):
            exact[chunk] = e
            est[chunk] = m
        return resolve(sketches, pairs, exact, est, config, bands, rows, started, work)
    except BaseException:
        work.cleanup()
        raise
