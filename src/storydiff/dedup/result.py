"""What a dedup run keeps: the sketch files of every shard (``Sketches``) and the
result (``DedupResult``): every document's cluster, keep flag and best match."""

from __future__ import annotations

import mmap
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from types import TracebackType

import numpy as np
import numpy.typing as npt

from storydiff.dedup.candidates import Pairs
from storydiff.dedup.clusters import KeepFacts
from storydiff.dedup.kernels import Ints
from storydiff.dedup.sketch import ShardSketch
from storydiff.dedup.verify import ShardShingles, verify_chunks
from storydiff.errors import DedupError
from storydiff.ingest.rejected import Rejected
from storydiff.text.arrays import distinct


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
        if len(cols) == 1:
            return cols[0]  # one shard (dedup_texts): its own array, not a copy
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
                memory = self.parts[k].memory
                if memory is not None:  # sketched in memory: nothing to map
                    shards[k] = (memory["shingles"], offsets)
                    continue
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

    def similarity(
        self, pairs: Pairs, estimate: tuple[int, int] | None = None
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """(exact Jaccard, MinHash estimate) of each pair of document numbers, from the
        kept shingles; estimates only when ``estimate`` gives the sketch's (num_perm,
        seed), else NaN (``verify.verify_chunks``)."""
        # Only the shards these pairs reach (a Dask task's pairs come from few partitions).
        needed = distinct(np.searchsorted(self.starts, pairs.ravel(), side="right") - 1)
        in_memory = all(self.parts[k].memory is not None for k in needed.tolist())
        with self.mapped(needed.tolist()) as (shards, release):
            if in_memory:  # no pages to let go of: the pairs in one go
                return verify_chunks(pairs, shards, self.starts, chunk=max(len(pairs), 1),
                                     estimate=estimate)  # fmt: skip
            return verify_chunks(pairs, shards, self.starts, release, estimate=estimate)

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
    none), made from the sketches when first read. Use it as a context manager, or
    call ``close``, to delete the sketch files (read ``estimate`` before).
    """

    sketches: Sketches
    cluster: npt.NDArray[np.int64]
    keep: npt.NDArray[np.bool_]
    match: npt.NDArray[np.int64]
    jaccard: npt.NDArray[np.float64]
    linked: Pairs
    """Every verified link: pairs (a, b), a < b, of document numbers."""
    linked_jaccard: npt.NDArray[np.float64]
    """The exact Jaccard similarity of each link."""
    bands: int
    rows: int
    candidates: int
    seconds: float
    sketch_config: tuple[int, int]
    """The signatures' (num_perm, seed), for ``estimate``."""
    work: tempfile.TemporaryDirectory[str] | None = None
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per step: ``sketch``, ``candidates``, ``verify``, ``cluster``."""
    _estimate: npt.NDArray[np.float64] | None = field(default=None, init=False, repr=False)

    def __getstate__(self) -> dict[str, object]:
        # A copy (a worker's or a task's result) may outlive the original's sketch
        # files: its estimates are made here, while they are there (a pass over the
        # best matches' shingles), unless the original was closed. The copy does not
        # own the original's work folder: closing it deletes nothing.
        if self._estimate is None:
            with suppress(DedupError):
                self._estimate = self.estimate
        state = {name: getattr(self, name) for name in self.__slots__}
        state["work"] = None
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    @property
    def estimate(self) -> npt.NDArray[np.float64]:
        """The MinHash estimate of each document's best match (NaN: none): the share
        of equal bins of the two signatures, made again from the kept shingles the
        first time it is read (verification needs none, so it makes none)."""
        if self._estimate is None:
            self._estimate = self._best_estimates()
        return self._estimate

    def _best_estimates(self) -> npt.NDArray[np.float64]:
        estimates = np.full(len(self.match), np.nan)
        has = np.flatnonzero(self.match >= 0)
        if not len(has):
            return estimates
        lo, hi = np.minimum(has, self.match[has]), np.maximum(has, self.match[has])
        packed, back = np.unique((lo << 32) | hi, return_inverse=True)
        pairs = np.stack([packed >> 32, packed & 0xFFFFFFFF], axis=1)
        try:
            _, est = self.sketches.similarity(pairs, self.sketch_config)
        except OSError as error:
            raise DedupError(
                "the estimates are made from the sketch files: read them before closing"
            ) from error
        estimates[has] = est[back]
        return estimates

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
        return len(distinct(linked))

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
