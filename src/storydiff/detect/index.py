"""The fingerprint index: which stored texts hold a fingerprint, kept beside the store.

A folder of immutable *segments*, each covering a range of text numbers: a file with
the range's fingerprints sorted by hash, the number of the text holding each, and
bucket offsets (the position of every run of hashes sharing their top bits), read
through memory maps. An ingest adds one segment per batch; when the last ``INDEX_FAN_IN``
segments are of one size class (the first of them at most twice as large as the
last) they merge into one (size-tiered merging): every entry is rewritten about
log4(batches) times (4.5 for a million texts in batches of 2,000, against 9 when two
merge at a time), and a store holds at most three segments per size class.

Files are written under a temporary name and renamed, so a segment is either whole
or absent; the database is the truth. After a crash the index may lack the last
batches (``covered`` is below the store's last number): the caller fingerprints those
texts again from the store and adds them (``Corpus`` does it before every batch). A
merge that died half way leaves segments that another segment contains: they are
ignored, and deleted by the next writer.

Lookups and merges are compiled loops (``storydiff.detect.kernels``): for each query
hash a binary search inside its bucket; a merge is one pass over sorted runs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from storydiff.config import INDEX_FAN_IN
from storydiff.detect.fingerprints import FORMAT
from storydiff.detect.kernels import bucket_offsets, find_sorted, merge_runs

Hashes = npt.NDArray[np.uint64]
Numbers = npt.NDArray[np.int64]

_MAGIC = b"SDFPIX" + f"{FORMAT:02d}".encode()
"""Segments of another fingerprint ``FORMAT`` are not read (as files not ours): the
index then covers no text, and the next writer fingerprints and links every stored
text again (``Corpus._repair``), deleting them."""
_HEADER = 48  # magic, n, lo, hi, bits, reserved: 8 bytes each
_NAME = re.compile(r"^(\d{12})-(\d{12})\.seg$")


@dataclass(frozen=True, slots=True)
class Postings:
    """What the index holds for a sorted array of query hashes."""

    df: Numbers
    """How many indexed texts hold each query (capped at ``cap + 1``)."""
    query: Numbers
    """For every posting of a query with ``df <= cap``: the query's position..."""
    number: Numbers
    """... and the number of the text holding it."""


class Segment:
    """One segment file, memory-mapped."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as fh:
            head = fh.read(_HEADER)
        if len(head) < _HEADER or head[:8] != _MAGIC:
            raise ValueError(f"{path}: not a fingerprint segment")
        n, lo, hi, bits = (int.from_bytes(head[8 * i : 8 * i + 8], "little") for i in (1, 2, 3, 4))
        self.n, self.lo, self.hi, self.bits = n, lo, hi, bits
        self.hashes: Hashes = np.memmap(path, np.uint64, "r", _HEADER, (n,))
        self.numbers = np.memmap(path, np.uint32, "r", _HEADER + 8 * n, (n,))
        at = _HEADER + 8 * n + 4 * n + (4 * n) % 8
        self.offsets = np.memmap(path, np.int64, "r", at, ((1 << bits) + 1,))

    @staticmethod
    def write(
        folder: Path, lo: int, hi: int, hashes: Hashes, numbers: npt.NDArray[np.integer[Any]]
    ) -> Path:
        """Write a segment (``hashes`` sorted; within a hash, numbers ascending)."""
        n = len(hashes)
        bits = max(0, min(40, int(np.ceil(np.log2(max(n, 1) / 4)))))
        hashes = np.ascontiguousarray(hashes, np.uint64)
        offsets = bucket_offsets(hashes, bits) if bits else np.array([0, n], np.int64)
        path = folder / f"{lo:012d}-{hi:012d}.seg"
        tmp = folder / f".{path.name}.{os.getpid()}.tmp"
        with tmp.open("wb") as fh:
            head = _MAGIC + b"".join(v.to_bytes(8, "little") for v in (n, lo, hi, bits, 0))
            fh.write(head)
            fh.write(np.ascontiguousarray(hashes, np.uint64).tobytes())
            fh.write(np.ascontiguousarray(numbers, np.uint32).tobytes())
            fh.write(b"\0" * ((4 * n) % 8))
            fh.write(offsets.tobytes())
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
        return path

    def find(self, queries: Hashes, cap: int) -> tuple[Numbers, Numbers]:
        """For each query: the position of its first entry and how many there are
        (counting stops at ``cap + 1``)."""
        if self.n == 0:
            zero = np.zeros(len(queries), np.int64)
            return zero, zero
        return find_sorted(
            np.asarray(self.hashes),
            np.asarray(self.offsets),
            self.bits,
            np.ascontiguousarray(queries, np.uint64),
            cap,
        )


class FingerprintIndex:
    """The segments in ``folder`` (created when missing and ``create``; else a missing
    folder is an empty index)."""

    def __init__(self, folder: str | Path, *, create: bool = True) -> None:
        self.folder = Path(folder)
        if create:
            self.folder.mkdir(parents=True, exist_ok=True)
        self.segments: list[Segment] = []
        self._open: dict[str, Segment] = {}
        self.refresh()

    def refresh(self) -> None:
        """Read the folder again (another process may have added segments). A segment
        that vanished between listing and opening was merged into a new one: list
        again."""
        for _ in range(5):
            if self._refresh():
                return

    def _refresh(self) -> bool:
        ranges: list[tuple[int, int, Path]] = []
        for path in self.folder.iterdir() if self.folder.is_dir() else ():
            m = _NAME.match(path.name)
            if m:
                ranges.append((int(m[1]), int(m[2]), path))
        # A segment inside a larger one is the input of a merge that finished.
        ranges.sort(key=lambda r: (r[0], -r[1]))
        live: list[tuple[int, int, Path]] = []
        for lo, hi, path in ranges:
            if live and hi <= live[-1][1]:
                continue
            live.append((lo, hi, path))
        segments = []
        whole = True
        for _, _, path in live:
            seg = self._open.get(path.name)
            if seg is None:
                try:
                    seg = Segment(path)
                except FileNotFoundError:
                    whole = False  # merged away meanwhile
                    continue
                except ValueError:
                    continue  # not ours
            segments.append(seg)
        self.segments = segments
        self._open = {s.path.name: s for s in segments}
        return whole

    @property
    def covered(self) -> int:
        """Every text numbered 1 to this is in the index."""
        top = 0
        for seg in self.segments:
            if seg.lo > top + 1:
                break
            top = max(top, seg.hi)
        return top

    @property
    def entries(self) -> int:
        return sum(s.n for s in self.segments)

    def size_bytes(self) -> int:
        return sum(s.path.stat().st_size for s in self.segments if s.path.exists())

    def lookup(self, queries: Hashes, cap: int) -> Postings:
        """Postings of sorted, distinct ``queries``; a query in more than ``cap``
        texts gets its count only (it is boilerplate)."""
        found = [seg.find(queries, cap) for seg in self.segments]
        df = np.zeros(len(queries), np.int64)
        for _, count in found:
            df += count
        keep = df <= cap
        query_parts, number_parts = [], []
        for seg, (start, count) in zip(self.segments, found, strict=True):
            take = np.flatnonzero(keep & (count > 0))
            if not len(take):
                continue
            sizes = count[take]
            positions = ranges(start[take], sizes)
            query_parts.append(np.repeat(take, sizes))
            number_parts.append(np.asarray(seg.numbers[positions], np.int64))
        empty = np.zeros(0, np.int64)
        return Postings(
            np.minimum(df, cap + 1),
            np.concatenate(query_parts) if query_parts else empty,
            np.concatenate(number_parts) if number_parts else empty,
        )

    def add(self, lo: int, hi: int, hashes: Hashes, numbers: Numbers) -> None:
        """Add the fingerprints of texts ``lo`` to ``hi`` (sorted by hash, then
        number), then merge the last ``INDEX_FAN_IN`` segments while they are of one size
        class."""
        if hi < lo:
            return
        Segment.write(self.folder, lo, hi, hashes, numbers)
        self.refresh()
        segs = self.segments
        while len(segs) >= INDEX_FAN_IN and segs[-INDEX_FAN_IN].n <= 2 * segs[-1].n:
            self._merge(segs[-INDEX_FAN_IN:])
            segs = self.segments

    def _merge(self, parts: list[Segment]) -> None:
        """Merge consecutive segments into one (in memory, pairwise, then one write)."""
        runs = [(np.asarray(s.hashes), np.asarray(s.numbers)) for s in parts]
        while len(runs) > 1:  # neighbours pairwise: a text's entries stay in number order
            merged = [merge_runs(*a, *b) for a, b in zip(runs[::2], runs[1::2], strict=False)]
            runs = merged + ([runs[-1]] if len(runs) % 2 else [])
        Segment.write(self.folder, parts[0].lo, parts[-1].hi, *runs[0])
        self.refresh()
        self.clean()

    def belongs_to(self, store_id: str) -> None:
        """Empty the index unless it was built for the store ``store_id`` (a database
        file deleted and made again beside an old index), then mark it as that
        store's. The caller holds the store's lock."""
        mark = self.folder / "STORE"
        if mark.exists() and mark.read_text().strip() == store_id:
            return
        for path in self.folder.iterdir():
            if _NAME.match(path.name):
                path.unlink()
        tmp = self.folder / f".STORE.{os.getpid()}.tmp"
        tmp.write_text(store_id + "\n")
        tmp.replace(mark)
        self.refresh()

    def forget_after(self, top: int) -> None:
        """Drop segments reaching past text ``top`` (never committed to the store)."""
        for seg in self.segments:
            if seg.hi > top:
                seg.path.unlink(missing_ok=True)
        self.refresh()

    def clean(self) -> None:
        """Delete segments that a larger one contains, and stray temporary files
        (only when no other process writes: the caller holds the store's lock)."""
        live = {s.path.name for s in self.segments}
        for path in self.folder.iterdir():
            if (_NAME.match(path.name) and path.name not in live) or path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)


def ranges(lo: Numbers, sizes: Numbers) -> Numbers:
    """``concatenate([arange(l, l + n) for l, n in zip(lo, sizes)])``, vectorised."""
    total = int(sizes.sum())
    shift = np.repeat(lo - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes)
    return shift + np.arange(total, dtype=np.int64)
