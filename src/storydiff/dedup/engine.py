"""One dedup orchestration: sketch the shards, find candidates, verify them, and
cluster. Where the jobs run is an ``Executor``'s business (``storydiff.executors``:
this process, forked processes, or a Dask cluster): the steps are the same, and so
is the result.

Candidates are found in the calling process (a band's buckets take about 2 ms per
100,000 documents); sketching (one job per shard, each reading its own) and
verification (slices of the pairs, grouped by the shard holding the first
document's shingles) are the executor's jobs.
"""

from __future__ import annotations

import itertools
import logging
import math
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storydiff.config import DEFAULT_DEDUP, MIN_PAIRS_PER_JOB, PAIRS_PER_JOB, DedupConfig
from storydiff.dedup.banding import choose_bands
from storydiff.dedup.candidates import Buckets, Pairs, unique_pairs
from storydiff.dedup.clusters import best_matches, components, kept
from storydiff.dedup.result import DedupResult, Sketches
from storydiff.dedup.sketch import Batch, ShardSketch, batch_cuts, sketch_batches, sketch_shard
from storydiff.dedup.sources import shards
from storydiff.dedup.warm import warm_up
from storydiff.executors import Executor, Inline
from storydiff.executors.forked import Forked
from storydiff.ingest.jsonl import Fields

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


def band_candidates(
    sketches: Sketches, band: int, max_bucket: int, buckets: Buckets | None = None
) -> Pairs:
    """The candidate pairs of one band (``buckets``: scratch space to reuse)."""
    keys = sketches.band(band)
    return (buckets or Buckets(len(keys))).pairs(keys, max_bucket)


def verify_pairs(sketches: Sketches, pairs: Pairs, config: DedupConfig) -> npt.NDArray[np.float64]:
    """The exact Jaccard similarity of each pair (``config`` is the run's: the
    executors pass it to every job)."""
    return sketches.similarity(pairs)[0]


def resolve(
    sketches: Sketches,
    pairs: Pairs,
    exact: npt.NDArray[np.float64],
    config: DedupConfig,
    bands: int,
    rows: int,
    started: float,
    work: tempfile.TemporaryDirectory[str] | None,
) -> DedupResult:
    """Clusters, best matches and keep flags from the verified pairs."""
    n = sketches.documents
    good = exact >= config.threshold
    links = pairs[good]
    cluster = components(n, links)
    match, best = best_matches(n, links, exact[good])
    keep = kept(cluster, sketches.keep_facts(), config.keep)
    return DedupResult(
        sketches=sketches,
        cluster=cluster,
        keep=keep,
        match=match,
        jaccard=best,
        linked=links,
        linked_jaccard=exact[good],
        bands=bands,
        rows=rows,
        candidates=len(pairs),
        seconds=time.perf_counter() - started,
        work=work,
        sketch_config=(config.num_perm, config.seed),
    )


def _records(sketch: ShardSketch) -> int:
    return sketch.documents + len(sketch.rejected)


def _verify(
    sketches: Sketches, pairs: Pairs, config: DedupConfig, executor: Executor
) -> npt.NDArray[np.float64]:
    """The exact Jaccard similarity of every pair, in jobs of pairs grouped by the
    shard that holds the first document's shingles."""
    if executor.workers <= 1 or len(pairs) < 2 * MIN_PAIRS_PER_JOB:
        return verify_pairs(sketches, pairs, config)
    shard_of = np.searchsorted(sketches.starts, pairs[:, 0], side="right") - 1
    order = np.argsort(shard_of, kind="stable")
    per = max(MIN_PAIRS_PER_JOB, min(PAIRS_PER_JOB, -(-len(pairs) // executor.workers)))
    chunks = [order[lo : lo + per] for lo in range(0, len(order), per)]
    verified = executor.map(verify_pairs, [(sketches, pairs[chunk], config) for chunk in chunks])
    exact = np.zeros(len(pairs))
    for chunk, e in zip(chunks, verified, strict=True):
        exact[chunk] = e
    return exact


def _finish(
    sketches: Sketches,
    config: DedupConfig,
    bands: int,
    rows: int,
    started: float,
    work: tempfile.TemporaryDirectory[str] | None,
    executor: Executor,
) -> DedupResult:
    timings = {"sketch": time.perf_counter() - started}
    mark = time.perf_counter()
    buckets = Buckets(sketches.documents)
    pairs = unique_pairs(
        [band_candidates(sketches, b, config.max_bucket, buckets) for b in range(bands)]
    )
    timings["candidates"] = time.perf_counter() - mark
    mark = time.perf_counter()
    exact = _verify(sketches, pairs, config, executor)
    timings["verify"] = time.perf_counter() - mark
    mark = time.perf_counter()
    result = resolve(sketches, pairs, exact, config, bands, rows, started, work)
    timings["cluster"] = time.perf_counter() - mark
    result.timings = timings
    log.info(
        "dedup: %d documents, %d candidate pairs, %d links, %d clusters, %.1f s",
        result.documents, result.candidates, result.links, result.clusters, result.seconds,
    )  # fmt: skip
    return result


def dedup_path(
    path: Path,
    config: DedupConfig = DEFAULT_DEDUP,
    fields: Fields | None = None,
    workers: int = 1,
    work_dir: Path | None = None,
    progress: Progress | None = None,
    executor: Executor | None = None,
    partitions: int | None = None,
    min_shard_bytes: int | None = None,
) -> DedupResult:
    """Deduplicate one input (JSONL, Parquet, a folder of text files, or a storydiff
    store), each shard read by its own job.

    ``executor`` runs the jobs (default: ``workers`` forked processes on this
    machine, or this process for one); ``partitions`` shards (default: one per
    worker), each at least ``min_shard_bytes`` of a JSONL file. ``progress`` is called
    now and then with the number of records read so far. The result holds sketch
    files in a temporary folder (under ``work_dir``): close it when done.
    """
    started = time.perf_counter()
    executor = executor or (Forked(workers) if workers > 1 else Inline())
    fields = fields or Fields()
    bands, rows = choose_bands(config)
    work = tempfile.TemporaryDirectory(prefix="storydiff-dedup-", dir=work_dir)
    try:
        root = Path(work.name)
        count = partitions or executor.workers
        parts = (
            shards(path, count) if min_shard_bytes is None else shards(path, count, min_shard_bytes)
        )
        if len(parts) > 1:
            # Load the compiled kernels once, here: forked processes inherit them
            # (each would otherwise pay Numba's first call, about 0.4 s).
            warm_up()
        jobs = [
            (shard, fields, root / f"shard-{k:04d}", config, bands, rows)
            for k, shard in enumerate(parts)
        ]
        sketched = executor.map(sketch_shard, jobs, progress, _records)
        return _finish(Sketches(sketched), config, bands, rows, started, work, executor)
    except BaseException:
        work.cleanup()
        raise


def dedup_texts(
    texts: Sequence[str],
    config: DedupConfig = DEFAULT_DEDUP,
    published: Sequence[float] | None = None,
    work_dir: Path | None = None,
) -> DedupResult:
    """Deduplicate texts held in memory (ids are their positions, 0-based). The
    sketches stay in memory too (4 bytes a shingle: about half the size of English
    text), unless ``work_dir`` is given: then they go to files in a temporary folder
    there, as ``dedup_path``'s do.

    Examples:
        >>> story = "the cargo ship ran aground off the port of kestrel bay on saturday night"
        >>> with dedup_texts([story, "an unrelated text about markets", story + " today"]) as r:
        ...     r.cluster.tolist(), r.keep.tolist()
        ([0, 1, 0], [False, True, True])
    """
    started = time.perf_counter()
    bands, rows = choose_bands(config)
    when = np.full(len(texts), math.nan) if published is None else np.asarray(published, float)

    # One pass over the strings for their lengths (each read is a memory access on a
    # large corpus): batches, the shingles to expect and the keep rule use it.
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))

    def parts() -> Iterator[Batch]:
        cuts = batch_cuts(lengths, config.batch_size, config.batch_chars)
        for lo, hi in itertools.pairwise(cuts):
            # Empty texts are rejected by sketching (they have no words), as "text <id>".
            part = texts[lo:hi]
            yield Batch(
                range(lo, hi), [], part if isinstance(part, list) else list(part),
                when[lo:hi], lengths[lo:hi],
            )  # fmt: skip

    # In memory unless a work folder is given: the kept shingles (4 bytes each, about
    # one per word) beside the texts the caller holds anyway.
    work = None
    if work_dir is not None:
        work = tempfile.TemporaryDirectory(prefix="storydiff-dedup-", dir=work_dir)
    try:
        folder = Path(work.name if work else "memory") / "shard-0000"
        # About a shingle per 7 characters of prose: the memory sink maps a shingle per
        # 5 and faults in only what it fills, so growing (a copy) is rare.
        hint = int(lengths.sum()) // 5
        part = sketch_batches(
            parts(), folder, config, bands, rows, "texts", in_memory=work is None,
            shingles_hint=hint, documents_hint=len(texts),
        )  # fmt: skip
        return _finish(Sketches([part]), config, bands, rows, started, work, Inline())
    except BaseException:
        if work is not None:
            work.cleanup()
        raise
