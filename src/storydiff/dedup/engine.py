"""The local engine: sketch shards (in one process, or one process per shard), then
find candidates, verify them, and cluster, on this machine.

Each step is a plain function over the sketch files, so the Dask engine
(``storydiff.scale.dask_dedup``) runs the very same steps as tasks and gets the very
same result.
"""

from __future__ import annotations

import itertools
import logging
import math
import mmap
import multiprocessing
import os
import pickle
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import numpy as np
import numpy.typing as npt

from storydiff.config import DEFAULT_DEDUP, DedupConfig
from storydiff.dedup.banding import choose_bands
from storydiff.dedup.candidates import Buckets, Pairs, unique_pairs
from storydiff.dedup.clusters import KeepFacts, best_matches, components, kept
from storydiff.dedup.kernels import Ints, warm_up
from storydiff.dedup.sketch import Batch, ShardSketch, batch_cuts, sketch_batches, sketch_shard
from storydiff.dedup.sources import Fields, Shard, shards
from storydiff.dedup.verify import ShardShingles, verify_chunks
from storydiff.errors import DedupError
from storydiff.ingest.rejected import Rejected

log = logging.getLogger(__name__)
Progress = Callable[[int], None]


def _advise(mapped: mmap.mmap, advice: str) -> None:
    """``madvise`` where the platform has that advice; it is only advice, so a refusal
    is not an error."""
    if hasattr(mmap, advice):
        with suppress(OSError):
            mapped.madvise(getattr(mmap, advice))


class Sketches:
    """The sketch files of every shard, in input order, and how to reach a document
    by its number (0-based, in input order over all shards).

    Pickling sends only the file names (for worker processes and Dask tasks)."""

    def __init__(self, parts: list[ShardSketch]) -> None:
        self.parts = parts
        sizes = [p.documents for p in parts]
        self.starts = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
        self._offsets: dict[int, npt.NDArray[np.int64]] = {}

    def __reduce__(self) -> tuple[type[Sketches], tuple[list[ShardSketch]]]:
        return (Sketches, (self.parts,))

    def close(self) -> None:
        self._offsets.clear()

    @property
    def documents(self) -> int:
        return int(self.starts[-1])

    @property
    def rejected(self) -> list[Rejected]:
        return [r for p in self.parts for r in p.rejected]

    def band(self, band: int) -> npt.NDArray[np.uint64]:
        """Every document's key in one band."""
        cols = [p.keys(band) for p in self.parts]
        return np.concatenate(cols) if cols else np.zeros(0, dtype=np.uint64)

    def offsets(self, k: int) -> Ints:
        """Where each text of shard ``k`` begins in its shingle file, and the end
        (checked: the kernels that read through them have no bounds checks)."""
        if k not in self._offsets:
            offsets = self.parts[k].shingle_offsets()
            if (
                len(offsets) != self.parts[k].documents + 1
                or (len(offsets) and offsets[0] != 0)
                or (np.diff(offsets) < 0).any()
            ):
                path = self.parts[k].path("shingle_offsets.npy")
                raise DedupError(f"{path} is corrupt (not one rising offset per text)")
            self._offsets[k] = offsets
        return self._offsets[k]

    @contextmanager
    def mapped(
        self, needed: Iterable[int] | None = None
    ) -> Iterator[tuple[list[ShardShingles], Callable[[], None]]]:
        """The shingles of shards ``needed`` (default every one), memory-mapped, with
        their offsets, in a list indexed by shard (a shard not needed is empty); and
        a function that lets go of the pages read so far (they leave this process's
        memory, not the page cache). The maps advise random access, so a file not in
        the page cache is read a page at a time where texts are read, with no
        read-ahead (pages already cached nearby are mapped too:
        ``verify.CHUNK_PAIRS``); they are closed on leaving."""
        wanted = set(range(len(self.parts)) if needed is None else needed)
        maps: list[mmap.mmap] = []
        nothing = (np.zeros(0, dtype=np.uint32), np.zeros(1, dtype=np.int64))
        shards: list[ShardShingles] = [nothing] * len(self.parts)
        try:
            for k in sorted(wanted):
                offsets = self.offsets(k)
                path = self.parts[k].path("shingles")
                with path.open("rb") as f:
                    values = os.fstat(f.fileno()).st_size // 4
                    if int(offsets[-1]) > values:
                        raise DedupError(f"{path} is shorter than its offsets say")
                    if not values:  # nothing to map (a shard without documents)
                        shards[k] = (nothing[0], offsets)
                        continue
                    maps.append(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
                _advise(maps[-1], "MADV_RANDOM")
                shards[k] = (np.frombuffer(maps[-1], dtype=np.uint32, count=values), offsets)

            def release() -> None:
                for m in maps:
                    _advise(m, "MADV_DONTNEED")

            yield shards, release
        finally:
            shards.clear()  # the arrays go before their maps close
            for m in maps:
                # An array still looking into a map (a traceback's) closes it later.
                with suppress(BufferError):
                    m.close()

    def keep_facts(self) -> KeepFacts:
        published = [p.read("published", np.float64) for p in self.parts]
        lengths = [p.read("lengths", np.int64) for p in self.parts]
        return KeepFacts(
            np.concatenate(published) if published else np.zeros(0),
            np.concatenate(lengths).astype(np.int64) if lengths else np.zeros(0, np.int64),
        )

    def ids(self) -> Iterator[str | int]:
        """The id of every document, in number order."""
        for part in self.parts:
            yield from part.ids()


@dataclass(slots=True)
class DedupResult:
    """Every document's cluster, keep flag and best verified match.

    Arrays are indexed by document number (input order, rejected records left out);
    ``cluster[i]`` is the number of the first document of ``i``'s cluster and
    ``match[i]`` the number of its best match (-1: none). ``jaccard`` is the exact
    Jaccard similarity of that match and ``estimate`` its MinHash estimate (NaN:
    none). Use it as a context manager, or call ``close``, to delete the sketch files.
    """

    sketches: Sketches
    cluster: npt.NDArray[np.int64]
    keep: npt.NDArray[np.bool_]
    match: npt.NDArray[np.int64]
    jaccard: npt.NDArray[np.float64]
    estimate: npt.NDArray[np.float64]
    linked: Pairs
    """Every verified link: pairs (a, b), a < b, of document numbers."""
    linked_jaccard: npt.NDArray[np.float64]
    """The exact Jaccard similarity of each link."""
    bands: int
    rows: int
    candidates: int
    seconds: float
    work: tempfile.TemporaryDirectory[str] | None = None
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per step: ``sketch``, ``candidates``, ``verify``, ``cluster``."""

    @property
    def links(self) -> int:
        return len(self.linked)

    @property
    def documents(self) -> int:
        return len(self.cluster)

    @property
    def rejected(self) -> list[Rejected]:
        return self.sketches.rejected

    @property
    def clusters(self) -> int:
        """Clusters of two or more documents."""
        linked = self.cluster[self.match >= 0]
        return len(np.unique(linked))

    @property
    def removed(self) -> int:
        return int(len(self.keep) - np.count_nonzero(self.keep))

    def close(self) -> None:
        self.sketches.close()
        if self.work is not None:
            self.work.cleanup()
            self.work = None

    def __enter__(self) -> DedupResult:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# -- the steps after sketching, shared with the Dask engine --------------------------


def band_candidates(
    sketches: Sketches, band: int, max_bucket: int, buckets: Buckets | None = None
) -> Pairs:
    """The candidate pairs of one band (``buckets``: scratch space to reuse)."""
    keys = sketches.band(band)
    return (buckets or Buckets(len(keys))).pairs(keys, max_bucket)


def verify_pairs(
    sketches: Sketches, pairs: Pairs, config: DedupConfig
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """(exact Jaccard, MinHash estimate) of each pair."""
    # Only the shards these pairs reach (a Dask task's pairs come from few partitions).
    needed = np.unique(np.searchsorted(sketches.starts, pairs.ravel(), side="right") - 1)
    with sketches.mapped(needed.tolist()) as (shards, release):
        return verify_chunks(pairs, shards, sketches.starts, config.num_perm, config.seed, release)


def resolve(
    sketches: Sketches,
    pairs: Pairs,
    exact: npt.NDArray[np.float64],
    est: npt.NDArray[np.float64],
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
    estimates = np.full(n, np.nan)
    if len(links):
        # The estimate of each document's best match.
        lo = np.minimum(np.arange(n), match)
        hi = np.maximum(np.arange(n), match)
        has = match >= 0
        packed_links = (links[:, 0] << 32) | links[:, 1]
        packed = (lo[has] << 32) | hi[has]
        order = np.argsort(packed_links)
        at = order[np.searchsorted(packed_links, packed, sorter=order)]
        estimates[has] = est[good][at]
    keep = kept(cluster, sketches.keep_facts(), config.keep)
    return DedupResult(
        sketches=sketches,
        cluster=cluster,
        keep=keep,
        match=match,
        jaccard=best,
        estimate=estimates,
        linked=links,
        linked_jaccard=exact[good],
        bands=bands,
        rows=rows,
        candidates=len(pairs),
        seconds=time.perf_counter() - started,
        work=work,
    )


# -- the local engine ----------------------------------------------------------------


def _worker(
    shard: Shard,
    fields: Fields,
    folder: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    counter: object,
) -> None:
    try:

        def progress(done: int) -> None:
            counter.value = done  # type: ignore[attr-defined]

        result = sketch_shard(shard, fields, folder, config, bands, rows, progress)
        (folder / "result.pickle").write_bytes(pickle.dumps(result))
    except BaseException:
        (folder / "error.txt").write_text(traceback.format_exc(), encoding="utf-8")
        raise


def _sketch_in_processes(
    parts: list[Shard],
    fields: Fields,
    root: Path,
    config: DedupConfig,
    bands: int,
    rows: int,
    progress: Progress | None,
) -> list[ShardSketch]:
    """One forked process per shard; each reads its own shard (no text is sent)."""
    ctx = multiprocessing.get_context("fork")
    counters = [ctx.Value("q", 0) for _ in parts]
    folders = [root / f"shard-{k:04d}" for k in range(len(parts))]
    procs = [
        ctx.Process(target=_worker, args=(shard, fields, folder, config, bands, rows, counter))
        for shard, folder, counter in zip(parts, folders, counters, strict=True)
    ]
    for p in procs:
        p.start()
    while any(p.is_alive() for p in procs):
        for p in procs:
            p.join(timeout=0.2)
        if progress is not None:
            progress(sum(int(c.value) for c in counters))
    out = []
    for p, folder in zip(procs, folders, strict=True):
        error = folder / "error.txt"
        if p.exitcode != 0 or error.exists():
            detail = error.read_text(encoding="utf-8") if error.exists() else ""
            raise DedupError(f"a dedup worker failed (exit code {p.exitcode})\n{detail}".strip())
        out.append(pickle.loads((folder / "result.pickle").read_bytes()))
    return out


MIN_PAIRS_PER_PROCESS = 500
"""Candidate pairs are verified in several processes only when each gets this many."""


def _run_forked(
    jobs: Sequence[tuple[Callable[..., None], tuple[object, ...]]], targets: list[Path], what: str
) -> None:
    """Run each job in a forked process; raise if one failed (its traceback, if any,
    is in its target's ``.error`` file)."""
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=fn, args=args) for fn, args in jobs]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    for p, t in zip(procs, targets, strict=True):
        if p.exitcode != 0 or not t.exists():
            error = t.with_suffix(".error")
            detail = error.read_text(encoding="utf-8") if error.exists() else ""
            raise DedupError(f"{what} failed (exit code {p.exitcode})\n{detail}".strip())


def _verify_worker(
    sketches: Sketches, pairs: Pairs, config: DedupConfig, target: Path
) -> None:  # pragma: no cover - runs in a forked process
    try:
        exact, est = verify_pairs(sketches, pairs, config)
        np.save(target, np.stack([exact, est]))
    except BaseException:
        target.with_suffix(".error").write_text(traceback.format_exc(), encoding="utf-8")
        raise


def _verify_in_processes(
    sketches: Sketches, pairs: Pairs, config: DedupConfig, workers: int, folder: str
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Verify slices of ``pairs`` in forked processes (they read the sketch files)."""
    cuts = [len(pairs) * k // workers for k in range(workers + 1)]
    targets = [Path(folder) / f"verified-{k}.npy" for k in range(workers)]
    jobs = [
        (_verify_worker, (sketches, pairs[a:b], config, t))
        for a, b, t in zip(cuts, cuts[1:], targets, strict=False)
    ]
    _run_forked(jobs, targets, "a verification process")
    parts = [np.load(t) for t in targets]
    both = np.concatenate(parts, axis=1) if parts else np.zeros((2, 0))
    return both[0], both[1]


def _finish(
    sketches: Sketches,
    config: DedupConfig,
    bands: int,
    rows: int,
    started: float,
    work: tempfile.TemporaryDirectory[str] | None,
    workers: int = 1,
) -> DedupResult:
    timings = {"sketch": time.perf_counter() - started}
    mark = time.perf_counter()
    # One process: a band's buckets take about 2 ms per 100,000 documents.
    buckets = Buckets(sketches.documents)
    pairs = unique_pairs(
        [band_candidates(sketches, b, config.max_bucket, buckets) for b in range(bands)]
    )
    timings["candidates"] = time.perf_counter() - mark
    mark = time.perf_counter()
    if workers > 1 and work is not None and len(pairs) >= 2 * MIN_PAIRS_PER_PROCESS:
        exact, est = _verify_in_processes(sketches, pairs, config, workers, work.name)
    else:
        exact, est = verify_pairs(sketches, pairs, config)
    timings["verify"] = time.perf_counter() - mark
    mark = time.perf_counter()
    result = resolve(sketches, pairs, exact, est, config, bands, rows, started, work)
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
) -> DedupResult:
    """Deduplicate one input (JSONL, Parquet, a folder of text files, or a storydiff
    store) on this machine, with ``workers`` processes, each reading its own shard.

    ``progress`` is called now and then with the number of records read so far.
    The result holds sketch files in a temporary folder (under ``work_dir``): close it
    when done.
    """
    started = time.perf_counter()
    fields = fields or Fields()
    bands, rows = choose_bands(config)
    work = tempfile.TemporaryDirectory(prefix="storydiff-dedup-", dir=work_dir)
    try:
        root = Path(work.name)
        parts = shards(path, workers)
        if len(parts) == 1:
            sketched = [
                sketch_shard(parts[0], fields, root / "shard-0000", config, bands, rows, progress)
            ]
        else:
            # Load the compiled kernels once, here: the forked processes inherit them
            # (each would otherwise pay Numba's first call, about 0.4 s).
            warm_up()
            sketched = _sketch_in_processes(parts, fields, root, config, bands, rows, progress)
        return _finish(Sketches(sketched), config, bands, rows, started, work, workers)
    except BaseException:
        work.cleanup()
        raise


def dedup_texts(
    texts: Sequence[str],
    config: DedupConfig = DEFAULT_DEDUP,
    published: Sequence[float] | None = None,
    work_dir: Path | None = None,
) -> DedupResult:
    """Deduplicate texts held in memory (ids are their positions, 0-based).

    Examples:
        >>> story = "the cargo ship ran aground off the port of kestrel bay on saturday night"
        >>> with dedup_texts([story, "an unrelated text about markets", story + " today"]) as r:
        ...     r.cluster.tolist(), r.keep.tolist()
        ([0, 1, 0], [False, True, True])
    """
    started = time.perf_counter()
    bands, rows = choose_bands(config)
    when = list(published) if published is not None else [math.nan] * len(texts)

    def parts() -> Iterator[Batch]:
        cuts = batch_cuts(map(len, texts), config.batch_size, config.batch_chars)
        for lo, hi in itertools.pairwise(cuts):
            # Empty texts are rejected by sketching (they have no words), as "text <id>".
            yield Batch(list(range(lo, hi)), [], list(texts[lo:hi]), when[lo:hi])

    work = tempfile.TemporaryDirectory(prefix="storydiff-dedup-", dir=work_dir)
    try:
        folder = Path(work.name) / "shard-0000"
        part = sketch_batches(parts(), folder, config, bands, rows, "texts")
        return _finish(Sketches([part]), config, bands, rows, started, work)
    except BaseException:
        work.cleanup()
        raise
